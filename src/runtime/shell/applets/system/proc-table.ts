import type { Kernel } from '../../../kernel/kernel.ts';
import type { Process, ProcState } from '../../../kernel/proc/process.ts';
import type { AppletContext } from '../types.ts';
import { Accounts } from './accounts.ts';
import { niceOf } from './niceness.ts';

/** Clock ticks per second of /proc/PID/stat (USER_HZ). */
export const HZ = 100;

/** One task as ps/top/pgrep see it, with ids translated into the viewer's pid namespace. */
export interface ProcRow {
  proc: Process;
  pid: number;
  ppid: number;
  pgid: number;
  sid: number;
  /** Foreground process group of the controlling terminal, -1 without one. */
  tpgid: number;
  uid: number;
  gid: number;
  user: string;
  group: string;
  comm: string;
  /** argv, empty for zombies (their /proc/PID/cmdline is empty). */
  cmdline: string[];
  state: ProcState;
  /** `pts/0`, or `?` without a controlling terminal. */
  tty: string;
  ttyNr: number;
  nice: number;
  /** Start time in whole seconds since the epoch, as ps computes it from btime + starttime. */
  startSec: number;
  /** Seconds since the task started (fractional, from /proc/uptime). */
  elapsed: number;
  cpuTicks: number;
  vszKb: number;
  rssKb: number;
  /** Session leader (`s` in STAT). */
  leader: boolean;
}

const TTY_LABEL = /^\/dev\/(pts\/\d+|tty\d*|console)$/;

/**
 * The controlling terminal. The model has no ctty field, so it is derived the way it is
 * acquired: from the first ancestor (or the task itself) holding a terminal open on 0-2;
 * init and tasks descended only from daemons have none.
 */
export function ttyOf(p: Process): string | null {
  for (let q: Process | null = p; q; q = q.parent) {
    if (!q.parent) return null;
    for (const fd of [0, 1, 2]) {
      const label = q.fds.get(fd)?.label;
      if (label && TTY_LABEL.test(label)) return label.slice(5);
    }
  }
  return null;
}

export function ttyNumber(tty: string | null): number {
  if (!tty) return 0;
  const pts = /^pts\/(\d+)$/.exec(tty);
  if (pts) return (136 << 8) | Number(pts[1]);
  const vt = /^tty(\d+)$/.exec(tty);
  if (vt) return (4 << 8) | Number(vt[1]);
  return tty === 'console' ? (5 << 8) | 1 : 0;
}

/** Seconds since boot as /proc/uptime reports it (two decimals). */
export function uptimeSeconds(kernel: Kernel): number {
  return Number(((kernel.clock.now - kernel.bootTime) / 1000).toFixed(2));
}

export function buildRows(ctx: AppletContext, accounts = new Accounts(ctx)): ProcRow[] {
  const viewer = ctx.proc;
  const level = viewer.ns.pid.level;
  const kernel = ctx.kernel;
  const translate = (globalId: number): number => {
    const p = kernel.procs.get(globalId);
    if (p) return p.pidAt(level);
    return level === 0 ? globalId : 0;
  };
  const procs = kernel.visible(viewer);
  const ttys = new Map(procs.map((p) => [p, ttyOf(p)]));
  const myTty = ttys.get(viewer) ?? ttyOf(viewer);
  const uptime = uptimeSeconds(kernel);
  const bootSec = Math.floor(kernel.bootTime / 1000);
  return procs.map((p) => {
    const tty = ttys.get(p) ?? null;
    const startTicks = Math.round((p.startTime - kernel.bootTime) / 10);
    const fg = tty === null ? -1 : tty === myTty ? viewer.pgid : foregroundOf(p, tty);
    return {
      proc: p,
      pid: p.pidAt(level),
      ppid: p.parent ? p.parent.pidAt(level) : 0,
      pgid: translate(p.pgid),
      sid: translate(p.sid),
      tpgid: fg === -1 ? -1 : translate(fg),
      uid: p.creds.uid,
      gid: p.creds.gid,
      user: accounts.userName(p.creds.uid),
      group: accounts.groupName(p.creds.gid),
      comm: p.comm,
      cmdline: p.alive ? p.argv : [],
      state: p.state,
      tty: tty ?? '?',
      ttyNr: ttyNumber(tty),
      nice: niceOf(p),
      startSec: bootSec + Math.floor(startTicks / HZ),
      elapsed: Math.max(0, uptime - startTicks / HZ),
      cpuTicks: Math.round(p.cpuMicros / 10000),
      vszKb: Math.max(p.memoryBytes, 4 << 20) >> 10,
      rssKb: Math.round(p.memoryBytes / 4096) * 4,
      leader: p.sid === p.id,
    };
  });
}

/** The process group in the foreground of `tty`: that of the topmost task holding it. */
function foregroundOf(p: Process, tty: string): number {
  let owner = p;
  for (let q: Process | null = p; q?.parent; q = q.parent) if (ttyOf(q) === tty) owner = q;
  return owner.pgid;
}

/** What `args` shows: the command line, `[comm]` without one, `<defunct>` for zombies. */
export function argsText(r: ProcRow): string {
  if (r.cmdline.length > 0 && r.cmdline.join('') !== '') return r.cmdline.join(' ');
  return r.state === 'Z' ? `[${r.comm}] <defunct>` : `[${r.comm}]`;
}

export function commText(r: ProcRow): string {
  return r.state === 'Z' ? `${r.comm} <defunct>` : r.comm;
}

/** Login sessions (utmp USER_PROCESS entries): live login shells on a terminal of this host. */
export function loginSessions(ctx: AppletContext): { user: string; line: string; loginMs: number; pid: number }[] {
  const accounts = new Accounts(ctx);
  return [...ctx.kernel.procs.values()]
    .filter((p) => p.alive && p.sid === p.id && p.argv[0]?.startsWith('-') && p.ns.mnt === ctx.proc.ns.mnt)
    .flatMap((p) => {
      const tty = ttyOf(p);
      return tty ? [{ user: accounts.userName(p.creds.uid), line: tty, loginMs: p.startTime, pid: p.pidAt(ctx.proc.ns.pid.level) }] : [];
    });
}
