import { FsError } from '../../kernel/fs/errors.ts';
import type { Process } from '../../kernel/proc/process.ts';
import { RLIMIT, RLIM_INFINITY, setRlimit, type Rlimit } from '../../kernel/proc/rlimits.ts';

/** One `ulimit` letter: the resource behind it and how each shell names it. */
export interface UlimitEntry {
  letter: string;
  /** RLIMIT_* index; null for -p (pipe size is not a resource: fixed, and not settable). */
  resource: number | null;
  /** Bytes (or units) per displayed unit: 512-byte blocks, kbytes. */
  factor: number;
  /** bash's description and unit word (`open files`, `(blocks, -c)`). */
  bash: string;
  units?: string;
  /** busybox ash's column text; absent where ash has no such letter (-p, -R). */
  ash?: string;
}

const e = (letter: string, resource: number | null, factor: number, bash: string, units?: string, ash?: string): UlimitEntry => ({ letter, resource, factor, bash, units, ash });

/** In the order `ulimit -a` prints them (bash 5.2 on Linux; ash skips the ones without a name). */
export const ULIMITS: UlimitEntry[] = [
  e('R', RLIMIT.RTTIME, 1, 'real-time non-blocking time', 'microseconds'),
  e('c', RLIMIT.CORE, 512, 'core file size', 'blocks', 'core file size (blocks)'),
  e('d', RLIMIT.DATA, 1024, 'data seg size', 'kbytes', 'data seg size (kb)'),
  e('e', RLIMIT.NICE, 1, 'scheduling priority', undefined, 'scheduling priority'),
  e('f', RLIMIT.FSIZE, 512, 'file size', 'blocks', 'file size (blocks)'),
  e('i', RLIMIT.SIGPENDING, 1, 'pending signals', undefined, 'pending signals'),
  e('l', RLIMIT.MEMLOCK, 1024, 'max locked memory', 'kbytes', 'max locked memory (kb)'),
  e('m', RLIMIT.RSS, 1024, 'max memory size', 'kbytes', 'max memory size (kb)'),
  e('n', RLIMIT.NOFILE, 1, 'open files', undefined, 'open files'),
  e('p', null, 512, 'pipe size', '512 bytes'),
  e('q', RLIMIT.MSGQUEUE, 1, 'POSIX message queues', 'bytes', 'POSIX message queues (bytes)'),
  e('r', RLIMIT.RTPRIO, 1, 'real-time priority', undefined, 'real-time priority'),
  e('s', RLIMIT.STACK, 1024, 'stack size', 'kbytes', 'stack size (kb)'),
  e('t', RLIMIT.CPU, 1, 'cpu time', 'seconds', 'cpu time (seconds)'),
  e('u', RLIMIT.NPROC, 1, 'max user processes', undefined, 'max user processes'),
  e('v', RLIMIT.AS, 1024, 'virtual memory', 'kbytes', 'virtual memory (kb)'),
  e('x', RLIMIT.LOCKS, 1, 'file locks', undefined, 'file locks'),
];

export const entryFor = (letter: string): UlimitEntry | undefined => ULIMITS.find((u) => u.letter === letter);

/** PIPE_BUF-sized pipe atoms: what `ulimit -p` reports (4096 bytes). */
const PIPE_SIZE = 4096;

export function getLimit(proc: Process, u: UlimitEntry): Rlimit {
  if (u.resource === null) return { soft: PIPE_SIZE, hard: PIPE_SIZE };
  return proc.rlimits[u.resource]!;
}

/** `unlimited`, or the value in the letter's display unit (rounded down, as the shells divide). */
export function showLimit(v: number, u: UlimitEntry): string {
  return v === RLIM_INFINITY ? 'unlimited' : String(Math.floor(v / u.factor));
}

/**
 * setrlimit on the shell's own process; returns the errno on failure. Setting -p is EINVAL,
 * as bash reports it (it has no resource behind it).
 */
export function applyLimit(proc: Process, u: UlimitEntry, hard: boolean, soft: boolean, value: number): FsError | null {
  if (u.resource === null) return new FsError('EINVAL');
  const cur = proc.rlimits[u.resource]!;
  try {
    setRlimit(proc, u.resource, { soft: soft ? value : cur.soft, hard: hard ? value : cur.hard });
    return null;
  } catch (err) {
    if (err instanceof FsError) return err;
    throw err;
  }
}

/** A decimal count as strtoull would accept it whole (no sign, no blanks); null otherwise. */
export function parseCount(s: string): number | null {
  return /^[0-9]+$/.test(s) ? Number(s) : null;
}
