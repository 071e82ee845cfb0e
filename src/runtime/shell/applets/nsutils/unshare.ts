import { FsError } from '../../../kernel/fs/errors.ts';
import { unshare as unshareNs } from '../../../kernel/ns/clone.ts';
import type { NamespaceKind } from '../../../kernel/ns/namespace.ts';
import { signalNumber } from '../system/signames.ts';
import type { Applet, AppletContext } from '../types.ts';
import { credsThrough, lookupId, parseMapRange } from './id-maps.ts';
import { byLetter, NS_OPTIONS } from './ns-kinds.ts';
import { mountProcFor } from './proc-mount.ts';
import { UNSHARE_HELP } from './unshare-help.ts';
import { errno, errx, execOrFail, parseNumber, programOf, ulOpts } from './ul-common.ts';

interface Plan {
  kinds: Set<NamespaceKind>;
  time: boolean;
  fork: boolean;
  procDir?: string;
  mapUser?: number;
  mapGroup?: number;
  userRanges: { inside: number; outside: number; count: number }[];
  groupRanges: { inside: number; outside: number; count: number }[];
  setgroups?: 'allow' | 'deny';
  setUid?: number;
  setGid?: number;
  wd?: string;
  root?: string;
}

const LONG = {
  ...Object.fromEntries(NS_OPTIONS.map((o) => [o.long, { arg: 'optional' as const, key: o.letter }])),
  fork: { key: 'f' }, 'kill-child': { arg: 'optional' as const }, 'mount-proc': { arg: 'optional' as const },
  'map-user': { arg: 'required' as const }, 'map-users': { arg: 'required' as const }, 'map-group': { arg: 'required' as const },
  'map-groups': { arg: 'required' as const }, 'map-root-user': { key: 'r' }, 'map-current-user': { key: 'c' }, 'map-auto': {},
  propagation: { arg: 'required' as const }, setgroups: { arg: 'required' as const }, 'keep-caps': {},
  setuid: { arg: 'required' as const, key: 'S' }, setgid: { arg: 'required' as const, key: 'G' }, root: { arg: 'required' as const, key: 'R' },
  wd: { arg: 'required' as const, key: 'w' }, monotonic: { arg: 'required' as const }, boottime: { arg: 'required' as const },
  help: { key: 'h' }, version: { key: 'V' },
};

