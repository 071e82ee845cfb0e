import type { Shell } from '../interpreter/shell.ts';
import { RLIMIT, RLIM_INFINITY } from '../../kernel/proc/rlimits.ts';
import { applyLimit, showLimit, type UlimitEntry } from './ulimit-table.ts';

const d = (letter: string, resource: number, factor: number, name: string): UlimitEntry => ({ letter, resource, factor, bash: name });

/** dash 0.5's table on Linux, in its `-a` order; note -p is the process count and -w file locks. */
const DASH_LIMITS: UlimitEntry[] = [
  d('t', RLIMIT.CPU, 1, 'time(seconds)'), d('f', RLIMIT.FSIZE, 512, 'file(blocks)'), d('d', RLIMIT.DATA, 1024, 'data(kbytes)'),
  d('s', RLIMIT.STACK, 1024, 'stack(kbytes)'), d('c', RLIMIT.CORE, 512, 'coredump(blocks)'), d('m', RLIMIT.RSS, 1024, 'memory(kbytes)'),
  d('l', RLIMIT.MEMLOCK, 1024, 'locked memory(kbytes)'), d('p', RLIMIT.NPROC, 1, 'process'), d('n', RLIMIT.NOFILE, 1, 'nofiles'),
  d('v', RLIMIT.AS, 1024, 'vmemory(kbytes)'), d('w', RLIMIT.LOCKS, 1, 'locks'), d('r', RLIMIT.RTPRIO, 1, 'rtprio'),
];

/** dash's ulimit: one letter (the last wins), -H/-S/-a, at most one value; errors are status 2. */
export async function dashUlimit(sh: Shell, argv: string[]): Promise<number> {
  let how = 0;
  let all = false;
  let what = 'f';
  let i = 1;
  for (; i < argv.length && argv[i]!.startsWith('-') && argv[i]!.length > 1; i++) {
    if (argv[i] === '--') {
      i++;
      break;
    }
    for (const c of argv[i]!.slice(1)) {
      if (c === 'H') how |= 2;
      else if (c === 'S') how |= 1;
      else if (c === 'a') all = true;
      else if (DASH_LIMITS.some((l) => l.letter === c)) what = c;
      else {
        await sh.diag(`ulimit: Illegal option -${c}`);
        return 2;
      }
    }
  }
  if (how === 0) how = 3;
  const entry = DASH_LIMITS.find((l) => l.letter === what)!;
  const arg = argv[i];
  let val = 0;
  if (arg !== undefined) {
    if (all || argv[i + 1] !== undefined) return fail(sh, 'too many arguments');
    if (arg === 'unlimited') val = RLIM_INFINITY;
    else if (/^[0-9]*$/.test(arg)) val = Number(arg || '0') * entry.factor;
    else return fail(sh, 'bad number');
  }
  const shown = (u: UlimitEntry) => {
    const l = sh.proc.rlimits[u.resource!]!;
    return showLimit(how & 1 ? l.soft : l.hard, u);
  };
  if (all) {
    for (const u of DASH_LIMITS) await sh.out(`${u.bash.padEnd(20)} ${shown(u)}\n`);
    return 0;
  }
  if (arg === undefined) {
    await sh.out(`${shown(entry)}\n`);
    return 0;
  }
  const err = applyLimit(sh.proc, entry, (how & 2) !== 0, (how & 1) !== 0, val);
  return err ? fail(sh, `error setting limit (${err.text})`) : 0;
}

async function fail(sh: Shell, msg: string): Promise<number> {
  await sh.diag(`ulimit: ${msg}`);
  return 2;
}
