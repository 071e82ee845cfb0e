import { SIGNALS, SIGNAL_NAMES, parseSignal } from '../../kernel/proc/signals.ts';
import { findJob } from './jobspec.ts';
import type { Builtin } from './types.ts';

const USAGE = 'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n';

/** `kill -l N`: 0 is EXIT; 34-64 are the real-time signals, named from RTMIN or back from RTMAX. */
function signalName(n: number): string | undefined {
  if (n === 0) return 'EXIT';
  if (n >= 34 && n <= 49) return n === 34 ? 'RTMIN' : `RTMIN+${n - 34}`;
  if (n >= 50 && n <= 64) return n === 64 ? 'RTMAX' : `RTMAX-${64 - n}`;
  return SIGNAL_NAMES[n] || undefined;
}

const kill: Builtin = {
  async run(sh, argv) {
    let args = argv.slice(1);
    let sig = SIGNALS.TERM!;
    if (args.length === 0) {
      await sh.err(USAGE);
      return 2;
    }
    if (args[0] === '-l' || args[0] === '-L') {
      if (args.length > 1) {
        let status = 0;
        for (const a of args.slice(1)) {
          const text = /^\d+$/.test(a) ? signalName(Number(a) > 128 ? Number(a) - 128 : Number(a)) : parseSignal(a)?.toString();
          if (text === undefined) {
            await sh.diag(`kill: ${a}: invalid signal specification`);
            status = 1;
          } else await sh.out(`${text}\n`);
        }
        return status;
      }
      const names = SIGNAL_NAMES.map((n, i) => (n ? `${String(i).padStart(2)}) SIG${n}` : '')).filter(Boolean);
      for (let i = 0; i < names.length; i += 5) await sh.out(`${names.slice(i, i + 5).join('\t')}\n`);
      return 0;
    }
    if (args[0] === '-s' || args[0] === '-n') {
      if (args[1] === undefined) {
        await sh.diag(`kill: ${args[0]}: option requires an argument`);
        return 1;
      }
      const s = parseSignal(args[1]);
      if (s === undefined) {
        await sh.diag(`kill: ${args[1]}: invalid signal specification`);
        return 1;
      }
      sig = s;
      args = args.slice(2);
    } else if (args[0]!.startsWith('-') && args[0] !== '--') {
      const s = parseSignal(args[0]!.slice(1));
      if (s === undefined) {
        await sh.diag(`kill: ${args[0]!.slice(1)}: invalid signal specification`);
        return 1;
      }
      sig = s;
      args = args.slice(1);
    }
    if (args[0] === '--') args = args.slice(1);
    if (args.length === 0) {
      await sh.err(USAGE);
      return 2;
    }
    let status = 0;
    for (const a of args) {
      if (a.startsWith('%')) {
        const job = findJob(sh, a);
        if (!job) {
          await sh.diag(`kill: ${a}: no such job`);
          status = 1;
          continue;
        }
        for (const p of job.procs) sh.kernel.signal(p, sig, sh.proc);
        continue;
      }
      if (!/^-?\d+$/.test(a)) {
        await sh.diag(`kill: ${a}: arguments must be process or job IDs`);
        status = 1;
        continue;
      }
      const pid = Number(a);
      const targets = pid > 0 ? [sh.kernel.byPid(pid, sh.proc)].filter((p) => p !== undefined) : sh.kernel.visible(sh.proc).filter((p) => p.pgid === (pid === 0 ? sh.proc.pgid : -pid) && p.alive);
      if (targets.length === 0 || targets.every((p) => p!.reaped)) {
        await sh.diag(`kill: (${a}) - No such process`);
        status = 1;
        continue;
      }
      for (const p of targets) {
        if (sh.proc.creds.uid !== 0 && p!.creds.uid !== sh.proc.creds.uid) {
          await sh.diag(`kill: (${a}) - Operation not permitted`);
          status = 1;
          continue;
        }
        sh.kernel.signal(p!, sig, sh.proc);
      }
    }
    // A signal to ourselves takes effect before the next command.
    if (sh.proc.needsCheckpoint) await sh.proc.checkpoint();
    return status;
  },
};
export default kill;
