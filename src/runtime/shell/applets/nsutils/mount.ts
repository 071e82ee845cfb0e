import { FsError } from '../../../kernel/fs/errors.ts';
import { capableOver } from '../../../kernel/ns/caps.ts';
import type { Location } from '../../../kernel/fs/path-walk.ts';
import type { Applet, AppletContext } from '../types.ts';
import { mountFs, newProcFs, newTmpfs } from './fs-factory.ts';
import { MOUNT_HELP } from './mount-help.ts';
import { listMounts } from './mount-list.ts';
import { applyFlags, type ParsedMountOptions, parseMountOptions, tmpfsData } from './mount-options.ts';
import { bindMount } from './mount-bind.ts';
import { ulOpts } from './ul-common.ts';

const R = { arg: 'required' as const };
const LONG = {
  all: { key: 'a' }, fake: { key: 'f' }, fork: { key: 'F' }, help: { key: 'h' }, 'no-mtab': { key: 'n' }, 'read-only': { key: 'r' }, ro: { key: 'r' },
  verbose: { key: 'v' }, version: { key: 'V' }, 'read-write': { key: 'w' }, rw: { key: 'w' }, options: { ...R, key: 'o' }, 'test-opts': { ...R, key: 'O' },
  types: { ...R, key: 't' }, source: R, target: R, 'target-prefix': R, label: { ...R, key: 'L' }, uuid: { ...R, key: 'U' }, bind: { key: 'B' },
  move: { key: 'M' }, rbind: { key: 'R' }, 'make-shared': {}, 'make-slave': {}, 'make-private': {}, 'make-unbindable': {}, 'make-rshared': {},
  'make-rslave': {}, 'make-rprivate': {}, 'make-runbindable': {}, 'no-canonicalize': { key: 'c' }, 'internal-only': { key: 'i' },
  'show-labels': { key: 'l' }, sloppy: { key: 's' }, fstab: { ...R, key: 'T' }, namespace: { ...R, key: 'N' }, mkdir: { arg: 'optional' as const, key: 'm' },
  'options-mode': R, 'options-source': R, 'options-source-force': {},
};

export const LIBMOUNT = 'libmount 2.38.1: selinux, smack, btrfs, verity, namespaces, assert, debug';

/** mount(8) of util-linux: list the caller's mount namespace, or mount tmpfs/proc/bind/remount/move in it. */
const mount: Applet = {
  async run(ctx) {
    const opts = await ulOpts(ctx, { short: 'aBcfFhilL:Mno:O:rRsU:vVwt:T:N:m::', long: LONG }, MOUNT_HELP, ` (${LIBMOUNT})`);
    if (typeof opts === 'number') return opts;
    const optLists: string[] = [];
    let types: string | undefined;
    let source: string | undefined;
    let target: string | undefined;
    let all = false, fake = false, verbose = false, propagation = false;
    for (const [k, v] of opts.list) {
      if (k === 'o') optLists.push(v!);
      else if (k === 't') types = v;
      else if (k === 'r') optLists.push('ro');
      else if (k === 'w') optLists.push('rw');
      else if (k === 'B') optLists.push('bind');
      else if (k === 'R') optLists.push('rbind');
      else if (k === 'M') optLists.push('move');
      else if (k === 'source') source = v;
      else if (k === 'target') target = v;
      else if (k === 'a') all = true;
      else if (k === 'f') fake = true;
      else if (k === 'v') verbose = true;
      else if (k.startsWith('make-')) propagation = true;
    }
    const args = [...opts.operands];
    if (source === undefined && target === undefined && args.length === 0 && !all && !propagation && !optLists.length) {
      await ctx.stdout.write(listMounts(ctx.proc.ns.mnt.table.list(), types));
      return 0;
    }
    if (all) return 0;
    const o = parseMountOptions(optLists);
    if (args.length === 1 && source === undefined && target === undefined) {
      if (o.remount || propagation) target = args[0];
      else return fstabOnly(ctx, args[0]!);
    } else if (args.length === 2) [source, target] = [source ?? args[0], target ?? args[1]];
    else if (args.length > 2 || target === undefined) return badUsage(ctx);
    return doMount(ctx, { source, target: target!, types, o, fake, verbose, propagation });
  },
};

async function badUsage(ctx: AppletContext): Promise<number> {
  await ctx.stderr.write(`${ctx.name}: bad usage\nTry '${ctx.name} --help' for more information.\n`);
  return 1;
}

