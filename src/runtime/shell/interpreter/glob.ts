import { patternRegex } from './pattern.ts';
import type { Shell } from './shell.ts';

/**
 * Pathname expansion: matches each `/`-separated pattern component against directory entries.
 * Hidden files need a literal leading dot unless `dotglob`; results are sorted (C locale).
 */
export function globPaths(sh: Shell, pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  const comps = pattern.split('/').filter((c, i) => c !== '' || i === 0);
  let bases: string[] = [absolute ? '/' : ''];
  const parts = absolute ? comps.slice(1) : comps;
  const nocase = sh.shopts.has('nocaseglob');
  const dotglob = sh.shopts.has('dotglob');
  for (let i = 0; i < parts.length; i++) {
    const comp = parts[i]!;
    const last = i === parts.length - 1;
    const next: string[] = [];
    const literal = !/[*?[]/.test(comp.replace(/\\./g, ''));
    for (const base of bases) {
      if (literal) {
        const name = comp.replace(/\\(.)/g, '$1');
        const path = join(base, name);
        if (last ? exists(sh, path) : isDir(sh, path)) next.push(path);
        continue;
      }
      const dir = base === '' ? '.' : base;
      let names: string[];
      try {
        names = sh.vfs.readdir(dir);
      } catch {
        continue;
      }
      const re = patternRegex(comp, nocase ? 'i' : '');
      const dotOk = dotglob || comp.startsWith('.') || comp.startsWith('\\.');
      for (const n of names.sort(compareC)) {
        if (n.startsWith('.') && !dotOk) continue;
        if (!re.test(n)) continue;
        const path = join(base, n);
        if (!last && !isDir(sh, path)) continue;
        next.push(path);
      }
    }
    bases = next;
    if (bases.length === 0) return [];
  }
  if (pattern.endsWith('/')) return bases.map((b) => `${b}/`);
  return bases;
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

export const compareC = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