/** unshare [options] [program [args]]: new namespaces for a program (util-linux). */
const unshare: Applet = {
  async run(ctx) {
    const opts = await ulOpts(ctx, { short: 'fhVmuinpCTUrR:w:S:G:c', long: LONG, stopAtOperand: true }, UNSHARE_HELP);
    if (typeof opts === 'number') return opts;
    const plan: Plan = { kinds: new Set(), time: false, fork: false, userRanges: [], groupRanges: [] };
    const { uid: euid, gid: egid } = ctx.proc.creds;
    let clockOffsets = false;
    for (const [k, v] of opts.list) {
      const ns = byLetter(k);
      if (ns) {
        if (ns.kind) plan.kinds.add(ns.kind);
        else plan.time = true;
        if (v !== undefined) return errx(ctx, `persistent namespaces (--${ns.long}=FILE) are not supported by the lab`);
        continue;
      }
      switch (k) {
        case 'f': plan.fork = true; break;
        case 'mount-proc': plan.kinds.add('mnt'); plan.procDir = v ?? '/proc'; break;
        case 'map-user': case 'map-group': {
          const which = k === 'map-user' ? 'uid' : 'gid';
          const id = lookupId(ctx, v!, which);
          if (id === null) return errx(ctx, `failed to parse ${which}: '${v}'`);
          plan.kinds.add('user');
          if (which === 'uid') plan.mapUser = id;
          else plan.mapGroup = id;
          break;
        }
        case 'r': case 'c':
          plan.kinds.add('user');
          plan.mapUser = k === 'r' ? 0 : euid;
          plan.mapGroup = k === 'r' ? 0 : egid;
          break;
        case 'map-users': case 'map-groups': {
          const r = parseMapRange(v!);
          if (!r) return errx(ctx, `invalid mapping '${v}'`);
          plan.kinds.add('user');
          (k === 'map-users' ? plan.userRanges : plan.groupRanges).push(r);
          break;
        }
        case 'map-auto': return errx(ctx, `no line matching user "${ctx.env.get('USER') ?? euid}" in /etc/subuid`);
        case 'propagation':
          if (!['slave', 'shared', 'private', 'unchanged'].includes(v!)) return errx(ctx, `unsupported propagation mode: ${v}`);
          break;
        case 'setgroups':
          if (v !== 'allow' && v !== 'deny') return errx(ctx, `unsupported --setgroups argument '${v}'`);
          plan.setgroups = v;
          break;
        case 'kill-child':
          plan.fork = true;
          if (v !== undefined && signalNumber(v) <= 0) return errx(ctx, `unknown signal: ${v}`);
          break;
        case 'S': case 'G': {
          const n = parseNumber(v!);
          if (n === null) return errx(ctx, `failed to parse ${k === 'S' ? 'uid' : 'gid'}: '${v}'`);
          if (k === 'S') plan.setUid = n;
          else plan.setGid = n;
          break;
        }
        case 'monotonic': case 'boottime':
          if (!/^[+-]?\d+$/.test(v!)) return errx(ctx, `failed to parse ${k} offset: '${v}'`);
          clockOffsets = true;
          break;
        case 'R': plan.root = v; break;
        case 'w': plan.wd = v; break;
      }
    }
    if (clockOffsets && !plan.time) return errx(ctx, 'options --monotonic and --boottime require unsharing of a time namespace (-T)');
    // The modelled kernel has no time namespaces: CLONE_NEWTIME is an unknown flag to it.
    if (plan.time) return errno(ctx, 'unshare failed', new FsError('EINVAL'));
    const privileged = plan.kinds.has('user') || ctx.proc.creds.uid === 0;
    if (!privileged && plan.kinds.size > 0) return errno(ctx, 'unshare failed', new FsError('EPERM'));
    const outside = { ...ctx.proc.creds, groups: [...ctx.proc.creds.groups] };
    unshareNs(ctx.kernel, ctx.proc, [...plan.kinds]);
    if (plan.kinds.has('user')) ctx.proc.creds = credsThrough(ctx.proc.ns.user, outside);
    if (!plan.fork) return continueInChild(ctx, plan, outside, opts.operands);
    try {
      return await ctx.fork((child) => continueInChild(child, plan, outside, opts.operands));
    } catch (e) {
      return errno(ctx, 'fork failed', e);
    }
  },
};

/** What runs after the (optional) fork: id maps, /proc, credentials, directories, then exec. */
async function continueInChild(ctx: AppletContext, plan: Plan, outside: { uid: number; gid: number; groups: number[] }, operands: string[]): Promise<number> {
  const userns = ctx.proc.ns.user;
  if (plan.kinds.has('user')) {
    if (plan.userRanges.length) userns.uidMap = plan.userRanges;
    else if (plan.mapUser !== undefined) userns.uidMap = [{ inside: plan.mapUser, outside: outside.uid, count: 1 }];
    if (plan.groupRanges.length) userns.gidMap = plan.groupRanges;
    else if (plan.mapGroup !== undefined) {
      if (plan.setgroups === 'allow') return errx(ctx, 'options --setgroups=allow and --map-group are mutually exclusive');
      userns.gidMap = [{ inside: plan.mapGroup, outside: outside.gid, count: 1 }];
    }
    ctx.proc.creds = credsThrough(userns, outside);
  }
  if (plan.procDir !== undefined) {
    const r = mountProcFor(ctx, plan.procDir);
    if (r) return errno(ctx, `${r.step} ${plan.procDir} failed`, r.error);
  }
  if (plan.setGid !== undefined) ctx.proc.creds = { ...ctx.proc.creds, gid: plan.setGid, groups: [] };
  if (plan.setUid !== undefined) ctx.proc.creds = { ...ctx.proc.creds, uid: plan.setUid };
  if (plan.root !== undefined) return errno(ctx, `cannot change root directory to ${plan.root}`, new FsError('ENOSYS'));
  if (plan.wd !== undefined) {
    try {
      if (ctx.fs.stat(plan.wd).type !== 'dir') throw new FsError('ENOTDIR');
      ctx.proc.cwd = ctx.fs.realpath(plan.wd);
    } catch (e) {
      return errno(ctx, `cannot chdir to '${plan.wd}'`, e);
    }
  }
  return execOrFail(ctx, programOf(ctx, operands));
}

export default unshare;
