import { FsError } from '../../../kernel/fs/errors.ts';
import type { Vfs } from '../../../kernel/fs/vfs.ts';

/** gnulib canonicalize_filename_mode's existence requirement. */
export type CanMode = 'existing' | 'all-but-last' | 'missing';

export type Canon = { path: string } | { error: FsError };

/**
 * gnulib canonicalize_filename_mode as readlink -f/-e/-m and realpath use it: walks `name`
 * component by component from the cwd (getcwd is physical), resolving symlinks with
 * lstat+readlink so a missing tail can be kept (-m) or a dangling last link resolved (-f).
 * `noLinks` (realpath -s/-L) only removes `.`/`..` lexically and checks existence.
 */
export function canonicalize(fs: Vfs, cwd: string, name: string, mode: CanMode, noLinks = false): Canon {
  if (name === '') return { error: new FsError('ENOENT') };
  let rname = name.startsWith('/') ? '/' : cwd;
  let rest = name;
  let pos = 0;
  const seen = new Set<string>();
  while (pos < rest.length) {
    while (rest[pos] === '/') pos++;
    if (pos >= rest.length) break;
    let end = pos;
    while (end < rest.length && rest[end] !== '/') end++;
    const comp = rest.slice(pos, end);
    pos = end;
    if (comp === '.') continue;
    if (comp === '..') {
      if (rname.length > 1) rname = rname.slice(0, rname.lastIndexOf('/')) || '/';
      continue;
    }
    const parent = rname;
    rname = rname === '/' ? `/${comp}` : `${rname}/${comp}`;
    const suffix = rest.slice(end);
    let err: FsError | null = null;
    let target: string | null = null;
    let key = '';
    try {
      const st = fs.lstat(rname);
      if (st.type === 'symlink' && !noLinks) {
        target = fs.readlink(rname);
        key = `${st.dev}:${st.ino}`;
      } else err = new FsError('EINVAL');
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      err = e;
    }
    if (target !== null) {
      if (seen.has(key)) {
        if (mode === 'missing') continue;
        return { error: new FsError('ELOOP') };
      }
      seen.add(key);
      rest = target + suffix;
      pos = 0;
      rname = target.startsWith('/') ? '/' : parent;
      continue;
    }
    const ok = suffixNeedsDir(suffix) ? dirCheck(fs, rname, err!) : err!.code === 'EINVAL';
    if (ok) continue;
    const failure = suffixNeedsDir(suffix) && err!.code === 'EINVAL' ? new FsError('ENOTDIR') : err!;
    if (mode === 'missing') continue;
    if (mode === 'all-but-last' && failure.code === 'ENOENT' && /^\/*$/.test(suffix)) continue;
    return { error: failure };
  }
  return { path: rname };
}

/** A suffix of `/`, `/.` or `/..` (after any components) makes the current name need to be a directory. */
function suffixNeedsDir(suffix: string): boolean {
  let i = 0;
  while (suffix[i] === '/') {
    while (suffix[i] === '/') i++;
    const c = suffix[i++];
    if (c === undefined) return true;
    if (c !== '.') return false;
    if (suffix[i] === '.') i++;
    if (i >= suffix.length || suffix[i] === '/') return true;
    return false;
  }
  return false;
}

function dirCheck(fs: Vfs, rname: string, err: FsError): boolean {
  if (err.code !== 'EINVAL') return false;
  try {
    return fs.stat(rname).type === 'dir';
  } catch {
    return false;
  }
}

/** getcwd(3): the physical name of the working directory (the shell may hold a logical one). */
export function physicalCwd(ctx: { fs: Vfs; proc: { cwd: string } }): string {
  try {
    return ctx.fs.realpath('.');
  } catch {
    return ctx.proc.cwd;
  }
}
