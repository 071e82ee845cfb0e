import { FsError } from './errors.ts';
import { Inode, MemFs } from './memfs.ts';
import type { CreateSpec, Filesystem, NodeRef, SetAttr, Stat } from './types.ts';

/** Result of walking one layer for a path: found, hidden by a whiteout/opaque dir, or simply absent. */
type LayerHit = { kind: 'found'; node: Inode } | { kind: 'hidden' } | { kind: 'missing' };

const isWhiteout = (n: Inode): boolean => n.type === 'chr' && n.rdev === 0;

function walkLayer(layer: MemFs, parts: string[]): LayerHit {
  let n = layer.rootInode;
  for (let i = 0; i < parts.length; i++) {
    if (n.type !== 'dir') return { kind: 'hidden' };
    const next = n.entries!.get(parts[i]!);
    if (!next) return n.opaque && i > 0 ? { kind: 'hidden' } : { kind: 'missing' };
    if (isWhiteout(next)) return { kind: 'hidden' };
    n = next;
  }
  return { kind: 'found', node: n };
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

  private top(path: string): Inode | null {
    const parts = split(path);
    const layers = this.layers;
    const frozen = this.frozenFrom + 1;
    for (let i = 0; i < layers.length && i < frozen; i++) {
      const hit = walkLayer(layers[i]!, parts);
      if (hit.kind === 'found') return hit.node;
      if (hit.kind === 'hidden') return null;
    }
    const memo = this.frozenHits.get(path);
    if (memo !== undefined) return memo;
    let found: Inode | null = null;
    for (let i = frozen; i < layers.length; i++) {
      const hit = walkLayer(layers[i]!, parts);
      if (hit.kind === 'found') {
        found = hit.node;
        break;
      }
      if (hit.kind === 'hidden') break;
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
    const upperHit = walkLayer(this.upper, parts.slice(0, -1));
    if (upperHit.kind === 'found' && upperHit.node.opaque) return false;
    for (const layer of this.lowers) {
      const hit = walkLayer(layer, parts);
      if (hit.kind === 'found') return true;
      if (hit.kind === 'hidden') return false;
    }
    return false;
  }

  /** Copy `path` (and its parents) into the upper layer, as overlayfs does on first write. */
  private copyUp(path: string): Inode {
    const up = walkLayer(this.upper, split(path));
    if (up.kind === 'found') return up.node;
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
  stat(node: NodeRef): Stat {
    const p = node as string;
    const n = this.node(p);
    let ino = this.inos.get(p);
    if (ino === undefined) this.inos.set(p, (ino = this.nextIno++));
    const st = this.upper.stat(n);
    return { ...st, ino, dev: this.dev };
  }
  readdir(dir: NodeRef): string[] {
    const parts = split(dir as string);
    const names: string[] = [];
    const seen = new Set<string>();
    for (const layer of this.layers) {
      const hit = walkLayer(layer, parts);
      if (hit.kind === 'hidden') break;
      if (hit.kind === 'missing') continue;
      if (hit.node.type !== 'dir') break;
      for (const [name, child] of hit.node.entries!) {
        if (seen.has(name)) continue;
        seen.add(name);
        if (!isWhiteout(child)) names.push(name);
      }
      if (hit.node.opaque) break;
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
    if (old) parent.entries!.delete(name);
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
