import { FsError } from './errors.ts';
import { Inode, MemFs } from './memfs.ts';
import type { CreateSpec, Filesystem, NodeAttrs, NodeRef, SetAttr, Stat } from './types.ts';

/** What one layer holds at a path: the node, HIDDEN (whiteout or opaque dir above), or null (absent). */
const HIDDEN = Symbol('hidden');
type LayerHit = Inode | typeof HIDDEN | null;

const isWhiteout = (n: Inode): boolean => n.type === 'chr' && n.rdev === 0;

// Called for every path component of every lookup: no allocation on this path.
function walkLayer(layer: MemFs, parts: string[], count = parts.length): LayerHit {
  let n = layer.rootInode;
  for (let i = 0; i < count; i++) {
    if (n.type !== 'dir') return HIDDEN;
    const next = n.entries!.get(parts[i]!);
    if (!next) return n.opaque && i > 0 ? HIDDEN : null;
    if (isWhiteout(next)) return HIDDEN;
    n = next;
  }
  return n;
}

const split = (p: string): string[] => (p === '/' ? [] : p.slice(1).split('/'));
const join = (dir: string, name: string): string => (dir === '/' ? `/${name}` : `${dir}/${name}`);
const parentOf = (p: string): string => p.slice(0, p.lastIndexOf('/')) || '/';
const baseOf = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

/**
 * overlayfs as overlay2 uses it: read-only lower layers shared between containers, one writable
 * upper layer, whiteouts (char 0/0) for deletions and opaque dirs for replaced directories.
 * Nodes are merged paths; inode numbers are stable per path.
 */
export class OverlayFs implements Filesystem {
  readonly fstype = 'overlay';
  private readonly inos = new Map<string, number>();
  private nextIno = 2;

  constructor(
    readonly dev: number,
    /** Topmost first. Never written. */
    readonly lowers: readonly MemFs[],
    readonly upper: MemFs,
    /** Lowers from this index on never change (image layers), so lookups in them are memoized. */
    private readonly frozenFrom = lowers.length,
    /**
     * Path → what the frozen lowers hold there (found node, or null for hidden/missing); shared
     * by every overlay over the same frozen layers (all containers of one image).
     */
    private readonly frozenHits = new Map<string, Inode | null>(),
  ) {}

  private get layers(): MemFs[] {
    return [this.upper, ...this.lowers];
  }

  /** Path → merged node, valid while the writable layers' generations add up to `cacheGen`. */
  private readonly cache = new Map<string, Inode | null>();
  private cacheGen = -1;

  // A path walk asks for the same path several times (type, permission, lookup): answer from the cache.
  private top(path: string): Inode | null {
    let gen = this.upper.gen;
    for (let i = 0; i < this.frozenFrom; i++) gen += this.lowers[i]!.gen;
    if (gen !== this.cacheGen) {
      this.cache.clear();
      this.cacheGen = gen;
    }
    const hit = this.cache.get(path);
    if (hit !== undefined) return hit;
    const found = this.resolve(path);
    this.cache.set(path, found);
    return found;
  }

  private resolve(path: string): Inode | null {
    const parts = split(path);
    const up = walkLayer(this.upper, parts);
    if (up === HIDDEN) return null;
    if (up) return up;
    const lowers = this.lowers;
    for (let i = 0; i < this.frozenFrom; i++) {
      const hit = walkLayer(lowers[i]!, parts);
      if (hit === HIDDEN) return null;
      if (hit) return hit;
    }
    const memo = this.frozenHits.get(path);
    if (memo !== undefined) return memo;
    let found: Inode | null = null;
    for (let i = this.frozenFrom; i < lowers.length; i++) {
      const hit = walkLayer(lowers[i]!, parts);
      if (hit === HIDDEN) break;
      if (hit) {
        found = hit;
        break;
      }
    }
    this.frozenHits.set(path, found);
    return found;
  }

  private node(path: string): Inode {
    const n = this.top(path);
    if (!n) throw new FsError('ENOENT');
    return n;
  }

  /** True if some lower layer still shows `path` (so deleting it needs a whiteout). */
  private inLowers(path: string): boolean {
    const parts = split(path);
    const upperHit = walkLayer(this.upper, parts, parts.length - 1);
    if (upperHit && upperHit !== HIDDEN && upperHit.opaque) return false;
    for (const layer of this.lowers) {
      const hit = walkLayer(layer, parts);
      if (hit === HIDDEN) return false;
      if (hit) return true;
    }
    return false;
  }

  /** Copy `path` (and its parents) into the upper layer, as overlayfs does on first write. */
  private copyUp(path: string): Inode {
    const up = walkLayer(this.upper, split(path));
    if (up && up !== HIDDEN) return up;
    const src = this.node(path);
    const parent = path === '/' ? this.upper.rootInode : this.copyUp(parentOf(path));
    const copy = this.upper.create(parent, baseOf(path), {
      type: src.type, mode: src.mode, uid: src.uid, gid: src.gid, target: src.target, rdev: src.rdev,
    });
    copy.data = src.data;
    copy.atime = src.atime;
    copy.mtime = src.mtime;
    copy.ctime = src.ctime;
    parent.mtime = this.upper.now();
    return copy;
  }

