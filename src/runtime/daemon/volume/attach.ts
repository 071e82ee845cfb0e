import { MemFs } from '../../kernel/fs/memfs.ts';
import type { Mount } from '../../kernel/fs/mounts.ts';
import type { Vfs } from '../../kernel/fs/vfs.ts';
import type { Host } from '../../host.ts';
import type { Container } from '../container/container.ts';
import { rootfsVfs } from '../container/fsview.ts';
import { mountPointsOf, type MountPoint } from './mountpoints.ts';

export type MountSpec = Omit<Mount, 'id' | 'parentId'>;

const depth = (p: string) => p.split('/').filter(Boolean).length;

/**
 * The volume, bind and `--mount type=tmpfs` mounts of a starting container, in the order runc
 * mounts them (shallow destinations first). Like runc, creates missing mount points in the
 * container's rootfs (they show in `docker diff`), and copies the image's content into a
 * volume that is still empty (the engine's copy-up), unless `nocopy`.
 */
export function volumeMounts(host: Host, c: Container): MountSpec[] {
  const mps = [...mountPointsOf(c)].sort((a, b) => depth(a.Destination) - depth(b.Destination));
  if (mps.length === 0) return [];
  const inside = rootfsVfs(host, c);
  const hostVfs = host.vfs();
  const out: MountSpec[] = [];
  for (const m of mps) {
    const dest = m.Destination.replace(/\/+$/, '');
    if (m.Type === 'tmpfs') {
      ensurePoint(inside, dest, 'dir');
      const fs = new MemFs({ fstype: 'tmpfs', dev: host.allocDev(), now: () => host.clock.now });
      out.push({ target: dest, fs, root: fs.root(), rootPath: '/', source: 'tmpfs', options: { ro: !m.RW, nosuid: true, nodev: true, noexec: true, data: m.tmpfsData || 'inode64' } });
      continue;
    }
    let kind: 'dir' | 'file' = 'dir';
    try {
      if (hostVfs.stat(m.Source).type !== 'dir') kind = 'file';
    } catch {
      continue;
    }
    ensurePoint(inside, dest, kind);
    if (m.Type === 'volume' && !m.noCopy) copyUp(inside, dest, hostVfs, m);
    const loc = hostVfs.locate(m.Source);
    out.push({ target: dest, fs: loc.mount.fs, root: loc.node, rootPath: m.Source, source: loc.mount.source, options: { ro: !m.RW } });
  }
  return out;
}

function ensurePoint(vfs: Vfs, path: string, kind: 'dir' | 'file'): void {
  const parts = path.split('/').filter(Boolean);
  let at = '';
  parts.forEach((part, i) => {
    at += `/${part}`;
    if (vfs.exists(at)) return;
    if (i === parts.length - 1 && kind === 'file') vfs.writeFile(at, '', { mode: 0o755 });
    else vfs.mkdir(at, 0o755);
  });
}

/** Copies the image's directory at `dest` into an empty volume, keeping modes and owners. */
function copyUp(inside: Vfs, dest: string, hostVfs: Vfs, m: MountPoint): void {
  try {
    if (hostVfs.readdir(m.Source).length > 0) return;
    if (inside.stat(dest).type !== 'dir') return;
  } catch {
    return;
  }
  copyTree(inside, dest, hostVfs, m.Source);
  const st = inside.stat(dest);
  hostVfs.chmod(m.Source, st.mode & 0o7777);
  hostVfs.chown(m.Source, st.uid, st.gid);
}

function copyTree(from: Vfs, src: string, to: Vfs, dst: string): void {
  for (const name of from.readdir(src)) {
    const s = `${src}/${name}`;
    const d = `${dst}/${name}`;
    const st = from.lstat(s);
    if (st.type === 'dir') {
      to.mkdir(d, st.mode & 0o7777);
      copyTree(from, s, to, d);
    } else if (st.type === 'symlink') {
      to.symlink(from.readlink(s), d);
      continue;
    } else if (st.type === 'file') {
      to.writeFile(d, from.readFile(s), { mode: st.mode & 0o7777 });
    } else continue;
    to.chmod(d, st.mode & 0o7777);
    to.chown(d, st.uid, st.gid, false);
  }
}
