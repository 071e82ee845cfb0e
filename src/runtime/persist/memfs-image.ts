import { Inode, MemFs } from '../kernel/fs/memfs.ts';
import type { FileType } from '../kernel/fs/types.ts';

/** One inode as saved: directories list children by inode number, so hard links survive. */
export interface SavedInode {
  i: number;
  t: FileType;
  m: number;
  u: number;
  g: number;
  at: number;
  mt: number;
  ct: number;
  d?: string;
  l?: string;
  r?: number;
  o?: 1;
  e?: [string, number][];
}

export interface SavedFs {
  root: number;
  nextIno: number;
  inodes: SavedInode[];
}

export function saveMemFs(fs: MemFs): SavedFs {
  const seen = new Map<Inode, SavedInode>();
  const visit = (n: Inode): void => {
    if (seen.has(n)) return;
    const s: SavedInode = { i: n.ino, t: n.type, m: n.mode, u: n.uid, g: n.gid, at: n.atime, mt: n.mtime, ct: n.ctime };
    if (n.type === 'file' && n.data) s.d = n.data;
    if (n.type === 'symlink') s.l = n.target;
    if (n.rdev) s.r = n.rdev;
    if (n.opaque) s.o = 1;
    seen.set(n, s);
    if (n.entries) {
      s.e = [...n.entries].map(([name, c]) => [name, c.ino]);
      for (const c of n.entries.values()) visit(c);
    }
  };
  visit(fs.rootInode);
  return { root: fs.rootInode.ino, nextIno: fs.peekNextIno(), inodes: [...seen.values()] };
}

/** Rebuilds the saved tree into an (empty) MemFs. */
export function loadMemFs(fs: MemFs, saved: SavedFs): void {
  const byIno = new Map<number, Inode>();
  for (const s of saved.inodes) {
    const n = s.i === saved.root ? fs.rootInode : new Inode(s.i, s.t, s.m, s.u, s.g, s.at, s.mt, s.ct);
    n.mode = s.m;
    n.uid = s.u;
    n.gid = s.g;
    n.atime = s.at;
    n.mtime = s.mt;
    n.ctime = s.ct;
    if (s.d !== undefined) n.data = s.d;
    if (s.l !== undefined) n.target = s.l;
    if (s.r !== undefined) n.rdev = s.r;
    n.opaque = s.o === 1;
    byIno.set(s.i, n);
  }
  for (const s of saved.inodes) {
    if (!s.e) continue;
    const dir = byIno.get(s.i)!;
    dir.entries!.clear();
    let subdirs = 0;
    for (const [name, ino] of s.e) {
      const child = byIno.get(ino);
      if (!child) throw new Error(`saved filesystem is inconsistent: inode ${ino} missing`);
      dir.entries!.set(name, child);
      if (child.type === 'dir') subdirs++;
    }
    dir.nlink = 2 + subdirs;
  }
  const links = new Map<Inode, number>();
  for (const s of saved.inodes) for (const [, ino] of s.e ?? []) {
    const c = byIno.get(ino)!;
    if (c.type !== 'dir') links.set(c, (links.get(c) ?? 0) + 1);
  }
  for (const [n, k] of links) n.nlink = k;
  fs.setNextIno(saved.nextIno);
}
