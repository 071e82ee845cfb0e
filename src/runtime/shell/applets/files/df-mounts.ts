import type { Mount } from '../../../kernel/fs/mounts.ts';
import type { Stat } from '../../../kernel/fs/types.ts';
import type { Vfs } from '../../../kernel/fs/vfs.ts';

/** gnulib mountlist's view of one mount (struct mount_entry). */
export interface MountEntry {
  devname: string;
  dir: string;
  type: string;
  dummy: boolean;
  dev: number;
  mount: Mount;
  root: string;
}

/** ME_DUMMY: types that hold no real data (hidden by df without -a). */
const DUMMY = new Set(['autofs', 'proc', 'subfs', 'debugfs', 'devpts', 'fusectl', 'fuse.portal', 'mqueue', 'rpc_pipefs', 'sysfs', 'devfs', 'kernfs', 'ignore', 'none']);

/** The calling process's mount namespace, in /proc/self/mountinfo order. */
export function mountEntries(fs: Vfs): MountEntry[] {
  return fs.proc.ns.mnt.table.list().map((m) => ({
    devname: m.source, dir: m.target, type: m.fs.fstype, dummy: DUMMY.has(m.fs.fstype), dev: m.fs.dev, mount: m, root: m.rootPath,
  }));
}

export function statOrNull(fs: Vfs, path: string): Stat | null {
  try {
    return fs.stat(path);
  } catch {
    return null;
  }
}

/**
 * df's filter_mount_list: one entry per device. A later entry replaces the one kept for its
 * device when its name has a '/' (a real device) and the kept one's has not, when it sits
 * nearer the root, or when it is mounted over the same directory from another source.
 * Entries df will not show anyway (dummy, type-filtered, unstat-able) pass untouched.
 */
export function dedupe(fs: Vfs, list: MountEntry[], keep: (e: MountEntry) => boolean): MountEntry[] {
  const out: (MountEntry | null)[] = [];
  const byDev = new Map<number, number>();
  for (const me of list) {
    const st = keep(me) ? statOrNull(fs, me.dir) : null;
    if (!st) {
      out.push(me);
      continue;
    }
    const at = byDev.get(st.dev);
    if (at === undefined) {
      byDev.set(st.dev, out.length);
      out.push(me);
      continue;
    }
    const seen = out[at]!;
    const nearer = seen.dir.length > me.dir.length;
    const sourceBelow = seen.root.length < me.root.length;
    if ((me.devname.includes('/') && !seen.devname.includes('/')) || (nearer && !sourceBelow) || (seen.devname !== me.devname && seen.dir === me.dir)) {
      out[at] = me;
    }
  }
  return out.filter((e): e is MountEntry => e !== null);
}
