import { Inode, MemFs } from '../../kernel/fs/memfs.ts';
import type { Container } from './container.ts';

export interface Change {
  kind: 'A' | 'C' | 'D';
  path: string;
}

/**
 * Paths of the upper layer the engine never reports or commits: the files it bind-mounts from
 * outside the rootfs (so writes never reach the layer) and the kernel mounts runc puts over the
 * init layer's directories. (Volume and tmpfs mount points do show: runc creates them in the layer.)
 */
const HIDDEN = new Set(['/etc/hosts', '/etc/hostname', '/etc/resolv.conf', '/.dockerenv', '/dev', '/proc', '/sys']);

export const isHiddenPath = (path: string): boolean => {
  for (const h of HIDDEN) if (path === h || path.startsWith(`${h}/`)) return true;
  return false;
};

export const isWhiteout = (n: Inode): boolean => n.type === 'chr' && n.rdev === 0;

const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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

/** Names in the union of `layers` at `parts` (what a lower directory lists, whiteouts applied). */
function lowerChildren(layers: readonly MemFs[], parts: string[]): Map<string, Inode> {
  const out = new Map<string, Inode>();
  const gone = new Set<string>();
  for (const layer of layers) {
    let n: Inode | undefined = layer.rootInode;
    for (let i = 0; i < parts.length && n; i++) n = n.type === 'dir' ? n.entries!.get(parts[i]!) : undefined;
    if (!n || n.type !== 'dir') continue;
    for (const [name, child] of n.entries!) {
      if (out.has(name) || gone.has(name)) continue;
      if (isWhiteout(child)) gone.add(name);
      else out.set(name, child);
    }
    if (n.opaque) break;
  }
  return out;
}

/** The naive differ's statDifferent: type, mode, owner, rdev; and for non-directories size and mtime. */
function statDifferent(a: Inode, b: Inode): boolean {
  if (a.type !== b.type || a.mode !== b.mode || a.uid !== b.uid || a.gid !== b.gid || a.rdev !== b.rdev) return true;
  if (a.type === 'dir') return false;
  const size = (n: Inode) => (n.type === 'symlink' ? n.target.length : n.data.length);
  return size(a) !== size(b) || Math.floor(a.mtime / 1000) !== Math.floor(b.mtime / 1000);
}

/**
 * `docker diff`: overlay2 here uses the engine's naive differ (the merged container tree against
 * its init layer's tree). Only paths present in the upper dir can differ, so the walk follows it:
 * new paths are A (with everything below), changed attributes C, whiteouts and entries an opaque
 * directory hides D; a directory containing changes is reported C before them.
 */
export function containerChanges(c: Container): Change[] {
  const lowers = [c.init, ...c.image.layers.map((l) => l.fs).reverse()];
  const out: Change[] = [];
  const walk = (dir: Inode, parts: string[], old: Inode | null, added: boolean) => {
    const start = out.length;
    const here = `/${parts.join('/')}`;
    const kids = new Map([...dir.entries!].filter(([name]) => !isHiddenPath(here === '/' ? `/${name}` : `${here}/${name}`)));
    for (const name of [...kids.keys()].sort(byteOrder)) {
      const n = kids.get(name)!;
      const p = [...parts, name];
      const path = `/${p.join('/')}`;
      const below = old ? lowerNode(lowers, p) : null;
      if (isWhiteout(n)) {
        if (below) out.push({ kind: 'D', path });
        continue;
      }
      let childAdded = false;
      if (!below) {
        out.push({ kind: 'A', path });
        childAdded = true;
      } else if (statDifferent(below, n)) {
        out.push({ kind: 'C', path });
        childAdded = true;
      }
      if (n.type === 'dir') walk(n, p, below && below.type === 'dir' ? below : null, childAdded);
    }
    // An opaque directory hides everything its lower version held.
    if (old && dir.opaque) {
      for (const name of [...lowerChildren(lowers, parts).keys()].sort(byteOrder)) {
        if (!kids.has(name)) out.push({ kind: 'D', path: here === '/' ? `/${name}` : `${here}/${name}` });
      }
    }
    if (out.length > start && !added && parts.length > 0) out.splice(start, 0, { kind: 'C', path: here });
  };
  walk(c.upper.rootInode, [], c.init.rootInode, false);
  return out;
}

/**
 * A copy of the container's upper layer as a new read-only layer (what `docker commit` tars):
 * every entry including whiteouts and opaque markers, minus the paths the engine never commits.
 */
export function snapshotUpper(c: Container, fs: MemFs): { fs: MemFs; size: number } {
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
      if (isHiddenPath(p)) continue;
      const n = fs.create(dst, name, { type: child.type, mode: child.mode, uid: child.uid, gid: child.gid, target: child.target, rdev: child.rdev });
      n.data = child.data;
      n.mtime = child.mtime;
      n.atime = child.atime;
      if (child.type === 'file') size += child.data.length;
      else if (child.type === 'symlink') size += child.target.length;
      if (child.type === 'dir') copy(child, n, p);
    }
  };
  copy(c.upper.rootInode, fs.rootInode, '/');
  return { fs, size };
}
