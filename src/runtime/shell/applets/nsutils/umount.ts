import { FsError } from '../../../kernel/fs/errors.ts';
import { capableOver } from '../../../kernel/ns/caps.ts';
import type { Mount } from '../../../kernel/fs/mounts.ts';
import type { Applet, AppletContext } from '../types.ts';
import { LIBMOUNT } from './mount.ts';
import { typeMatcher } from './mount-list.ts';
import { UMOUNT_HELP } from './umount-help.ts';
import { ulOpts } from './ul-common.ts';

const R = { arg: 'required' as const };
const LONG = {
  all: { key: 'a' }, 'all-targets': { key: 'A' }, 'no-canonicalize': { key: 'c' }, 'detach-loop': { key: 'd' }, fake: {}, force: { key: 'f' },
  'internal-only': { key: 'i' }, 'no-mtab': { key: 'n' }, lazy: { key: 'l' }, 'test-opts': { ...R, key: 'O' }, recursive: { key: 'R' },
  'read-only': { key: 'r' }, types: { ...R, key: 't' }, verbose: { key: 'v' }, quiet: { key: 'q' }, namespace: { ...R, key: 'N' },
  help: { key: 'h' }, version: { key: 'V' },
};

const under = (path: string, dir: string) => path === dir || path.startsWith(dir === '/' ? '/' : `${dir}/`);

/** umount(8): detach mounts from the caller's mount namespace. */
const umount: Applet = {
  async run(ctx) {
    const opts = await ulOpts(ctx, { short: 'aAcdfhilnRrO:t:vVqN:', long: LONG }, UMOUNT_HELP, ` (${LIBMOUNT})`);
    if (typeof opts === 'number') return opts;
    const has = (k: string) => opts.list.some(([x]) => x === k);
    const types = opts.list.find(([k]) => k === 't')?.[1];
    if (has('a')) return umountAll(ctx, typeMatcher(types));
    if (opts.operands.length === 0) {
      await ctx.stderr.write(`umount: bad usage\nTry 'umount --help' for more information.\n`);
      return 1;
    }
    let status = 0;
    for (const spec of opts.operands) {
      const rc = await umountOne(ctx, spec, { recursive: has('R'), lazy: has('l'), quiet: has('q'), verbose: has('v'), fake: has('fake') });
      status |= rc;
    }
    return status;
  },
};

interface Flags {
  recursive: boolean;
  lazy: boolean;
  quiet: boolean;
  verbose: boolean;
  fake: boolean;
}

async function say(ctx: AppletContext, spec: string, msg: string, status: number): Promise<number> {
  await ctx.stderr.write(`umount: ${spec}: ${msg}\n`);
  return status;
}

async function umountOne(ctx: AppletContext, spec: string, f: Flags): Promise<number> {
  const table = ctx.proc.ns.mnt.table;
  let path: string | null = null;
  try {
    path = ctx.fs.realpath(spec);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
  }
  // A source (`umount tmpfs`, `umount /dev/vda1`) names the last mount of that device.
  const bySource = [...table.list()].reverse().find((m) => m.source === spec);
  const m: Mount | undefined = (path !== null ? table.at(path) : undefined) ?? bySource;
  const root = ctx.proc.creds.uid === 0;
  if (!m) {
    if (!root) return say(ctx, path ?? spec, path === null ? 'No such file or directory' : 'not mounted.', 1);
    if (path === null) return say(ctx, spec, 'no mount point specified.', 32);
    return f.quiet ? 32 : say(ctx, spec, 'not mounted.', 32);
  }
  if (!root) return say(ctx, m.target, 'must be superuser to unmount.', 32);
  if (!capableOver(ctx.proc, ctx.proc.ns.mnt)) return say(ctx, spec, 'umount failed: Operation not permitted.', 32);
  const subtree = table.list().filter((c) => c !== m && under(c.target, m.target) && table.list().indexOf(c) > table.list().indexOf(m));
  if (!f.lazy && !f.recursive && (subtree.length > 0 || busy(ctx, m))) return say(ctx, m.target, 'target is busy.', 32);
  if (f.recursive && busy(ctx, m)) return say(ctx, m.target, 'target is busy.', 32);
  if (f.fake) return 0;
  for (const c of [...subtree].reverse()) if (f.recursive || f.lazy) table.remove(c);
  table.remove(m);
  if (f.verbose) await ctx.stdout.write(`umount: ${m.target} unmounted\n`);
  return 0;
}

/** EBUSY: some task of this mount namespace has its working directory inside the mount. */
function busy(ctx: AppletContext, m: Mount): boolean {
  for (const p of ctx.kernel.procs.values()) {
    if (!p.alive || p.ns.mnt !== ctx.proc.ns.mnt) continue;
    if (m.target !== '/' && under(p.cwd, m.target)) return true;
  }
  return false;
}

async function umountAll(ctx: AppletContext, keep: (t: string) => boolean): Promise<number> {
  const table = ctx.proc.ns.mnt.table;
  if (ctx.proc.creds.uid !== 0) return say(ctx, '/', 'must be superuser to unmount.', 32);
  // umount -a leaves the pseudo filesystems the system needs (proc, sysfs, devtmpfs...) alone.
  const skip = new Set(['proc', 'sysfs', 'devtmpfs', 'devpts', 'cgroup', 'cgroup2', 'tmpfs', 'ext4', 'overlay', 'mqueue']);
  for (const m of [...table.list()].reverse()) if (keep(m.fs.fstype) && !skip.has(m.fs.fstype) && m.target !== '/') table.remove(m);
  return 0;
}

export default umount;
