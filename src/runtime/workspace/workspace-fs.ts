import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { FsError, type Errno } from '../kernel/fs/errors.ts';
import type { CreateSpec, FileType, Filesystem, NodeRef, SetAttr, Stat } from '../kernel/fs/types.ts';

/**
 * The student's real workspace directory, mounted in the model (at /root). This is the only
 * code in the runtime that touches the real disk. Nodes are paths relative to the workspace
 * root, built from names the VFS already split: `..` and `/` never reach here, and symlinks are
 * returned as links for the model to resolve, so nothing outside the workspace is ever opened.
 */
export class WorkspaceFs implements Filesystem {
  readonly fstype = 'ext4';
  private readonly inoMap = new Map<string, number>();
  private nextIno = 100000;
  /** Ownership set with chown in the model (the real files keep the student's own). */
  private readonly owners = new Map<string, { uid: number; gid: number }>();

  constructor(
    readonly dev: number,
    private readonly rootDir: string,
    private readonly now: () => number,
  ) {
    this.rootDir = nodePath.resolve(rootDir);
  }

  private real(rel: string): string {
    if (rel.split('/').some((c) => c === '..' || c === '.')) throw new FsError('EACCES');
    return rel === '' ? this.rootDir : nodePath.join(this.rootDir, rel);
  }

