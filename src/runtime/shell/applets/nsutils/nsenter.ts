import { FsError } from '../../../kernel/fs/errors.ts';
import { capableOver } from '../../../kernel/ns/caps.ts';
import type { Namespace } from '../../../kernel/ns/namespace.ts';
import { UserNamespace } from '../../../kernel/ns/user.ts';
import type { Process } from '../../../kernel/proc/process.ts';
import type { Applet, AppletContext } from '../types.ts';
import { NS_OPTIONS, type NsOption } from './ns-kinds.ts';
import { NSENTER_HELP } from './nsenter-help.ts';
import { errno, errx, execOrFail, parseNumber, programOf, ulOpts } from './ul-common.ts';

const LONG = {
  ...Object.fromEntries(NS_OPTIONS.map((o) => [o.long, { arg: 'optional' as const, key: o.letter }])),
  all: { key: 'a' }, help: { key: 'h' }, version: { key: 'V' }, target: { arg: 'required' as const, key: 't' },
  setuid: { arg: 'required' as const, key: 'S' }, setgid: { arg: 'required' as const, key: 'G' }, 'preserve-credentials': {},
  root: { arg: 'optional' as const, key: 'r' }, wd: { arg: 'optional' as const, key: 'w' }, wdns: { arg: 'required' as const, key: 'W' },
  'no-fork': { key: 'F' }, 'follow-context': { key: 'Z' },
};

/** nsenter [options] [program [args]]: run a program in the namespaces of another process (util-linux). */
const nsenter: Applet = {
  async run(ctx) {
    const opts = await ulOpts(ctx, { short: 'ahVt:m::u::i::n::p::C::U::T::S:G:r::w::W:FZ', long: LONG, stopAtOperand: true }, NSENTER_HELP);
    if (typeof opts === 'number') return opts;
    const wanted = new Map<NsOption, string | undefined>();
    let targetPid: number | undefined;
    let all = false, noFork = false, preserve = false;
    let uid: number | undefined, gid: number | undefined, wd: string | undefined;
    for (const [k, v] of opts.list) {
      const ns = NS_OPTIONS.find((o) => o.letter === k);
      if (ns) wanted.set(ns, v);
      else if (k === 't') {
        const n = parseNumber(v!);
        if (n === null || n === 0) return errx(ctx, `failed to parse pid: '${v}'`);
        targetPid = n;
      } else if (k === 'a') all = true;
      else if (k === 'F') noFork = true;
      else if (k === 'preserve-credentials') preserve = true;
      else if (k === 'S' || k === 'G') {
        const n = parseNumber(v!);
        if (n === null) return errx(ctx, `failed to parse ${k === 'S' ? 'uid' : 'gid'}: '${v}'`);
        if (k === 'S') uid = n;
        else gid = n;
      } else if (k === 'w') wd = v ?? '';
      else if (k === 'r' && v !== undefined) return errno(ctx, `cannot change root directory to ${v}`, new FsError('ENOSYS'));
    }
    if (all) {
      if (targetPid === undefined) return errx(ctx, 'no target PID specified for --all');
      for (const o of NS_OPTIONS) if (o.kind && !wanted.has(o)) wanted.set(o, undefined);
    }
    // Open every namespace file first, as nsenter does, so a bad one fails before any setns.
    const opened: [NsOption, Namespace][] = [];
    for (const o of NS_OPTIONS) {
      if (!wanted.has(o)) continue;
      const file = wanted.get(o);
      if (file === undefined && targetPid === undefined) return errx(ctx, `neither filename nor target pid supplied for ns/${o.file}`);
      const r = openNs(ctx, o, file, targetPid);
      if (r instanceof FsError) {
        if (all && file === undefined && r.code === 'ENOENT' && o.kind === null) continue;
        return errno(ctx, `cannot open ${file ?? `/proc/${targetPid}/ns/${o.file}`}`, r);
      }
      // --all leaves out the namespaces the caller already shares with the target.
      if (all && file === undefined && r === ctx.proc.ns[o.kind!]) continue;
      opened.push([o, r]);
    }
    let enteredPid = false;
    for (const [o, ns] of opened) {
      const p = ctx.proc;
      const same = o.kind === 'user' && ns === p.ns.user;
      if (same || !(capableOver(p, ns) || ownsUserNs(p, ns))) return errno(ctx, `reassociate to namespace 'ns/${o.file}' failed`, new FsError(same ? 'EINVAL' : 'EPERM'));
      enter(p, ns);
      if (o.kind === 'user' && !preserve) p.creds = { uid: 0, gid: 0, groups: [] };
      if (o.kind === 'pid') enteredPid = true;
    }
    if (gid !== undefined) ctx.proc.creds = { ...ctx.proc.creds, gid, groups: [] };
    if (uid !== undefined) ctx.proc.creds = { ...ctx.proc.creds, uid };
    if (wd !== undefined) {
      const target = targetPid !== undefined ? ctx.kernel.byPid(targetPid, ctx.proc) : undefined;
      const dir = wd === '' ? target?.cwd ?? '/' : wd;
      try {
        if (ctx.fs.stat(dir).type !== 'dir') throw new FsError('ENOTDIR');
        ctx.proc.cwd = ctx.fs.realpath(dir);
      } catch (e) {
        return errno(ctx, `cannot change directory to ${dir}`, e);
      }
    }
    const argv = programOf(ctx, opts.operands);
    if (!enteredPid || noFork) return execOrFail(ctx, argv);
    try {
      return await ctx.fork((child) => execOrFail(child, argv));
    } catch (e) {
      return errno(ctx, 'fork failed', e);
    }
  },
};

/** /proc/PID/ns/NAME of the target (or a path of that form): the namespace, or why open(2) fails. */
function openNs(ctx: AppletContext, o: NsOption, file: string | undefined, pid: number | undefined): Namespace | FsError {
  let proc: Process | undefined;
  let kind = o.kind;
  if (file !== undefined) {
    const m = /^\/proc\/(\d+|self)\/ns\/(\w+)$/.exec(file);
    if (!m) {
      if (!ctx.fs.exists(file)) return new FsError('ENOENT');
      return new FsError('EINVAL');
    }
    proc = m[1] === 'self' ? ctx.proc : ctx.kernel.byPid(Number(m[1]), ctx.proc);
    kind = NS_OPTIONS.find((x) => x.file === m[2])?.kind ?? null;
  } else proc = ctx.kernel.byPid(pid!, ctx.proc);
  if (!proc || proc.reaped || !kind) return new FsError('ENOENT');
  // ptrace access mode: another user's namespace files are closed to non-root callers.
  if (ctx.proc.creds.uid !== 0 && proc.creds.uid !== ctx.proc.creds.uid) return new FsError('EACCES');
  return proc.ns[kind];
}

/** The creator of a child user namespace holds every capability in it, root or not. */
function ownsUserNs(p: Process, ns: Namespace): boolean {
  return ns instanceof UserNamespace && ns.parent === p.ns.user && ns.ownerUid === p.creds.uid;
}

/** setns(2): a pid namespace applies to the children created afterwards; a mount namespace resets cwd to its root. */
function enter(p: Process, ns: Namespace): void {
  switch (ns.kind) {
    case 'pid': p.pidNsForChildren = ns as Process['ns']['pid']; break;
    case 'mnt': p.ns = { ...p.ns, mnt: ns as Process['ns']['mnt'] }; p.cwd = '/'; break;
    default: p.ns = { ...p.ns, [ns.kind]: ns };
  }
}

export default nsenter;
