import type { Process } from '../../../kernel/proc/process.ts';
import type { AppletContext } from '../types.ts';

/** Signal names 1..31 as procps and psmisc print them (29 is POLL, not IO). */
export const SIG_NAMES = [
  '', 'HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE', 'ALRM',
  'TERM', 'STKFLT', 'CHLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'XCPU', 'XFSZ', 'VTALRM', 'PROF',
  'WINCH', 'POLL', 'PWR', 'SYS',
];

const SIGRTMIN = 34;

/** procps signal_name_to_number: `9`, `KILL`, `SIGkill`, `IOT`, `RTMIN+2`; -1 if invalid. */
export function signalNumber(spec: string): number {
  let name = spec;
  if (/^sig/i.test(name)) name = name.slice(3);
  const up = name.toUpperCase();
  if (up === 'CLD') return 17;
  if (up === 'IO') return 29;
  if (up === 'IOT') return 6;
  const at = SIG_NAMES.indexOf(up);
  if (at > 0) return at;
  if (up === 'RTMIN') return SIGRTMIN;
  if (up === 'EXIT' || up === 'NULL') return 0;
  let offset = 0;
  if (up.startsWith('RTMIN+')) {
    name = name.slice(6);
    offset = SIGRTMIN;
  }
  if (!/^[+-]?\d+$/.test(name)) return -1;
  const val = Number(name);
  if (val + SIGRTMIN > 127) return -1;
  return val + offset;
}

/** `kill -l`: names wrapped near 80 columns. */
export function unixSignalList(): string {
  let out = '';
  let pos = 0;
  for (let i = 1; i < SIG_NAMES.length; i++) {
    if (i > 1) {
      if (pos > 73) {
        out += '\n';
        pos = 0;
      } else {
        out += ' ';
        pos++;
      }
    }
    out += SIG_NAMES[i];
    pos += SIG_NAMES[i]!.length;
  }
  return `${out}\n`;
}

/** `kill -L`: a table of seven columns. */
export function prettySignalList(): string {
  let out = '';
  const n = SIG_NAMES.length - 1;
  for (let i = 1; i <= n; i++) {
    const cell = `${String(i).padStart(2)} ${SIG_NAMES[i]}`;
    out += i % 7 ? cell + ' '.repeat(Math.max(0, 11 - cell.length)) : `${cell}\n`;
  }
  return n % 7 ? `${out}\n` : out;
}

/** kill(2) with its permission rule; the errno text on failure. */
export function sendSignal(ctx: AppletContext, target: Process, sig: number): string | null {
  if (sig < 0 || sig > 64) return 'Invalid argument';
  if (target.reaped) return 'No such process';
  const me = ctx.proc.creds.uid;
  if (me !== 0 && me !== target.creds.uid) return 'Operation not permitted';
  ctx.kernel.signal(target, sig, ctx.proc);
  return null;
}
