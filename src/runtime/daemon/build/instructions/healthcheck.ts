import { commitNop, nopCmd } from '../commit.ts';
import type { InstructionDef } from '../state.ts';
import type { Instruction } from '../parser.ts';

const FLAGS = ['interval', 'timeout', 'start-period', 'retries'];
const UNIT_NS: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, ms: 1e6, s: 1e9, m: 6e10, h: 3.6e12 };

/** Go's time.ParseDuration for the flags (ns); null if malformed. */
function parseDuration(text: string): number | null {
  if (text === '0') return 0;
  if (!/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(text)) return null;
  let ns = 0;
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) ns += Number(m[1]) * UNIT_NS[m[2]!]!;
  return Math.round(ns);
}

/** Go's Duration.String: `1s`, `1m30s`, `500ms`, `0s`. */
export function goDuration(ns: number): string {
  if (ns === 0) return '0s';
  if (ns < 1e9) {
    if (ns < 1e3) return `${ns}ns`;
    if (ns < 1e6) return `${ns / 1e3}µs`;
    return `${ns / 1e6}ms`;
  }
  const h = Math.floor(ns / 3.6e12);
  const m = Math.floor((ns % 3.6e12) / 6e10);
  const s = (ns % 6e10) / 1e9;
  return `${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${s}s`;
}

/** Go's %q of a small int (a rune): '\x00', '\x03', 'A'. */
const goRune = (n: number): string => (n >= 0x20 && n < 0x7f ? `'${String.fromCharCode(n)}'` : `'\\x${n.toString(16).padStart(2, '0')}'`);

function checkHealthcheck(inst: Instruction): string | null {
  for (const k of inst.flags.keys()) if (!FLAGS.includes(k)) return `Unknown flag: ${k}`;
  const kw = /^\S+/.exec(inst.rest)?.[0]?.toUpperCase();
  if (kw === 'NONE') return inst.rest.trim().length > 4 || inst.flags.size ? 'HEALTHCHECK NONE takes no arguments' : null;
  if (kw !== 'CMD') return `Unknown type "${kw ?? ''}" in HEALTHCHECK (try CMD)`;
  for (const k of ['interval', 'timeout', 'start-period']) {
    const v = inst.flags.get(k);
    if (typeof v === 'string' && parseDuration(v) === null) return `time: invalid duration "${v}"`;
  }
  return null;
}

/** HEALTHCHECK: Config.Healthcheck; the history shows Go's %q of the struct pointer. */
const healthcheck: InstructionDef = {
  flags: FLAGS,
  check: checkHealthcheck,
  async run(b, state, inst) {
    const kw = /^\S+/.exec(inst.rest)![0].toUpperCase();
    let hc;
    if (kw === 'NONE') hc = { Test: ['NONE'] };
    else {
      const rest = inst.rest.replace(/^\S+\s*/, '');
      let test: string[];
      try {
        const j: unknown = JSON.parse(rest);
        test = Array.isArray(j) && j.every((x) => typeof x === 'string') ? ['CMD', ...(j as string[])] : ['CMD-SHELL', rest];
      } catch {
        test = ['CMD-SHELL', rest];
      }
      const dur = (k: string) => (typeof inst.flags.get(k) === 'string' ? parseDuration(inst.flags.get(k) as string)! : 0);
      const retries = Number(inst.flags.get('retries') ?? 0);
      hc = { Test: test, ...(dur('interval') ? { Interval: dur('interval') } : {}), ...(dur('timeout') ? { Timeout: dur('timeout') } : {}), ...(dur('start-period') ? { StartPeriod: dur('start-period') } : {}), ...(retries ? { Retries: retries } : {}) };
    }
    state.config.Healthcheck = hc;
    const shown = `&{[${hc.Test.map((t) => JSON.stringify(t)).join(' ')}] "${goDuration(hc.Interval ?? 0)}" "${goDuration(hc.Timeout ?? 0)}" "${goDuration(hc.StartPeriod ?? 0)}" ${goRune(hc.Retries ?? 0)}}`;
    await commitNop(b, state, nopCmd(state.config, `HEALTHCHECK ${shown}`));
  },
};
export default healthcheck;
