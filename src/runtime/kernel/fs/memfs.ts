import { FsError } from './errors.ts';
import type { CreateSpec, FileType, Filesystem, NodeAttrs, NodeRef, SetAttr, Stat } from './types.ts';

/** One inode of an in-memory filesystem. Directory entries keep insertion order; readers sort. */
export class Inode {
  nlink = 1;
  data = '';
  entries: Map<string, Inode> | undefined;
  target = '';
  rdev = 0;
  /** overlayfs: this directory hides everything below it in lower layers. */
  opaque = false;
  constructor(
    readonly ino: number,
    readonly type: FileType,
    public mode: number,
    public uid: number,
    public gid: number,
    public atime: number,
    public mtime: number,
    public ctime: number,
  ) {
    if (type === 'dir') {
      this.entries = new Map();
      this.nlink = 2;
    }
  }
}

export interface MemFsOptions {
  fstype?: string;
  dev: number;
  now: () => number;
  readonly?: boolean;
}

/** tmpfs-like filesystem: the base of the host's root, image layers and container upper dirs. */
export class MemFs implements Filesystem {
  readonly fstype: string;
  readonly dev: number;
  readonly now: () => number;
  private nextIno = 2;
  readonly rootInode: Inode;
  /**
   * Bumped by every change to a directory's entries made through this object, so overlays over
   * it know when their path cache is stale. Code that edits `entries` directly must bump it too.
   */
  gen = 0;

  constructor(opts: MemFsOptions) {
    this.fstype = opts.fstype ?? 'tmpfs';
    this.dev = opts.dev;
    this.now = opts.now;
    const t = this.now();
    this.rootInode = new Inode(this.nextIno++, 'dir', 0o755, 0, 0, t, t, t);
  }

  root(): Inode {
    return this.rootInode;
  }
  peekNextIno(): number {
    return this.nextIno;
  }
  setNextIno(n: number): void {
    this.nextIno = n;
  }
  lookup(dir: NodeRef, name: string): Inode | null {
    return asDir(dir).entries!.get(name) ?? null;
  }
  attrs(node: NodeRef): NodeAttrs {
    return node as Inode;
  }
  stat(node: NodeRef): Stat {
    const n = node as Inode;
    return {
      type: n.type, mode: n.mode, uid: n.uid, gid: n.gid, size: sizeOf(n), nlink: n.nlink, ino: n.ino,
      dev: this.dev, rdev: n.rdev, atime: n.atime, mtime: n.mtime, ctime: n.ctime,
    };
  }
  readdir(dir: NodeRef): string[] {
    return [...asDir(dir).entries!.keys()];
  }
  read(node: NodeRef): string {
    const n = node as Inode;
    if (n.type === 'dir') throw new FsError('EISDIR');
    return n.data;
  }
  write(node: NodeRef, data: string, append: boolean): void {
    const n = node as Inode;
    if (n.type === 'dir') throw new FsError('EISDIR');
    n.data = append ? n.data + data : data;
    n.mtime = n.ctime = this.now();
  }
  readlink(node: NodeRef): string {
    const n = node as Inode;
    if (n.type !== 'symlink') throw new FsError('EINVAL');
    return n.target;
  }
  create(dir: NodeRef, name: string, spec: CreateSpec): Inode {
    const d = asDir(dir);
    if (d.entries!.has(name)) throw new FsError('EEXIST');
    const t = this.now();
    const n = new Inode(this.nextIno++, spec.type, spec.mode, spec.uid, spec.gid, t, t, t);
    if (spec.target !== undefined) n.target = spec.target;
    if (spec.rdev !== undefined) n.rdev = spec.rdev;
    this.gen++;
    d.entries!.set(name, n);
    if (n.type === 'dir') d.nlink++;
    d.mtime = d.ctime = t;
    return n;
  }
  unlink(dir: NodeRef, name: string): void {
    const d = asDir(dir);
    const n = d.entries!.get(name);
    if (!n) throw new FsError('ENOENT');
    if (n.type === 'dir') throw new FsError('EISDIR');
    this.gen++;
    d.entries!.delete(name);
    n.nlink--;
    d.mtime = d.ctime = this.now();
  }
  rmdir(dir: NodeRef, name: string): void {
    const d = asDir(dir);
    const n = d.entries!.get(name);
    if (!n) throw new FsError('ENOENT');
    if (n.type !== 'dir') throw new FsError('ENOTDIR');
    if (n.entries!.size > 0) throw new FsError('ENOTEMPTY');
    this.gen++;
    d.entries!.delete(name);
    d.nlink--;
    d.mtime = d.ctime = this.now();
  }
  rename(srcDir: NodeRef, srcName: string, dstDir: NodeRef, dstName: string): void {
    const s = asDir(srcDir);
    const d = asDir(dstDir);
    const n = s.entries!.get(srcName);
    if (!n) throw new FsError('ENOENT');
    const existing = d.entries!.get(dstName);
    if (existing === n) return;
    if (existing) {
      if (existing.type === 'dir' && n.type !== 'dir') throw new FsError('EISDIR');
      if (existing.type !== 'dir' && n.type === 'dir') throw new FsError('ENOTDIR');
      if (existing.type === 'dir' && existing.entries!.size > 0) throw new FsError('ENOTEMPTY');
      if (existing.type === 'dir') d.nlink--;
    }
    this.gen++;
    s.entries!.delete(srcName);
    d.entries!.set(dstName, n);
    if (n.type === 'dir' && s !== d) {
      s.nlink--;
      d.nlink++;
    }
    const t = this.now();
    s.mtime = s.ctime = d.mtime = d.ctime = n.ctime = t;
  }
  link(dir: NodeRef, name: string, target: NodeRef): void {
    const d = asDir(dir);
    const n = target as Inode;
    if (n.type === 'dir') throw new FsError('EPERM');
    if (d.entries!.has(name)) throw new FsError('EEXIST');
    this.gen++;
    d.entries!.set(name, n);
    n.nlink++;
    n.ctime = d.mtime = d.ctime = this.now();
  }
  setattr(node: NodeRef, attr: SetAttr): void {
    const n = node as Inode;
    if (attr.mode !== undefined) n.mode = attr.mode & 0o7777;
    if (attr.uid !== undefined) n.uid = attr.uid;
    if (attr.gid !== undefined) n.gid = attr.gid;
    if (attr.atime !== undefined) n.atime = attr.atime;
    if (attr.mtime !== undefined) n.mtime = attr.mtime;
    if (attr.size !== undefined) {
      n.data = attr.size <= n.data.length ? n.data.slice(0, attr.size) : n.data.padEnd(attr.size, '\0');
      n.mtime = this.now();
    }
    n.ctime = this.now();
  }
  same(a: NodeRef, b: NodeRef): boolean {
    return a === b;
  }
}

function asDir(node: NodeRef): Inode {
  const n = node as Inode;
  if (n.type !== 'dir') throw new FsError('ENOTDIR');
  return n;
}

function sizeOf(n: Inode): number {
  if (n.type === 'dir') return 4096;
  if (n.type === 'symlink') return n.target.length;
  return n.data.length;
}