  root(): string {
    return '/';
  }
  lookup(dir: NodeRef, name: string): string | null {
    const p = join(dir as string, name);
    return this.top(p) ? p : null;
  }
  attrs(node: NodeRef): NodeAttrs {
    return this.node(node as string);
  }
  stat(node: NodeRef): Stat {
    const p = node as string;
    const n = this.node(p);
    let ino = this.inos.get(p);
    if (ino === undefined) this.inos.set(p, (ino = this.nextIno++));
    const st = this.upper.stat(n);
    st.ino = ino;
    st.dev = this.dev;
    return st;
  }
  readdir(dir: NodeRef): string[] {
    const parts = split(dir as string);
    const names: string[] = [];
    const seen = new Set<string>();
    for (const layer of this.layers) {
      const hit = walkLayer(layer, parts);
      if (hit === HIDDEN) break;
      if (!hit) continue;
      if (hit.type !== 'dir') break;
      for (const [name, child] of hit.entries!) {
        if (seen.has(name)) continue;
        seen.add(name);
        if (!isWhiteout(child)) names.push(name);
      }
      if (hit.opaque) break;
    }
    return names;
  }
  read(node: NodeRef): string {
    return this.upper.read(this.node(node as string));
  }
  write(node: NodeRef, data: string, append: boolean): void {
    this.upper.write(this.copyUp(node as string), data, append);
  }
  readlink(node: NodeRef): string {
    return this.upper.readlink(this.node(node as string));
  }
  create(dir: NodeRef, name: string, spec: CreateSpec): string {
    const p = join(dir as string, name);
    if (this.top(p)) throw new FsError('EEXIST');
    const parent = this.copyUp(dir as string);
    const old = parent.entries!.get(name);
    const replacesLower = old !== undefined || this.inLowers(p);
    if (old) {
      this.upper.gen++;
      parent.entries!.delete(name);
    }
    const n = this.upper.create(parent, name, spec);
    // A new directory over a deleted lower one must not show the old contents.
    if (n.type === 'dir' && replacesLower) n.opaque = true;
    return p;
  }
  private remove(dir: string, name: string, isDir: boolean): void {
    const p = join(dir, name);
    const n = this.node(p);
    if (isDir && n.type !== 'dir') throw new FsError('ENOTDIR');
    if (!isDir && n.type === 'dir') throw new FsError('EISDIR');
    if (isDir && this.readdir(p).length > 0) throw new FsError('ENOTEMPTY');
    const needsWhiteout = this.inLowers(p);
    const parent = this.copyUp(dir);
    const up = parent.entries!.get(name);
    if (up) {
      this.upper.gen++;
      parent.entries!.delete(name);
      if (up.type === 'dir') parent.nlink--;
    }
    if (needsWhiteout) this.upper.create(parent, name, { type: 'chr', mode: 0, uid: 0, gid: 0, rdev: 0 });
    parent.mtime = parent.ctime = this.upper.now();
    this.inos.delete(p);
  }
  unlink(dir: NodeRef, name: string): void {
    this.remove(dir as string, name, false);
  }
  rmdir(dir: NodeRef, name: string): void {
    this.remove(dir as string, name, true);
  }
  rename(srcDir: NodeRef, srcName: string, dstDir: NodeRef, dstName: string): void {
    const from = join(srcDir as string, srcName);
    const to = join(dstDir as string, dstName);
    const n = this.node(from);
    // overlayfs without redirect_dir refuses to rename merged directories; mv then copies.
    if (n.type === 'dir' && this.inLowers(from)) throw new FsError('EXDEV');
    const target = this.top(to);
    if (target) this.remove(dstDir as string, dstName, target.type === 'dir');
    const moved = this.copyUp(from);
    const dst = this.copyUp(dstDir as string);
    const wasLower = this.inLowers(from);
    const srcParent = this.copyUp(srcDir as string);
    this.upper.gen++;
    srcParent.entries!.delete(srcName);
    dst.entries!.set(dstName, moved);
    if (wasLower) this.upper.create(srcParent, srcName, { type: 'chr', mode: 0, uid: 0, gid: 0, rdev: 0 });
    const ino = this.inos.get(from);
    this.inos.delete(from);
    if (ino !== undefined) this.inos.set(to, ino);
  }
  link(dir: NodeRef, name: string, target: NodeRef): void {
    const src = this.copyUp(target as string);
    this.upper.link(this.copyUp(dir as string), name, src);
  }
  setattr(node: NodeRef, attr: SetAttr): void {
    this.upper.setattr(this.copyUp(node as string), attr);
  }
  same(a: NodeRef, b: NodeRef): boolean {
    return a === b;
  }
}
