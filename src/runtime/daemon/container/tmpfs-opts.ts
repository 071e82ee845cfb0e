import type { Host } from '../../host.ts';
import type { Mount } from '../../kernel/fs/mounts.ts';
import { MemFs } from '../../kernel/fs/memfs.ts';
import { DaemonError } from '../errors.ts';

/** A --tmpfs mount as runc makes it: mount flags plus the data the kernel echoes in /proc/mounts. */
export interface TmpfsMount {
  ro: boolean;
  noexec: boolean;
  nosuid: boolean;
  nodev: boolean;
  /** shmem_show_options order: size (in KiB, whole pages), nr_inodes, mode, uid, gid. */
  data: string;
}

const FLAGS: Record<string, [keyof Omit<TmpfsMount, 'data'>, boolean]> = {
  ro: ['ro', true], rw: ['ro', false], exec: ['noexec', false], noexec: ['noexec', true],
  suid: ['nosuid', false], nosuid: ['nosuid', true], dev: ['nodev', false], nodev: ['nodev', true],
};
// Accepted by the daemon's option parser but not shown by tmpfs.
const IGNORED = new Set(['async', 'atime', 'noatime', 'diratime', 'nodiratime', 'relatime', 'norelatime', 'strictatime', 'nostrictatime', 'sync', 'dirsync', 'mand', 'nomand', 'remount', 'bind', 'rbind', 'private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave', 'unbindable', 'runbindable', 'defaults']);
const DATA = ['size', 'nr_inodes', 'mode', 'uid', 'gid'];

/** The daemon's checks of HostConfig.Tmpfs at create time. */
export function checkTmpfs(tmpfs: Record<string, string>): void {
  for (const [dst, opts] of Object.entries(tmpfs)) {
    if (!dst.startsWith('/')) throw new DaemonError(`invalid mount path: '${dst}' mount path must be absolute`, 400);
    if (dst.replace(/\/+$/, '') === '') throw new DaemonError("invalid specification: destination can't be '/'", 400);
    for (const o of opts === '' ? [] : opts.split(',')) {
      const key = o.split('=', 1)[0]!;
      if (!(o in FLAGS) && !IGNORED.has(o) && !(o.includes('=') && DATA.includes(key)) && !['nr_blocks', 'huge', 'mpol'].includes(key)) {
        throw new DaemonError(`invalid tmpfs option ["${o}"]`, 400);
      }
    }
  }
}

function sizeKiB(v: string): number | null {
  const m = /^(\d+)([kmgKMG%]?)$/.exec(v);
  if (!m) return null;
  const mul = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase()] ?? 1;
  const bytes = Number(m[1]) * mul;
  return Math.ceil(bytes / 4096) * 4;
}

export function tmpfsMount(opts: string): TmpfsMount {
  const m: TmpfsMount = { ro: false, noexec: true, nosuid: true, nodev: true, data: '' };
  const vals: Record<string, string> = {};
  for (const o of opts === '' ? [] : opts.split(',')) {
    const f = FLAGS[o];
    if (f) (m[f[0]] as boolean) = f[1];
    else if (o.includes('=')) vals[o.slice(0, o.indexOf('='))] = o.slice(o.indexOf('=') + 1);
  }
  const out: string[] = [];
  if (vals.size !== undefined) {
    const k = sizeKiB(vals.size);
    if (k !== null) out.push(`size=${k}k`);
  }
  if (vals.nr_inodes !== undefined) out.push(`nr_inodes=${vals.nr_inodes}`);
  if (vals.mode !== undefined) {
    const mode = parseInt(vals.mode, 8);
    if (mode !== 0o1777) out.push(`mode=${mode.toString(8).padStart(3, '0')}`);
  }
  if (vals.uid !== undefined && vals.uid !== '0') out.push(`uid=${vals.uid}`);
  if (vals.gid !== undefined && vals.gid !== '0') out.push(`gid=${vals.gid}`);
  m.data = out.join(',');
  return m;
}

/** The --tmpfs mounts of a container, for the mount table (passed with the volume mounts). */
export function tmpfsMounts(host: Host, tmpfs: Record<string, string>): Omit<Mount, 'id' | 'parentId'>[] {
  return Object.entries(tmpfs).map(([dst, opts]) => {
    const t = tmpfsMount(opts);
    const fs = new MemFs({ fstype: 'tmpfs', dev: host.allocDev(), now: () => host.clock.now });
    const target = dst.replace(/\/+$/, '');
    return { target, fs, root: fs.root(), rootPath: '/', source: 'tmpfs', options: { ro: t.ro, nosuid: t.nosuid, nodev: t.nodev, noexec: t.noexec, ...(t.data ? { data: t.data } : {}) } };
  });
}
