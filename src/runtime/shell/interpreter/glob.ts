import { patternRegex } from './pattern.ts';
import type { Shell } from './shell.ts';

/**
 * Pathname expansion: matches each `/`-separated pattern component against directory entries.
 * Hidden files need a literal leading dot unless `dotglob` (or GLOBIGNORE is set); a trailing `/`
 * keeps only directories; `**` spans directory levels under `globstar`; names matching a
 * GLOBIGNORE pattern are dropped. bash sorts the whole result (C locale here).
 */
export function globPaths(sh: Shell, pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  const trailingSlash = pattern.endsWith('/');
  const parts = pattern.split('/').filter((c) => c !== '');
  const ignore = (sh.vars.get('GLOBIGNORE') ?? '').split(':').filter((p) => p !== '');
  const opts: Walk = {
    sh,
    nocase: sh.shopts.has('nocaseglob'),
    dotglob: sh.shopts.has('dotglob') || ignore.length > 0,
    globstar: sh.shopts.has('globstar'),
  };
  let bases: string[] = [absolute ? '/' : ''];
  for (let i = 0; i < parts.length; i++) {
    // Before a trailing slash the last component must also be a directory.
    const wantDir = i < parts.length - 1 || trailingSlash;
    const next: string[] = [];
    for (const base of bases) next.push(...matchComponent(opts, base, parts[i]!, wantDir, i === parts.length - 1));
    bases = next;
    if (bases.length === 0) return [];
  }
  let out = trailingSlash ? bases.map((b) => `${b}/`) : bases;
  if (ignore.length > 0) {
    const res = ignore.map((p) => patternRegex(p, ''));
    out = out.filter((p) => !res.some((re) => re.test(p)));
  }
  return out.sort(compareC);
}

interface Walk {
  sh: Shell;
  nocase: boolean;
  dotglob: boolean;
  globstar: boolean;
}

function matchComponent(w: Walk, base: string, comp: string, wantDir: boolean, last: boolean): string[] {
  if (!/[*?[]/.test(comp.replace(/\\./g, ''))) {
    const path = join(base, comp.replace(/\\(.)/g, '$1'));
    return (wantDir ? isDir(w.sh, path) : exists(w.sh, path)) ? [path] : [];
  }
  if (comp === '**' && w.globstar) return starStar(w, base, wantDir, last);
  const re = patternRegex(comp, w.nocase ? 'i' : '');
  const dotOk = w.dotglob || comp.startsWith('.') || comp.startsWith('\\.');
  const out: string[] = [];
  for (const n of entries(w.sh, base)) {
    if (n.startsWith('.') && !dotOk) continue;
    if (!re.test(n)) continue;
    const path = join(base, n);
    if (wantDir && !isDir(w.sh, path)) continue;
    out.push(path);
  }
  return out;
}

/**
 * `**`: as the last component, every file and directory below `base`; before more components
 * (or a `/`), `base` itself and every directory below it. Symbolic links to directories are
 * not descended, as in bash 5.2.
 */
function starStar(w: Walk, base: string, wantDir: boolean, last: boolean): string[] {
  const out: string[] = [];
  if (!last) out.push(base);
  const walk = (dir: string): void => {
    for (const n of entries(w.sh, dir)) {
      if (n.startsWith('.') && !w.dotglob) continue;
      const path = join(dir, n);
      const dirNoLink = isDir(w.sh, path) && !isLink(w.sh, path);
      if (dirNoLink || (last && !wantDir)) out.push(path);
      else if (last && wantDir && isDir(w.sh, path)) out.push(path);
      if (dirNoLink) walk(path);
    }
  };
  walk(base);
  return out;
}

function entries(sh: Shell, base: string): string[] {
  try {
    return sh.vfs.readdir(base === '' ? '.' : base).sort(compareC);
  } catch {
    return [];
  }
}

function join(base: string, name: string): string {
  if (base === '') return name;
  return base.endsWith('/') ? base + name : `${base}/${name}`;
}

function exists(sh: Shell, p: string): boolean {
  try {
    sh.vfs.lstat(p);
    return true;
  } catch {
    return false;
  }
}

function isDir(sh: Shell, p: string): boolean {
  try {
    return sh.vfs.stat(p).type === 'dir';
  } catch {
    return false;
  }
}

function isLink(sh: Shell, p: string): boolean {
  try {
    return sh.vfs.lstat(p).type === 'symlink';
  } catch {
    return false;
  }
}

export const compareC = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
