import type { Inode, MemFs } from '../kernel/fs/memfs.ts';

/** Writes a directory tree straight into a MemFs (building root filesystems and image layers). */
export class TreeBuilder {
  constructor(readonly fs: MemFs) {}

  private walkDir(path: string, create: boolean): Inode {
    let n = this.fs.rootInode;
    for (const part of path.split('/').filter(Boolean)) {
      let next = n.entries!.get(part);
      if (!next) {
        if (!create) throw new Error(`no such directory ${path}`);
        next = this.fs.create(n, part, { type: 'dir', mode: 0o755, uid: 0, gid: 0 });
      }
      if (next.type === 'symlink') next = this.walkDir(resolveLink(path, part, next.target), create);
      n = next;
    }
    return n;
  }

  dir(path: string, mode = 0o755, uid = 0, gid = 0): this {
    const d = this.walkDir(path, true);
    d.mode = mode;
    d.uid = uid;
    d.gid = gid;
    return this;
  }

  file(path: string, content: string, mode = 0o644, uid = 0, gid = 0): this {
    const { dir, name } = this.split(path);
    const existing = dir.entries!.get(name);
    const n = existing ?? this.fs.create(dir, name, { type: 'file', mode, uid, gid });
    n.data = content;
    n.mode = mode;
    return this;
  }

  symlink(path: string, target: string): this {
    const { dir, name } = this.split(path);
    if (!dir.entries!.has(name)) this.fs.create(dir, name, { type: 'symlink', mode: 0o777, uid: 0, gid: 0, target });
    return this;
  }

  device(path: string, type: 'chr' | 'blk', major: number, minor: number, mode = 0o666, gid = 0): this {
    const { dir, name } = this.split(path);
    if (!dir.entries!.has(name)) this.fs.create(dir, name, { type, mode, uid: 0, gid, rdev: major * 256 + minor });
    return this;
  }

  private split(path: string): { dir: Inode; name: string } {
    const i = path.lastIndexOf('/');
    return { dir: this.walkDir(path.slice(0, i) || '/', true), name: path.slice(i + 1) };
  }
}

function resolveLink(path: string, part: string, target: string): string {
  if (target.startsWith('/')) return target;
  const base = path.slice(0, path.indexOf(part)).replace(/\/$/, '');
  return `${base}/${target}`;
}
