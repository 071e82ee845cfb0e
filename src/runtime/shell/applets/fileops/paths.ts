import { FsError } from '../../../kernel/fs/errors.ts';
import type { Stat } from '../../../kernel/fs/types.ts';
import type { AppletContext } from '../types.ts';

/** The name without trailing slashes ('/' stays '/'), as coreutils' strip_trailing_slashes. */
export function stripSlashes(p: string): string {
  const s = p.replace(/\/+$/, '');
  return s === '' && p.startsWith('/') ? '/' : s;
}

/** Last component, ignoring trailing slashes (coreutils last_component). */
export function lastComponent(p: string): string {
  const s = stripSlashes(p);
  if (s === '/') return '/';
  return s.slice(s.lastIndexOf('/') + 1);
}

/** dir_name: everything before the last component, '.' if none. */
export function dirName(p: string): string {
  const s = stripSlashes(p);
  const i = s.lastIndexOf('/');
  if (i < 0) return '.';
  const d = s.slice(0, i).replace(/\/+$/, '');
  return d === '' ? '/' : d;
}

/** file_name_concat: DIR/BASE without doubling the separator. */
export function joinName(dir: string, base: string): string {
  const d = dir.replace(/\/+$/, '');
  if (d === '' && dir.startsWith('/')) return `/${base.replace(/^\/+/, '')}`;
  return `${d}/${base.replace(/^\/+/, '')}`;
}

export function statOrNull(ctx: AppletContext, p: string, follow: boolean): Stat | null {
  try {
    return follow ? ctx.fs.stat(p) : ctx.fs.lstat(p);
  } catch (e) {
    if (e instanceof FsError && e.code === 'ENOENT') return null;
    throw e;
  }
}

export const sameNode = (a: Stat, b: Stat): boolean => a.dev === b.dev && a.ino === b.ino;
export const nodeKey = (s: Stat): string => `${s.dev}:${s.ino}`;

/** Children of a directory in the order fts/savedir hand them out (inode order). */
export function childrenOf(ctx: AppletContext, dir: string): string[] {
  const names = ctx.fs.readdir(dir);
  const ino = new Map<string, number>();
  for (const n of names) {
    try {
      ino.set(n, ctx.fs.lstat(joinName(dir, n)).ino);
    } catch {
      ino.set(n, 0);
    }
  }
  return names.sort((a, b) => ino.get(a)! - ino.get(b)!);
}

export function errCode(e: unknown): string | undefined {
  return e instanceof FsError ? e.code : undefined;
}
