import { type Inode, MemFs } from '../../kernel/fs/memfs.ts';
import { END, type TarEntry, writeEntry } from './ustar.ts';

const WH = '.wh.';
const OPAQUE = '.wh..wh..opq';
const TYPE: Record<string, string> = { file: '0', symlink: '2', chr: '3', blk: '4', dir: '5', fifo: '6' };

const isWhiteout = (n: Inode) => n.type === 'chr' && n.rdev === 0;
const secs = (ms: number) => Math.floor(ms / 1000);

/**
 * A layer's diff as the overlay2 driver exports it (pkg/archive with the overlay whiteout
 * converter): entries in lexical walk order without a leading `./`, directories with a trailing
 * slash, whiteout devices as `.wh.<name>`, opaque directories marked by `.wh..wh..opq`, later
 * names of a multiply linked inode as hard links to the first.
 */
export function layerTar(fs: MemFs): string {
  const out: string[] = [];
  const seen = new Map<Inode, string>();
  const walk = (dir: Inode, prefix: string) => {
    for (const name of [...dir.entries!.keys()].sort()) {
      const n = dir.entries!.get(name)!;
      const path = `${prefix}${name}`;
      const base = { mode: n.mode, uid: n.uid, gid: n.gid, mtime: secs(n.mtime), linkname: '', data: '', devmajor: 0, devminor: 0 };
      if (isWhiteout(n)) {
        writeEntry(out, { ...base, name: `${prefix}${WH}${name}`, type: '0', mode: 0o600 });
        continue;
      }
      if (n.type === 'dir') {
        writeEntry(out, { ...base, name: `${path}/`, type: '5' });
        if (n.opaque) writeEntry(out, { ...base, name: `${path}/${OPAQUE}`, type: '0', mode: 0o600 });
        walk(n, `${path}/`);
        continue;
      }
      const first = seen.get(n);
      if (first !== undefined) {
        writeEntry(out, { ...base, name: path, type: '1', linkname: first });
        continue;
      }
      if (n.nlink > 1) seen.set(n, path);
      writeEntry(out, {
        ...base, name: path, type: TYPE[n.type] ?? '0', linkname: n.type === 'symlink' ? n.target : '', data: n.type === 'file' ? n.data : '',
        devmajor: n.rdev >> 8, devminor: n.rdev & 0xff,
      });
    }
  };
  walk(fs.rootInode, '');
  out.push(END);
  return out.join('');
}

/** Bytes a layer accounts for: its regular files' contents (what the engine's DiffSize adds up). */
export function tarContentSize(entries: TarEntry[]): number {
  return entries.reduce((n, e) => n + (e.type === '0' && !e.name.split('/').pop()!.startsWith(WH) ? e.data.length : 0), 0);
}

const clean = (name: string) => name.split('/').filter((p) => p !== '' && p !== '.');

/** Applies a layer tar to a fresh MemFs: whiteout files become 0/0 devices, `.wh..wh..opq` opaque dirs. */
export function memFsFromTar(entries: TarEntry[], dev: number, now: () => number): MemFs {
  const fs = new MemFs({ fstype: 'overlay', dev, now });
  const dirOf = (parts: string[]): Inode => {
    let d = fs.rootInode;
    for (const p of parts) {
      let next = d.entries!.get(p);
      if (!next || next.type !== 'dir') {
        if (next) d.entries!.delete(p);
        next = fs.create(d, p, { type: 'dir', mode: 0o755, uid: 0, gid: 0 });
      }
      d = next;
    }
    return d;
  };
  const byPath = new Map<string, Inode>();
  const dirTimes: [Inode, number][] = [];
  for (const e of entries) {
    const parts = clean(e.name);
    if (parts.length === 0) {
      Object.assign(fs.rootInode, { mode: e.mode, uid: e.uid, gid: e.gid });
      dirTimes.push([fs.rootInode, e.mtime * 1000]);
      continue;
    }
    const name = parts.pop()!;
    const dir = dirOf(parts);
    if (name === OPAQUE) {
      dir.opaque = true;
      continue;
    }
    const old = dir.entries!.get(name.startsWith(WH) ? name.slice(WH.length) : name);
    if (old && !(old.type === 'dir' && e.type === '5')) {
      dir.entries!.delete(name.startsWith(WH) ? name.slice(WH.length) : name);
      old.nlink--;
    }
    let n: Inode;
    if (name.startsWith(WH)) {
      n = fs.create(dir, name.slice(WH.length), { type: 'chr', mode: 0, uid: e.uid, gid: e.gid, rdev: 0 });
    } else if (e.type === '1') {
      const target = byPath.get(clean(e.linkname).join('/'));
      if (!target) continue;
      fs.link(dir, name, target);
      continue;
    } else if (e.type === '5') {
      n = old?.type === 'dir' ? old : fs.create(dir, name, { type: 'dir', mode: e.mode, uid: e.uid, gid: e.gid });
      Object.assign(n, { mode: e.mode, uid: e.uid, gid: e.gid });
      dirTimes.push([n, e.mtime * 1000]);
    } else {
      const kinds: Record<string, 'symlink' | 'chr' | 'blk' | 'fifo' | 'file'> = { '2': 'symlink', '3': 'chr', '4': 'blk', '6': 'fifo' };
      const type: 'symlink' | 'chr' | 'blk' | 'fifo' | 'file' = kinds[e.type] ?? 'file';
      n = fs.create(dir, name, { type, mode: e.mode, uid: e.uid, gid: e.gid, target: type === 'symlink' ? e.linkname : undefined, rdev: e.devmajor * 256 + e.devminor });
      if (type === 'file') n.data = e.data;
    }
    n.mtime = n.atime = n.ctime = e.mtime * 1000;
    byPath.set([...parts, name].join('/'), n);
  }
  // Creating children touched their directories' times: the archive's own times win.
  for (const [d, t] of dirTimes) d.mtime = d.atime = d.ctime = t;
  return fs;
}
