import { Inode, MemFs } from '../../kernel/fs/memfs.ts';
import type { Container } from './container.ts';

export interface Change {
  kind: 'A' | 'C' | 'D';
  path: string;
}

/**
 * Paths of the upper layer the engine never reports or commits: the files it bind-mounts from
 * outside the rootfs (so writes never reach the layer) and the kernel mounts runc puts over the
 * init layer's directories.
 */
const HIDDEN = new Set(['/etc/hosts', '/etc/hostname', '/etc/resolv.conf', '/.dockerenv', '/dev', '/proc', '/sys']);

export const isHiddenPath = (path: string, mountPoints: ReadonlySet<string> = new Set()): boolean => {
  if (mountPoints.has(path)) return true;
  for (const h of HIDDEN) if (path === h || path.startsWith(`${h}/`)) return true;
  return false;
};

export const isWhiteout = (n: Inode): boolean => n.type === 'chr' && n.rdev === 0;

const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Mount targets of volumes and binds: runc creates them in the layer, the engine skips them. */
export function mountPointsOf(c: Container): Set<string> {
  const out = new Set<string>();
  for (const b of c.hostConfig.Binds ?? []) {
    const target = b.split(':')[1];
    if (target) out.add(target.replace(/\/+$/, '') || '/');
  }
  for (const v of Object.keys(c.config.Volumes ?? {})) out.add(v.replace(/\/+$/, '') || '/');
  for (const t of Object.keys(c.hostConfig.Tmpfs ?? {})) out.add(t);
  return out;
}

/** The node at `parts` in the union of `layers` (topmost first), or null if absent or whited out. */
export function lowerNode(layers: readonly MemFs[], parts: string[]): Inode | null {
  for (const layer of layers) {
    let n: Inode | undefined = layer.rootInode;
    let hidden = false;
    for (let i = 0; i < parts.length && n; i++) {
      if (n.type !== 'dir') {
        n = undefined;
        break;
      }
      const next: Inode | undefined = n.entries!.get(parts[i]!);
      if (!next && n.opaque) hidden = true;
      if (next && isWhiteout(next)) hidden = true;
      n = next;
    }
    if (hidden) return null;
    if (n) return n;
  }
  return null;
}

/**
 * `docker diff`: overlay2's native diff. Walks the container's upper dir in lexical order: whiteouts
 * (and opaque dirs) are deletions, paths absent below are additions, the rest modifications;
 * the parent of an addition or deletion is reported once as modified, before its children.
 */
export function containerChanges(c: Container): Change[] {
  const lowers = [c.init, ...c.image.layers.map((l) => l.fs).reverse()];
  const mounts = mountPointsOf(c);
  const out: Change[] = [];
  const changedDirs = new Set<string>();
  const walk = (dir: Inode, parts: string[]) => {
    for (const name of [...dir.entries!.keys()].sort(byteOrder)) {
      const n = dir.entries!.get(name)!;
      const p = [...parts, name];
      const path = `/${p.join('/')}`;
      if (isHiddenPath(path, mounts)) continue;
      let kind: Change['kind'] | null;
      if (isWhiteout(n) || (n.type === 'dir' && n.opaque)) kind = 'D';
      else {
        const below = lowerNode(lowers, p);
        if (!below) kind = 'A';
        // A copied-up directory counts only if its own attributes changed or something inside did.
        else if (below.type === 'dir' && n.type === 'dir') kind = sameDir(n, below) && !hasVisibleEntries(n, path, mounts) ? null : 'C';
        else kind = 'C';
      }
      if (kind === null) continue;
      if (n.type === 'dir') changedDirs.add(path);
      if (kind !== 'C' && parts.length > 0) {
        const parent = `/${parts.join('/')}`;
        if (!changedDirs.has(parent)) {
          out.push({ kind: 'C', path: parent });
          changedDirs.add(parent);
        }
      }
      out.push({ kind, path });
      if (kind === 'D' && !(n.type === 'dir' && n.opaque)) continue;
      if (n.type === 'dir') walk(n, p);
    }
  };
  walk(c.upper.rootInode, []);
  return out;
}

function sameDir(a: Inode, b: Inode): boolean {
  return a.mode === b.mode && a.uid === b.uid && a.gid === b.gid;
}

function hasVisibleEntries(dir: Inode, path: string, mounts: ReadonlySet<string>): boolean {
  for (const name of dir.entries!.keys()) if (!isHiddenPath(`${path === '/' ? '' : path}/${name}`, mounts)) return true;
  return false;
}

/**
 * A copy of the container's upper layer as a new read-only layer (what `docker commit` tars):
 * every entry including whiteouts and opaque markers, minus the paths the engine never commits.
 */
export function snapshotUpper(c: Container, fs: MemFs): { fs: MemFs; size: number } {
  const mounts = mountPointsOf(c);
  let size = 0;
  const copy = (src: Inode, dst: Inode, path: string) => {
    dst.mode = src.mode;
    dst.uid = src.uid;
    dst.gid = src.gid;
    dst.mtime = src.mtime;
    dst.atime = src.atime;
    dst.opaque = src.opaque;
    for (const [name, child] of src.entries!) {
      const p = `${path === '/' ? '' : path}/${name}`;
      if (isHiddenPath(p, mounts)) continue;
      const n = fs.create(dst, name, { type: child.type, mode: child.mode, uid: child.uid, gid: child.gid, target: child.target, rdev: child.rdev });
      n.data = child.data;
      n.mtime = child.mtime;
      n.atime = child.atime;
      if (child.type === 'file') size += child.data.length;
      if (child.type === 'dir') copy(child, n, p);
    }
  };
  copy(c.upper.rootInode, fs.rootInode, '/');
  return { fs, size };
}
