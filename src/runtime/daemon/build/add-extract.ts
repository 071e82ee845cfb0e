import { gunzipSync } from 'node:zlib';
import type { Vfs } from '../../kernel/fs/vfs.ts';
import type { TarEntry } from '../image/ustar.ts';
import { mkdirAll } from './copy.ts';

/** A gzip stream decompressed (ADD's archive detection looks through the compression). */
export const gunzipped = (data: string): string => (data.startsWith('\x1f\x8b') ? gunzipSync(Buffer.from(data, 'latin1')).toString('latin1') : data);

/** ADD unpacks a local archive it recognises: a tar (the ustar magic at offset 257), plain or gzipped. */
export function isTar(data: string): boolean {
  let raw = data;
  try {
    raw = gunzipped(data);
  } catch {
    return false;
  }
  return raw.length >= 512 && raw.slice(257, 262) === 'ustar';
}

/** Extracts as the engine's archiver does: owners, modes and times from the headers. */
export function extractTar(vfs: Vfs, entries: TarEntry[], dest: string): void {
  for (const e of entries) {
    const name = e.name.replace(/^\.?\/+/, '').replace(/\/$/, '');
    if (!name) continue;
    const path = `${dest === '/' ? '' : dest}/${name}`;
    mkdirAll(vfs, path.slice(0, path.lastIndexOf('/')) || '/');
    if (e.type === '5') {
      if (!vfs.exists(path)) vfs.mkdir(path, e.mode);
    } else if (e.type === '2') vfs.symlink(e.linkname, path);
    else if (e.type === '1') vfs.link(`${dest === '/' ? '' : dest}/${e.linkname.replace(/^\.?\/+/, '')}`, path);
    else vfs.writeFile(path, e.data, { mode: e.mode });
    if (e.type !== '2') {
      vfs.chmod(path, e.mode);
      vfs.utimes(path, e.mtime * 1000, e.mtime * 1000);
    }
    vfs.chown(path, e.uid, e.gid, false);
  }
}