async function fstabOnly(ctx: AppletContext, spec: string): Promise<number> {
  await ctx.stderr.write(`mount: ${spec}: can't find in /etc/fstab.\n`);
  return 1;
}

interface Job {
  source: string | undefined;
  target: string;
  types: string | undefined;
  o: ParsedMountOptions;
  fake: boolean;
  verbose: boolean;
  propagation: boolean;
}

/** A failed mount(2) as mount(8) reports it, with libmount's hint; exit status 32. */
export async function mountFailed(ctx: AppletContext, target: string, msg: string): Promise<number> {
  await ctx.stderr.write(`mount: ${target}: ${msg}\n       dmesg(1) may have more information after failed mount system call.\n`);
  return 32;
}

function locate(ctx: AppletContext, path: string): Location | null {
  try {
    return ctx.fs.locate(path, true);
  } catch (e) {
    if (e instanceof FsError) return null;
    throw e;
  }
}

async function doMount(ctx: AppletContext, job: Job): Promise<number> {
  const { o } = job;
  const tloc = locate(ctx, job.target);
  const shown = tloc ? tloc.path : job.target;
  if (ctx.proc.creds.uid !== 0) return mountFailed(ctx, shown, 'must be superuser to use mount.');
  if (!tloc) return mountFailed(ctx, shown, 'mount point does not exist.');
  const table = ctx.proc.ns.mnt.table;
  if (!capableOver(ctx.proc, ctx.proc.ns.mnt)) return mountFailed(ctx, shown, 'permission denied.');
  if (o.remount || job.propagation) {
    const m = table.at(tloc.path);
    if (!m) return mountFailed(ctx, shown, o.remount ? 'mount point not mounted or bad option.' : 'not mount point or bad option.');
    if (job.fake || job.propagation) return 0;
    const data = m.fs.fstype === 'tmpfs' && o.data.length ? tmpfsData([...(m.options.data ?? '').split(',').filter((d) => !o.data.some((n) => n.split('=')[0] === d.split('=')[0])), ...o.data]) : m.options.data;
    table.setOptions(m, { ...applyFlags(m.options, o.flags), data });
    return 0;
  }
  if (o.bind || o.rbind || o.move) {
    const sloc = job.source === undefined ? null : locate(ctx, job.source);
    if (!sloc) return mountFailed(ctx, shown, `special device ${job.source} does not exist.`);
    const sdir = ctx.fs.statLoc(sloc).type === 'dir';
    if (sdir !== (ctx.fs.statLoc(tloc).type === 'dir')) return mountFailed(ctx, shown, sdir ? 'mount point is not a directory.' : 'mount point is a directory.');
    if (job.fake) return 0;
    const r = bindMount(table, sloc, tloc.path, o);
    if (r) return mountFailed(ctx, shown, r);
    if (job.verbose) await ctx.stdout.write(`mount: ${sloc.path} bound on ${tloc.path}.\n`);
    return 0;
  }
  const type = job.types;
  const src = job.source ?? 'none';
  if (type !== 'tmpfs' && type !== 'proc') {
    if (!locate(ctx, src)) return mountFailed(ctx, shown, `special device ${src} does not exist.`);
    if (type !== undefined) return mountFailed(ctx, shown, `unknown filesystem type '${type}'.`);
    return mountFailed(ctx, shown, `wrong fs type, bad option, bad superblock on ${src}, missing codepage or helper program, or other error.`);
  }
  if (ctx.fs.statLoc(tloc).type !== 'dir') return mountFailed(ctx, shown, 'mount point is not a directory.');
  if (type === 'proc' && !capableOver(ctx.proc, ctx.proc.ns.pid)) return mountFailed(ctx, shown, 'permission denied.');
  if (job.fake) return 0;
  const flags = { ro: false, ...o.flags };
  const modeOpt = /^mode=([0-7]+)$/.exec(o.data.find((d) => d.startsWith('mode=')) ?? '');
  if (type === 'tmpfs') mountFs(table, tloc.path, newTmpfs(ctx, modeOpt ? parseInt(modeOpt[1]!, 8) : undefined), src, { ...flags, data: tmpfsData(o.data) });
  else mountFs(table, tloc.path, newProcFs(ctx, ctx.proc.ns.pid), src, { nosuid: true, nodev: true, noexec: true, ...flags });
  if (job.verbose) await ctx.stdout.write(`mount: ${src} mounted on ${tloc.path}.\n`);
  return 0;
}

export default mount;
