import { FsError } from '../fs/errors.ts';
import { CAP, hasCap } from '../ns/caps.ts';
import type { Kernel } from '../kernel.ts';
import { Interrupted } from '../stream.ts';
import type { Process } from './process.ts';
import { SIGNALS } from './signals.ts';

/**
 * Per-process resource limits (getrlimit/setrlimit, /proc/PID/limits). Values are in the
 * kernel's units (bytes, seconds, counts); RLIM_INFINITY is modelled as `Infinity`.
 */
export const RLIM_INFINITY = Infinity;

/** Resources in the kernel's numbering (asm-generic/resource.h): the index is RLIMIT_*. */
export const RESOURCES = [
  'CPU', 'FSIZE', 'DATA', 'STACK', 'CORE', 'RSS', 'NPROC', 'NOFILE', 'MEMLOCK', 'AS', 'LOCKS', 'SIGPENDING',
  'MSGQUEUE', 'NICE', 'RTPRIO', 'RTTIME',
] as const;
export type Resource = (typeof RESOURCES)[number];
export const RLIMIT = Object.fromEntries(RESOURCES.map((n, i) => [n, i])) as Record<Resource, number>;

/** fs.nr_open: RLIMIT_NOFILE can never exceed it, not even for root (EPERM). */
export const NR_OPEN = 1048576;

export interface Rlimit {
  soft: number;
  hard: number;
}

export type Rlimits = Rlimit[];

const lim = (soft: number, hard = soft): Rlimit => ({ soft, hard });
const INF = RLIM_INFINITY;

/** What PID 1 of the Ubuntu 22.04 host starts with (root login shell: systemd's defaults). */
export function hostRlimits(): Rlimits {
  return [
    lim(INF), lim(INF), lim(INF), lim(8192 * 1024, INF), lim(0, INF), lim(INF), lim(4096), lim(1024, NR_OPEN),
    lim(3076868 * 1024), lim(INF), lim(INF), lim(95763), lim(819200), lim(0), lim(0), lim(INF),
  ];
}

/** What dockerd hands its containers (measured on the engine the golden transcripts come from). */
export function dockerdRlimits(): Rlimits {
  return [
    lim(INF), lim(INF), lim(INF), lim(8192 * 1024, INF), lim(0, INF), lim(INF), lim(96364), lim(20000),
    lim(8192 * 1024), lim(INF), lim(INF), lim(96364), lim(819200), lim(0), lim(0), lim(INF),
  ];
}

export const cloneRlimits = (r: Rlimits): Rlimits => r.map((l) => ({ ...l }));

/**
 * setrlimit(2): soft above hard is EINVAL; raising the hard limit needs CAP_SYS_RESOURCE
 * (root of the host, not a container without that capability); NOFILE is capped by nr_open.
 */
export function setRlimit(proc: Process, resource: number, next: Rlimit): void {
  const cur = proc.rlimits[resource];
  if (!cur) throw new FsError('EINVAL');
  if (next.soft > next.hard) throw new FsError('EINVAL');
  if (next.hard > cur.hard && !hasCap(proc, CAP.SYS_RESOURCE)) throw new FsError('EPERM');
  if (resource === RLIMIT.NOFILE && next.hard > NR_OPEN) throw new FsError('EPERM');
  proc.rlimits[resource] = { soft: next.soft, hard: next.hard };
}

/** open(2) and friends: the new descriptor must be below RLIMIT_NOFILE (EMFILE). */
export function checkNewFd(proc: Process, fd: number): void {
  if (fd >= proc.rlimits[RLIMIT.NOFILE]!.soft) throw new FsError('EMFILE');
}

/**
 * fork(2): RLIMIT_NPROC counts the tasks of the parent's real uid; root of the host and holders
 * of CAP_SYS_RESOURCE/CAP_SYS_ADMIN are exempt (copy_process).
 */
export function checkNproc(parent: Process, procs: Iterable<Process>): void {
  const max = parent.rlimits[RLIMIT.NPROC]!.soft;
  if (max === INF || parent.creds.uid === 0 || hasCap(parent, CAP.SYS_RESOURCE) || hasCap(parent, CAP.SYS_ADMIN)) return;
  let n = 0;
  for (const p of procs) if (p.alive && p.creds.uid === parent.creds.uid) n++;
  if (n >= max) throw new FsError('EAGAIN');
}

/**
 * RLIMIT_FSIZE on a write of `data` at `offset` to a regular file: what fits is written, then (as
 * the program's retry of the rest would) SIGXFSZ is sent; if the signal is ignored it is EFBIG.
 */
export function limitedWrite(kernel: Kernel, writer: unknown, offset: number, data: string, write: (d: string) => void): void {
  const proc = writer as Process;
  const max = proc?.rlimits?.[RLIMIT.FSIZE]?.soft ?? INF;
  if (offset + data.length <= max) return write(data);
  if (max > offset) write(data.slice(0, max - offset));
  kernel.signal(proc, SIGNALS.XFSZ!, null);
  if (proc.fatalSignal) throw new Interrupted(true);
  throw new FsError('EFBIG');
}

const LIMIT_ROWS: Array<[string, string]> = [
  ['Max cpu time', 'seconds'], ['Max file size', 'bytes'], ['Max data size', 'bytes'], ['Max stack size', 'bytes'],
  ['Max core file size', 'bytes'], ['Max resident set', 'bytes'], ['Max processes', 'processes'],
  ['Max open files', 'files'], ['Max locked memory', 'bytes'], ['Max address space', 'bytes'],
  ['Max file locks', 'locks'], ['Max pending signals', 'signals'], ['Max msgqueue size', 'bytes'],
  ['Max nice priority', ''], ['Max realtime priority', ''], ['Max realtime timeout', 'us'],
];

const limText = (v: number): string => (v === INF ? 'unlimited' : String(v));

/** /proc/PID/limits, as proc_pid_limits prints it (units padded, none for the priorities). */
export function limitsText(r: Rlimits): string {
  let s = `${'Limit'.padEnd(25)} ${'Soft Limit'.padEnd(20)} ${'Hard Limit'.padEnd(20)} ${'Units'.padEnd(10)}\n`;
  LIMIT_ROWS.forEach(([name, unit], i) => {
    const l = r[i]!;
    s += `${name.padEnd(25)} ${limText(l.soft).padEnd(20)} ${limText(l.hard).padEnd(20)} ${unit ? unit.padEnd(10) : ''}\n`;
  });
  return s;
}
