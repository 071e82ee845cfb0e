import type { Inode, MemFs } from '../../kernel/fs/memfs.ts';
import type { Stat } from '../../kernel/fs/types.ts';
import type { Vfs } from '../../kernel/fs/vfs.ts';
import { decodeArchive, encodeEntry, type TarEntry } from '../../shell/applets/fileops/tar-format.ts';

const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const TYPE: Record<string, TarEntry['type']> = { file: '0', symlink: '2', chr: '3', blk: '4', dir: '5', fifo: '6' };

function entryOf(name: string, st: Pick<Stat, 'type' | 'mode' | 'uid' | 'gid' | 'mtime' | 'rdev'>, data: string, linkname: string): TarEntry {
  return {
    name: st.type === 'dir' ? `${name}/` : name, mode: st.mode, uid: st.uid, gid: st.gid, size: st.type === 'file' ? data.length : 0,
    mtime: Math.floor(st.mtime / 1000), type: TYPE[st.type] ?? '0', linkname, uname: st.uid === 0 ? 'root' : '',
    gname: st.gid === 0 ? 'root' : '', devmajor: st.rdev >> 8, devminor: st.rdev & 0xff, data: st.type === 'file' ? data : '',
  };
}

/** Go's tar.Writer.Close: two zero blocks, no padding to a record. */
const END = '\0'.repeat(1024);

/** The uncompressed tar of a layer (its diff id is the sha256 of this). */
export function layerTar(fs: MemFs): string {
  let out = '';
  const walk = (dir: Inode, prefix: string) => {
    for (const name of [...dir.entries!.keys()].sort(byteOrder)) {
      const n = dir.entries!.get(name)!;
      out += encodeEntry(entryOf(prefix + name, n, n.data, n.target));
      if (n.type === 'dir') walk(n, `${prefix}${name}/`);
    }
  };
  walk(fs.rootInode, '');
  return out + END;
}

export interface TreeOptions {
  /** Name of `src` itself in the archive ('' = only its contents, as export does with `/`). */
  rebase: string;
  /** Per-path replacements (export shows the init layer's mount targets as the engine created them). */
  override?: (path: string, st: Stat) => { st: Stat; data: string } | null;
  /** Entries to add right after a directory's own entry. */
  extra?: (path: string) => TarEntry[];
}

/** A tar of `src` in `vfs` (lstat, lexical order like filepath.Walk), as the engine's TarWithOptions. */
export function treeTar(vfs: Vfs, src: string, opts: TreeOptions): string {
  let out = '';
  const visit = (path: string, name: string) => {
    let st = vfs.lstat(path);
    let data = st.type === 'file' ? vfs.readFile(path) : '';
    const o = opts.override?.(path, st);
    if (o) ({ st, data } = o);
    if (name !== '') out += encodeEntry(entryOf(name, st, data, st.type === 'symlink' ? vfs.readlink(path) : ''));
    for (const e of opts.extra?.(path) ?? []) out += encodeEntry(e);
    if (st.type !== 'dir') return;
    for (const child of vfs.readdir(path).sort(byteOrder)) {
      visit(path === '/' ? `/${child}` : `${path}/${child}`, name === '' ? child : `${name}/${child}`);
    }
  };
  visit(src, opts.rebase);
  return out + END;
}

export const emptyFileEntry = (name: string, mode: number, mtimeMs: number): TarEntry =>
  entryOf(name, { type: 'file', mode, uid: 0, gid: 0, mtime: mtimeMs, rdev: 0 }, '', '');

/** Archive members of a tar stream given to `docker cp - CONTAINER:DIR`. */
export function readTar(raw: string): TarEntry[] {
  return decodeArchive(raw);
}
