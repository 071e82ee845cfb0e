import { Inode, MemFs } from '../kernel/fs/memfs.ts';
import type { FileType } from '../kernel/fs/types.ts';

/**
 * One inode as saved: directories list children by inode number, so hard links survive. Owner 0
 * and atime/ctime equal to mtime (most inodes) are left out to keep state files small.
 */
export interface SavedInode {
  i: number;
  t: FileType;
  m: number;
  u?: number;
  g?: number;
  at?: number;
  mt: number;
  ct?: number;
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
    const s: SavedInode = { i: n.ino, t: n.type, m: n.mode, mt: n.mtime };
    if (n.uid !== 0) s.u = n.uid;
    if (n.gid !== 0) s.g = n.gid;
    if (n.atime !== n.mtime) s.at = n.atime;
    if (n.ctime !== n.mtime) s.ct = n.ctime;
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
    const [uid, gid, atime, ctime] = [s.u ?? 0, s.g ?? 0, s.at ?? s.mt, s.ct ?? s.mt];
    const n = s.i === saved.root ? fs.rootInode : new Inode(s.i, s.t, s.m, uid, gid, atime, s.mt, ctime);
    n.mode = s.m;
    n.uid = uid;
    n.gid = gid;
    n.atime = atime;
    n.mtime = s.mt;
    n.ctime = ctime;
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
  // Overlays over this filesystem cache lookups by its generation (kernel/fs/overlayfs.ts).
  fs.gen++;
}
