export type FileType = 'file' | 'dir' | 'symlink' | 'chr' | 'blk' | 'fifo' | 'sock';

/** What stat(2) reports. Times are milliseconds of the virtual clock. */
export interface Stat {
  type: FileType;
  mode: number; // permission bits incl. setuid/setgid/sticky (07777)
  uid: number;
  gid: number;
  size: number;
  nlink: number;
  ino: number;
  dev: number;
  rdev: number;
  atime: number;
  mtime: number;
  ctime: number;
}

export interface CreateSpec {
  type: FileType;
  mode: number;
  uid: number;
  gid: number;
  target?: string;
  rdev?: number;
}

export interface SetAttr {
  mode?: number;
  uid?: number;
  gid?: number;
  atime?: number;
  mtime?: number;
  size?: number;
}

/** An opaque handle a filesystem hands out for one of its nodes. */
export type NodeRef = object | string;

/**
 * A mounted filesystem. Path walking, symlinks, `..` and mounts are the VFS's job;
 * a filesystem only answers per-node questions. Data is a byte string (one char per byte).
 */
/** What a path walk needs of a node; an Inode or a Stat satisfies it. */
export interface NodeAttrs {
  readonly type: FileType;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
}

/** A node's attributes, cheaply where the filesystem allows. */
export const attrsOf = (fs: Filesystem, node: NodeRef): NodeAttrs => (fs.attrs ? fs.attrs(node) : fs.stat(node));

export interface Filesystem {
  readonly fstype: string;
  readonly dev: number;
  root(): NodeRef;
  lookup(dir: NodeRef, name: string): NodeRef | null;
  stat(node: NodeRef): Stat;
  /**
   * The permission-relevant attributes without building a Stat: path walks ask this of every
   * directory they cross, so filesystems that hold inodes return them as they are.
   */
  attrs?(node: NodeRef): NodeAttrs;
  readdir(dir: NodeRef): string[];
  read(node: NodeRef): string;
  write(node: NodeRef, data: string, append: boolean): void;
  readlink(node: NodeRef): string;
  create(dir: NodeRef, name: string, spec: CreateSpec): NodeRef;
  unlink(dir: NodeRef, name: string): void;
  rmdir(dir: NodeRef, name: string): void;
  rename(srcDir: NodeRef, srcName: string, dstDir: NodeRef, dstName: string): void;
  link(dir: NodeRef, name: string, target: NodeRef): void;
  setattr(node: NodeRef, attr: SetAttr): void;
  /** Same node? Needed because handles may be re-created per lookup. */
  same(a: NodeRef, b: NodeRef): boolean;
}

export const S_IFMT: Record<FileType, number> = {
  file: 0o100000,
  dir: 0o040000,
  symlink: 0o120000,
  chr: 0o020000,
  blk: 0o060000,
  fifo: 0o010000,
  sock: 0o140000,
};
