import { FsError } from '../../../kernel/fs/errors.ts';
import type { Stat } from '../../../kernel/fs/types.ts';
import type { Vfs } from '../../../kernel/fs/vfs.ts';
import { CopyError, type Member, rebase } from './cp-archive.ts';

/** pkg/archive's CopyInfo: what a path is on its side of the copy. */
export interface CopyInfo {
  path: string;
  exists: boolean;
  isDir: boolean;
  rebaseName: string;
}

/** Go's filepath.Clean. */
export function clean(p: string): string {
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
    } else out.push(part);
  }
  const s = out.join('/');
  return abs ? `/${s}` : s || '.';
}

const base = (p: string): string => {
  const c = clean(p);
  return c === '/' ? '/' : c.slice(c.lastIndexOf('/') + 1);
};
const dirOf = (p: string): string => {
  const c = clean(p);
  const i = c.lastIndexOf('/');
  return i < 0 ? '.' : i === 0 ? '/' : c.slice(0, i);
};

export const specifiesCurrentDir = (p: string): boolean => base(p) === '.' || p === '.' || p.endsWith('/.');
export const hasTrailingSeparator = (p: string): boolean => p.length > 0 && p.endsWith('/');
export const assertsDirectory = (p: string): boolean => hasTrailingSeparator(p) || specifiesCurrentDir(p);

/** SplitPathDirEntry: `a/b/.` → [`a/b`, `.`], `a/b/` → [`a`, `b`]. */
export function splitDirEntry(p: string): [string, string] {
  let c = clean(p);
  if (specifiesCurrentDir(p)) c = c === '/' ? '/.' : `${c}/.`;
  return [dirOf(c), c.endsWith('/.') ? '.' : base(c)];
}

/** filepath.Abs keeping a trailing `/` or `/.`, as the CLI's resolveLocalPath does. */
export function absLocal(cwd: string, p: string): string {
  let abs = clean(p.startsWith('/') ? p : `${cwd}/${p}`);
  if (specifiesCurrentDir(p)) abs = abs === '/' ? '/.' : `${abs}/.`;
  else if (hasTrailingSeparator(p) && abs !== '/') abs += '/';
  return abs;
}

/** GetRebaseName: a followed symlink keeps the name the user asked for. */
export function rebaseName(path: string, resolved: string): [string, string] {
  let r = resolved;
  if (specifiesCurrentDir(path) && !specifiesCurrentDir(r)) r += '/.';
  if (hasTrailingSeparator(path) && !hasTrailingSeparator(r)) r += '/';
  return [r, base(path) !== base(r) ? base(path) : ''];
}

/** An os error as Go prints it: `lstat /x: no such file or directory`. */
export function goError(op: string, path: string, e: unknown): CopyError {
  if (!(e instanceof FsError)) throw e;
  return new CopyError(`${op} ${path}: ${e.text.charAt(0).toLowerCase()}${e.text.slice(1)}`);
}

/** CopyInfoDestinationPath on the local side: symlinks followed, a missing path needs its parent. */
export function localDestination(vfs: Vfs, path: string): CopyInfo {
  let p = path;
  for (let n = 0; ; n++) {
    let st: Stat;
    try {
      st = vfs.lstat(p);
    } catch (e) {
      if (!(e instanceof FsError) || e.code !== 'ENOENT') throw goError('lstat', p, e);
      const [parent] = splitDirEntry(p);
      let pst: Stat;
      try {
        pst = vfs.stat(parent);
      } catch (e2) {
        throw goError('stat', parent, e2);
      }
      if (pst.type !== 'dir') throw new CopyError('not a directory');
      return { path: p, exists: false, isDir: false, rebaseName: '' };
    }
    if (st.type !== 'symlink') return { path: p, exists: true, isDir: st.type === 'dir', rebaseName: '' };
    if (n >= 10) throw new CopyError(`too many symlinks in ${path}`);
    const target = vfs.readlink(p);
    p = target.startsWith('/') ? target : clean(`${splitDirEntry(p)[0]}/${target}`);
  }
}

/**
 * PrepareArchiveCopy: where to extract the source archive and under which names, given what the
 * destination is (an existing dir takes the source by its own name; otherwise it is renamed).
 */
export function prepareCopy(members: Member[], src: CopyInfo, dst: CopyInfo): { dir: string; members: Member[] } {
  const [dstDir, dstBase] = splitDirEntry(dst.path);
  const srcBase = src.rebaseName || splitDirEntry(src.path)[1];
  if (dst.exists && dst.isDir) return { dir: dst.path, members };
  if (dst.exists && src.isDir) throw new CopyError('cannot copy directory');
  if (!dst.exists && !src.isDir && assertsDirectory(dst.path)) throw new CopyError('no such directory');
  return { dir: dstDir, members: rebase(members, srcBase, dstBase) };
}
