import type { FileType } from '../../../kernel/fs/types.ts';
import { FsError } from '../../../kernel/fs/errors.ts';
import type { Vfs } from '../../../kernel/fs/vfs.ts';
import { BadArchive, encodeEntry, type TarEntry } from '../../../shell/applets/fileops/tar-format.ts';
import { DaemonError } from '../../errors.ts';
import { readTar } from '../../container/archive.ts';

/** One archive member of a `docker cp` transfer (the tar stream between the CLI and the engine). */
export interface Member {
  name: string;
  type: FileType;
  mode: number;
  uid: number;
  gid: number;
  /** Virtual ms. */
  mtime: number;
  data: string;
  linkname: string;
}

const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const join = (dir: string, name: string) => (dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`);

/**
 * TarResourceRebase: `path` and everything below it (lstat, lexical order), the top entry named
 * `rebase` (its base name, or `.` for a `dir/.` source whose contents are copied).
 */
export function collect(vfs: Vfs, path: string, rebase: string): Member[] {
  const out: Member[] = [];
  const visit = (p: string, name: string) => {
    const st = vfs.lstat(p);
    out.push({
      name, type: st.type, mode: st.mode, uid: st.uid, gid: st.gid, mtime: st.mtime,
      data: st.type === 'file' ? vfs.readFile(p) : '', linkname: st.type === 'symlink' ? vfs.readlink(p) : '',
    });
    if (st.type === 'dir') for (const child of vfs.readdir(p).sort(byteOrder)) visit(join(p, child), join(name, child));
  };
  visit(path, rebase);
  return out;
}

/** RebaseArchiveEntries: the first path element `from` becomes `to`. */
export function rebase(members: Member[], from: string, to: string): Member[] {
  // The container's root travels as `/`, `/bin`...: its entries all hang off the leading slash.
  if (from === '/') return members.map((m) => ({ ...m, name: m.name === '/' ? to : `${to}${m.name}` }));
  return members.map((m) => {
    const [first, ...rest] = m.name.split('/');
    return first === from ? { ...m, name: [to, ...rest].join('/') } : m;
  });
}

const TAR_TYPE: Partial<Record<FileType, TarEntry['type']>> = { file: '0', symlink: '2', chr: '3', blk: '4', dir: '5', fifo: '6' };
const FILE_TYPE: Record<string, FileType> = { '0': 'file', '1': 'file', '2': 'symlink', '3': 'chr', '4': 'blk', '5': 'dir', '6': 'fifo' };

export function toTar(members: Member[]): string {
  let out = '';
  for (const m of members) {
    out += encodeEntry({
      name: m.type === 'dir' && !m.name.endsWith('/') ? `${m.name}/` : m.name, mode: m.mode, uid: m.uid, gid: m.gid, size: m.type === 'file' ? m.data.length : 0,
      mtime: Math.floor(m.mtime / 1000), type: TAR_TYPE[m.type] ?? '0', linkname: m.linkname, uname: m.uid === 0 ? 'root' : '',
      gname: m.gid === 0 ? 'root' : '', devmajor: 0, devminor: 0, data: m.data,
    });
  }
  return out + '\0'.repeat(1024);
}

/** The members of a tar stream; the engine's untar errors for a truncated or foreign one. */
export function fromTar(raw: string): Member[] {
  if (raw === '') return [];
  let entries;
  try {
    entries = readTar(raw);
  } catch (e) {
    if (!(e instanceof BadArchive)) throw e;
    const why = raw.length < 512 ? 'unexpected EOF' : 'archive/tar: invalid tar header';
    throw new DaemonError(`Error processing tar file(exit status 1): ${why}`, 500);
  }
  return entries.map((e) => ({
    name: e.name.replace(/\/+$/, '') || '.', type: FILE_TYPE[e.type] ?? 'file', mode: e.mode, uid: e.uid, gid: e.gid,
    mtime: e.mtime * 1000, data: e.data, linkname: e.linkname,
  }));
}

export interface ExtractOptions {
  /** Owner to give every entry (the engine's root), null to keep the archive's, undefined to leave the creator's. */
  owner?: { uid: number; gid: number } | null;
}

/**
 * Untar into `dir`: merges into existing directories (taking the archive's metadata), replaces
 * other existing entries, refuses to put a non-directory over a directory.
 */
export function extract(vfs: Vfs, dir: string, members: Member[], opts: ExtractOptions): void {
  const dirTimes: Array<[string, number]> = [];
  for (const m of members) {
    const rel = m.name.split('/').filter((x) => x !== '' && x !== '.').join('/');
    if (rel === '') continue;
    const path = join(dir, rel);
    let existing = null;
    try {
      existing = vfs.lstat(path);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
    }
    if (existing?.type === 'dir' && m.type !== 'dir') throw new CopyError(`cannot overwrite directory "${path}" with non-directory "${m.name}"`);
    if (existing && !(existing.type === 'dir' && m.type === 'dir')) removeAll(vfs, path, existing.type);
    if (m.type === 'dir') {
      if (!existing || existing.type !== 'dir') vfs.mkdir(path, m.mode);
    } else if (m.type === 'symlink') vfs.symlink(m.linkname, path);
    else if (m.type === 'file') vfs.writeFile(path, m.data, { mode: m.mode });
    else vfs.mknod(path, m.type as 'chr' | 'blk' | 'fifo', m.mode);
    const owner = opts.owner === null ? { uid: m.uid, gid: m.gid } : opts.owner;
    if (owner) vfs.chown(path, owner.uid, owner.gid, false);
    if (m.type !== 'symlink') vfs.chmod(path, m.mode);
    if (m.type === 'dir') dirTimes.push([path, m.mtime]);
    else if (m.type !== 'symlink') vfs.utimes(path, m.mtime, m.mtime);
  }
  // Directory times last: creating their entries changed them.
  for (const [p, t] of dirTimes.reverse()) vfs.utimes(p, t, t);
}

function removeAll(vfs: Vfs, path: string, type: FileType): void {
  if (type !== 'dir') return vfs.unlink(path);
  for (const child of vfs.readdir(path)) removeAll(vfs, join(path, child), vfs.lstat(join(path, child)).type);
  vfs.rmdir(path);
}

/** A failure the CLI prints as is (no daemon prefix). */
export class CopyError extends Error {}