  private guard<T>(f: () => T): T {
    try {
      return f();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code && code in ERRNO) throw new FsError(ERRNO[code]!);
      throw e;
    }
  }

  root(): string {
    return '';
  }
  lookup(dir: NodeRef, name: string): string | null {
    if (name.includes('/') || name === '..' || name === '.') throw new FsError('EINVAL');
    const rel = dir === '' ? name : `${dir as string}/${name}`;
    try {
      fs.lstatSync(this.real(rel));
      return rel;
    } catch {
      return null;
    }
  }
  stat(node: NodeRef): Stat {
    const rel = node as string;
    const s = this.guard(() => fs.lstatSync(this.real(rel)));
    const key = `${s.dev}:${s.ino}`;
    let ino = this.inoMap.get(key);
    if (ino === undefined) this.inoMap.set(key, (ino = this.nextIno++));
    const own = this.owners.get(rel);
    return {
      type: typeOf(s), mode: s.mode & 0o7777, uid: own?.uid ?? 0, gid: own?.gid ?? 0,
      size: s.isDirectory() ? 4096 : s.size, nlink: s.nlink, ino, dev: this.dev, rdev: 0,
      atime: s.atimeMs, mtime: s.mtimeMs, ctime: s.ctimeMs,
    };
  }
  readdir(dir: NodeRef): string[] {
    return this.guard(() => fs.readdirSync(this.real(dir as string)));
  }
  read(node: NodeRef): string {
    const p = this.real(node as string);
    return this.guard(() => {
      if (fs.lstatSync(p).isDirectory()) throw new FsError('EISDIR');
      const fd = fs.openSync(p, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
      try {
        return fs.readFileSync(fd).toString('latin1');
      } finally {
        fs.closeSync(fd);
      }
    });
  }
  write(node: NodeRef, data: string, append: boolean): void {
    const p = this.real(node as string);
    this.guard(() => {
      const flags = fs.constants.O_WRONLY | fs.constants.O_NOFOLLOW | (append ? fs.constants.O_APPEND : fs.constants.O_TRUNC);
      const fd = fs.openSync(p, flags);
      try {
        fs.writeSync(fd, Buffer.from(data, 'latin1'));
      } finally {
        fs.closeSync(fd);
      }
      this.touch(p);
    });
  }
  /** Files written by the model get virtual-clock times, so output stays deterministic. */
  private touch(p: string): void {
    const t = this.now() / 1000;
    fs.utimesSync(p, t, t);
  }
  readlink(node: NodeRef): string {
    return this.guard(() => fs.readlinkSync(this.real(node as string)));
  }
  create(dir: NodeRef, name: string, spec: CreateSpec): string {
    const rel = dir === '' ? name : `${dir as string}/${name}`;
    const p = this.real(rel);
    this.guard(() => {
      if (spec.type === 'dir') fs.mkdirSync(p, { mode: spec.mode });
      else if (spec.type === 'file') fs.writeFileSync(p, '', { mode: spec.mode, flag: 'wx' });
      else if (spec.type === 'symlink') fs.symlinkSync(spec.target ?? '', p);
      else throw new FsError('EPERM');
      if (spec.type !== 'symlink') fs.chmodSync(p, spec.mode);
      if (spec.type !== 'symlink') this.touch(p);
    });
    if (spec.uid !== 0 || spec.gid !== 0) this.owners.set(rel, { uid: spec.uid, gid: spec.gid });
    return rel;
  }
  unlink(dir: NodeRef, name: string): void {
    const p = this.real(dir === '' ? name : `${dir as string}/${name}`);
    this.guard(() => {
      if (fs.lstatSync(p).isDirectory()) throw new FsError('EISDIR');
      fs.unlinkSync(p);
    });
  }
  rmdir(dir: NodeRef, name: string): void {
    this.guard(() => fs.rmdirSync(this.real(dir === '' ? name : `${dir as string}/${name}`)));
  }
  rename(srcDir: NodeRef, srcName: string, dstDir: NodeRef, dstName: string): void {
    const a = this.real(srcDir === '' ? srcName : `${srcDir as string}/${srcName}`);
    const b = this.real(dstDir === '' ? dstName : `${dstDir as string}/${dstName}`);
    this.guard(() => fs.renameSync(a, b));
  }
  link(dir: NodeRef, name: string, target: NodeRef): void {
    this.guard(() => fs.linkSync(this.real(target as string), this.real(dir === '' ? name : `${dir as string}/${name}`)));
  }
  setattr(node: NodeRef, attr: SetAttr): void {
    const rel = node as string;
    const p = this.real(rel);
    this.guard(() => {
      if (attr.mode !== undefined && !fs.lstatSync(p).isSymbolicLink()) fs.chmodSync(p, attr.mode & 0o7777);
      if (attr.size !== undefined) fs.truncateSync(p, attr.size);
      if (attr.atime !== undefined || attr.mtime !== undefined) {
        const s = fs.lstatSync(p);
        fs.utimesSync(p, (attr.atime ?? s.atimeMs) / 1000, (attr.mtime ?? s.mtimeMs) / 1000);
      }
    });
    if (attr.uid !== undefined || attr.gid !== undefined) {
      const own = this.owners.get(rel) ?? { uid: 0, gid: 0 };
      this.owners.set(rel, { uid: attr.uid ?? own.uid, gid: attr.gid ?? own.gid });
    }
  }
  same(a: NodeRef, b: NodeRef): boolean {
    return a === b;
  }
}

function typeOf(s: fs.Stats): FileType {
  if (s.isDirectory()) return 'dir';
  if (s.isSymbolicLink()) return 'symlink';
  if (s.isFIFO()) return 'fifo';
  if (s.isSocket()) return 'sock';
  if (s.isCharacterDevice()) return 'chr';
  if (s.isBlockDevice()) return 'blk';
  return 'file';
}

const ERRNO: Record<string, Errno> = {
  ENOENT: 'ENOENT', EEXIST: 'EEXIST', ENOTDIR: 'ENOTDIR', EISDIR: 'EISDIR', ENOTEMPTY: 'ENOTEMPTY', EACCES: 'EACCES',
  EPERM: 'EPERM', EROFS: 'EROFS', ELOOP: 'ELOOP', EINVAL: 'EINVAL', EXDEV: 'EXDEV', EBUSY: 'EBUSY', ENOSPC: 'ENOSPC',
  ENAMETOOLONG: 'ENAMETOOLONG',
};
