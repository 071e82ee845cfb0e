import type { AppletContext } from '../types.ts';

/** canonicalize_filename_mode(CAN_MISSING): symlinks resolved where the path exists. */
export function canonicalMissing(ctx: AppletContext, path: string): string {
  const abs = path.startsWith('/') ? path : `${ctx.proc.cwd}/${path}`;
  const parts = abs.split('/').filter((x) => x !== '' && x !== '.');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const c = parts[i]!;
    if (c === '..') {
      out.pop();
      continue;
    }
    out.push(c);
    try {
      const real = ctx.fs.realpath(`/${out.join('/')}`);
      out.splice(0, out.length, ...real.split('/').filter(Boolean));
    } catch {
      // missing from here on: keep the names as given
    }
  }
  return `/${out.join('/')}`;
}

/** The relative path from directory `from` to `to` (both canonical), as coreutils relpath. */
export function relativeTo(to: string, from: string): string {
  const a = to.split('/').filter(Boolean);
  const b = from.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const up = b.slice(i).map(() => '..');
  const rel = [...up, ...a.slice(i)].join('/');
  return rel === '' ? '.' : rel;
}
