import { SIGNALS, SIGNAL_NAMES, parseSignal } from '../../kernel/proc/signals.ts';
import type { Shell } from '../interpreter/shell.ts';
import type { Builtin } from './types.ts';

function trapName(spec: string): string | undefined {
  const up = spec.toUpperCase();
  if (up === 'EXIT' || up === '0') return 'EXIT';
  if (up === 'ERR' || up === 'DEBUG' || up === 'RETURN') return up;
  const n = parseSignal(spec);
  return n === undefined || n === 0 ? (n === 0 ? 'EXIT' : undefined) : SIGNAL_NAMES[n];
}

function quote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

async function list(sh: Shell, names?: string[]): Promise<void> {
  const order = (n: string) => (n === 'EXIT' ? 0 : SIGNALS[n] ?? 100);
  const traps = sh.shownTraps ?? sh.traps;
  const keys = names ?? [...traps.keys()].sort((a, b) => order(a) - order(b));
  for (const k of keys) {
    const v = traps.get(k);
    if (v !== undefined) await sh.out(`trap -- ${quote(v)} ${k === 'EXIT' ? 'EXIT' : `SIG${k}`.replace(/^SIG(ERR|DEBUG|RETURN)$/, '$1')}\n`);
  }
}

/** trap [-lp] [[action] signal...]: a handler makes the signal 'handled'; '' ignores it. */
const trap: Builtin = {
  special: true,
  async run(sh, argv) {
    const args = argv.slice(1);
    if (args.length === 0) {
      await list(sh);
      return 0;
    }
    if (args[0] === '-l') {
      const names = SIGNAL_NAMES.map((n, i) => (n ? `${String(i).padStart(2)}) SIG${n}` : '')).filter(Boolean);
      for (let i = 0; i < names.length; i += 5) await sh.out(`${names.slice(i, i + 5).join('\t')}\n`);
      return 0;
    }
    if (args[0] === '-p') {
      await list(sh, args.length > 1 ? args.slice(1).map((a) => trapName(a) ?? a) : undefined);
      return 0;
    }
    let action: string | null = args[0]!;
    let specs = args.slice(1);
    if (args[0] === '--') {
      action = args[1] ?? null;
      specs = args.slice(2);
    }
    // A single numeric argument, or `-`, resets.
    if (specs.length === 0 && action !== null && trapName(action) !== undefined && /^\d+$/.test(action)) {
      specs = [action];
      action = '-';
    }
    let status = 0;
    for (const spec of specs) {
      const name = trapName(spec);
      if (!name) {
        await sh.diag(`trap: ${spec}: invalid signal specification`);
        status = 1;
        continue;
      }
      const sig = SIGNALS[name];
      sh.shownTraps = undefined;
      if (action === '-' || action === null) {
        sh.traps.delete(name);
        if (sig) sh.proc.dispositions.delete(sig);
      } else {
        sh.traps.set(name, action);
        if (name === 'RETURN') sh.returnTrapSets++;
        if (sig && sig !== SIGNALS.KILL && sig !== SIGNALS.STOP) sh.proc.dispositions.set(sig, action === '' ? 'ignore' : 'handle');
      }
    }
    return status;
  },
};
export default trap;
