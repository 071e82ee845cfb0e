import { FsError } from '../fs/errors.ts';
import type { CreateSpec, Filesystem, NodeRef, SetAttr, Stat } from '../fs/types.ts';
import type { Cgroup } from './cgroup.ts';
import type { ControlFile } from './controller.ts';
import type { CgroupHierarchy } from './hierarchy.ts';

/** A handle on a cgroup directory, or on one of its control files. */
interface CgNode {
  cg: Cgroup;
  file: ControlFile | null;
}

/**
 * The filesystem of one cgroup hierarchy (kernfs as cgroup drives it): directories are cgroups,
 * mkdir/rmdir create and remove them, files are control files rendered on every read and
 * applied on every write. Nothing else may be created: regular files are EACCES, other nodes
 * and unlinks EPERM, as kernfs has no such operations.
 */
export class CgroupFs implements Filesystem {
  readonly fstype: string;
  private readonly inodes = new WeakMap<Cgroup, Map<string, number>>();
  /** kernfs numbers its root 1. */
  private nextIno = 1;

  constructor(
    readonly hierarchy: CgroupHierarchy,
    readonly dev: number,
  ) {
    this.fstype = hierarchy.version === 2 ? 'cgroup2' : 'cgroup';
  }

  private get kernel() {
    return this.hierarchy.sys.kernel;
  }

  root(): CgNode {
    return { cg: this.hierarchy.root, file: null };
  }

  /** The node of a cgroup path, for bind-mounting a container's own cgroup (as runc does). */
  nodeAt(path: string): CgNode | null {
    const cg = this.hierarchy.find(path);
    return cg ? { cg, file: null } : null;
  }

  private dirOf(node: NodeRef): Cgroup {
    const n = node as CgNode;
    if (n.file) throw new FsError('ENOTDIR');
    return n.cg;
  }

  lookup(dir: NodeRef, name: string): CgNode | null {
    const cg = this.dirOf(dir);
    if (cg.removed) return null;
    const child = cg.children.get(name);
    if (child) return { cg: child, file: null };
    const file = this.hierarchy.file(cg, name);
    return file ? { cg, file } : null;
  }

  private ino(cg: Cgroup, name: string): number {
    let m = this.inodes.get(cg);
    if (!m) this.inodes.set(cg, (m = new Map()));
    let ino = m.get(name);
    if (ino === undefined) m.set(name, (ino = this.nextIno++));
    return ino;
  }

  stat(node: NodeRef): Stat {
    const { cg, file } = node as CgNode;
    const base = { size: 0, dev: this.dev, rdev: 0, ctime: cg.ctime };
    if (!file) {
      return { ...base, type: 'dir', mode: cg.mode, uid: cg.uid, gid: cg.gid, nlink: 2 + cg.children.size, ino: this.ino(cg, ''), atime: cg.atime, mtime: cg.mtime };
    }
    const a = cg.fileAttrs.get(file.name) ?? {};
    return {
      ...base, type: 'file', mode: a.mode ?? file.mode, uid: a.uid ?? cg.uid, gid: a.gid ?? cg.gid, nlink: 1,
      ino: this.ino(cg, file.name), atime: a.atime ?? cg.ctime, mtime: a.mtime ?? cg.ctime,
    };
  }

  readdir(dir: NodeRef): string[] {
    const cg = this.dirOf(dir);
    if (cg.removed) return [];
    return [...this.hierarchy.files(cg).map((f) => f.name), ...cg.children.keys()];
  }

  read(node: NodeRef): string {
    const { cg, file } = node as CgNode;
    if (!file) throw new FsError('EISDIR');
    if (cg.removed) throw new FsError('ENODEV');
    if (!file.read) throw new FsError('EINVAL');
    return file.read({ cg, sys: this.hierarchy.sys, caller: this.kernel.current });
  }

  /**
   * One write(2). The empty write the VFS makes for O_TRUNC is not passed on (kernfs ignores
   * truncation). cgroup files all open for writing (root passes the mode check); a file without
   * a write handler then fails the write itself with EINVAL (cgroup_file_write).
   */
  write(node: NodeRef, data: string): void {
    const { cg, file } = node as CgNode;
    if (!file) throw new FsError('EISDIR');
    if (data === '') return;
    if (cg.removed) throw new FsError('ENODEV');
    if (!file.write) throw new FsError('EINVAL');
    file.write({ cg, sys: this.hierarchy.sys, caller: this.kernel.current }, data);
  }

  readlink(): string {
    throw new FsError('EINVAL');
  }

  create(dir: NodeRef, name: string, spec: CreateSpec): CgNode {
    const parent = this.dirOf(dir);
    if (spec.type === 'file') throw new FsError('EACCES');
    if (spec.type !== 'dir') throw new FsError('EPERM');
    return { cg: this.hierarchy.mkdir(parent, name, spec.mode, spec.uid, spec.gid), file: null };
  }

  unlink(dir: NodeRef, name: string): void {
    const cg = this.dirOf(dir);
    if (cg.children.has(name)) throw new FsError('EISDIR');
    if (!this.hierarchy.file(cg, name)) throw new FsError('ENOENT');
    throw new FsError('EPERM');
  }

  rmdir(dir: NodeRef, name: string): void {
    const cg = this.dirOf(dir);
    const child = cg.children.get(name);
    if (!child) throw new FsError(this.hierarchy.file(cg, name) ? 'ENOTDIR' : 'ENOENT');
    this.hierarchy.rmdir(child);
  }

  /** cgroup1_rename(): a cgroup may be renamed in place; cgroup2 has no rename at all. */
  rename(srcDir: NodeRef, srcName: string, dstDir: NodeRef, dstName: string): void {
    const from = this.dirOf(srcDir);
    const to = this.dirOf(dstDir);
    if (this.hierarchy.version === 2) throw new FsError('EPERM');
    const child = from.children.get(srcName);
    if (!child) throw new FsError(this.hierarchy.file(from, srcName) ? 'ENOTDIR' : 'ENOENT');
    if (from !== to) throw new FsError('EIO');
    this.hierarchy.rename(child, dstName);
  }

  link(): void {
    throw new FsError('EPERM');
  }

  /** kernfs keeps mode, owner and times set by chmod/chown/touch; a size change is ignored. */
  setattr(node: NodeRef, attr: SetAttr): void {
    const { cg, file } = node as CgNode;
    const now = this.hierarchy.sys.now();
    if (!file) {
      if (attr.mode !== undefined) cg.mode = attr.mode & 0o7777;
      if (attr.uid !== undefined) cg.uid = attr.uid;
      if (attr.gid !== undefined) cg.gid = attr.gid;
      if (attr.atime !== undefined) cg.atime = attr.atime;
      if (attr.mtime !== undefined) cg.mtime = attr.mtime;
      cg.ctime = now;
      return;
    }
    const a = { ...(cg.fileAttrs.get(file.name) ?? {}) };
    if (attr.mode !== undefined) a.mode = attr.mode & 0o7777;
    if (attr.uid !== undefined) a.uid = attr.uid;
    if (attr.gid !== undefined) a.gid = attr.gid;
    if (attr.atime !== undefined) a.atime = attr.atime;
    if (attr.mtime !== undefined) a.mtime = attr.mtime;
    cg.fileAttrs.set(file.name, a);
  }

  same(a: NodeRef, b: NodeRef): boolean {
    const x = a as CgNode;
    const y = b as CgNode;
    return x.cg === y.cg && x.file?.name === y.file?.name;
  }
}
