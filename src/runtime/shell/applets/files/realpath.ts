import { FsError } from '../../../kernel/fs/errors.ts';
import { fail, usageError } from '../errors.ts';
import { quotef as q } from './quote.ts';
import { getopt } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { busyboxOptError, busyboxUsage } from './busybox-usage.ts';
import { type Canon, type CanMode, canonicalize, physicalCwd } from './canonicalize.ts';

/** realpath [-e|-m] [-L|-P|-s] [-q] [-z] [--relative-to=DIR] [--relative-base=DIR] FILE... */
const realpath: Applet = {
  async run(ctx) {
    if (ctx.flavor === 'busybox') return busybox(ctx);
    let opts;
    try {
      opts = getopt(ctx.argv.slice(1), {
        short: 'eLmPqsz',
        long: {
          'canonicalize-existing': { key: 'e' }, 'canonicalize-missing': { key: 'm' }, logical: { key: 'L' }, physical: { key: 'P' },
          quiet: { key: 'q' }, 'strip': { key: 's' }, 'no-symlinks': { key: 's' }, zero: { key: 'z' },
          'relative-to': { arg: 'required' }, 'relative-base': { arg: 'required' },
        },
      });
    } catch (e) {
      return usageError(ctx, e);
    }
    let mode: CanMode = 'all-but-last';
    let noLinks = false;
    let logical = false;
    let verbose = true;
    let nul = false;
    let relTo: string | undefined;
    let relBase: string | undefined;
    for (const [k, v] of opts.list) {
      if (k === 'e') mode = 'existing';
      else if (k === 'm') mode = 'missing';
      else if (k === 'L') [noLinks, logical] = [true, true];
      else if (k === 'P') [noLinks, logical] = [false, false];
      else if (k === 's') [noLinks, logical] = [true, false];
      else if (k === 'q') verbose = false;
      else if (k === 'z') nul = true;
      else if (k === 'relative-to') relTo = v;
      else if (k === 'relative-base') relBase = v;
    }
    if (opts.operands.length === 0) {
      await fail(ctx, 'missing operand');
      await ctx.stderr.write(`Try '${ctx.name} --help' for more information.\n`);
      return 1;
    }
    const canon = (name: string): Canon => {
      const r = canonicalize(ctx.fs, physicalCwd(ctx), name, mode, noLinks);
      return logical && 'path' in r ? canonicalize(ctx.fs, physicalCwd(ctx), r.path, mode, false) : r;
    };
    const needDir = mode === 'existing';
    const dirOf = async (name: string): Promise<string | null> => {
      const r = canon(name);
      const err = 'error' in r ? r.error : needDir && !isDir(ctx, r.path) ? new FsError('ENOTDIR') : null;
      if (err) {
        await fail(ctx, `${q(name)}: ${err.text}`);
        return null;
      }
      return (r as { path: string }).path;
    };
    if (relBase !== undefined && relTo === undefined) relTo = relBase;
    let canTo: string | null = null;
    let canBase: string | null = null;
    if (relTo !== undefined && (canTo = await dirOf(relTo)) === null) return 1;
    if (relBase !== undefined) {
      if (relBase === relTo) canBase = canTo;
      else {
        const base = await dirOf(relBase);
        if (base === null) return 1;
        // --relative-to is ignored unless --relative-base is a prefix of it
        if (canTo !== null && !pathPrefix(base, canTo)) canTo = null;
        else canBase = base;
      }
    }
    let status = 0;
    for (const f of opts.operands) {
      const r = canon(f);
      if ('error' in r) {
        if (verbose) await fail(ctx, `${q(f)}: ${r.error.text}`);
        status = 1;
        continue;
      }
      let out = r.path;
      if (canTo !== null && !(canBase !== null && !pathPrefix(canBase, r.path))) out = relpath(r.path, canTo) ?? out;
      await ctx.stdout.write(out + (nul ? '\0' : '\n'));
    }
    return status;
  },
};
export default realpath;

function isDir(ctx: AppletContext, path: string): boolean {
  try {
    return ctx.fs.stat(path).type === 'dir';
  } catch {
    return false;
  }
}

/** Whether canonical `prefix` is `path` or one of its ancestors (whole components). */
export function pathPrefix(prefix: string, path: string): boolean {
  if (prefix === '/') return true;
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** `fname` relative to directory `dir` (both canonical), as coreutils' relpath builds it. */
export function relpath(fname: string, dir: string): string | null {
  let common = 0;
  let i = 0;
  while (i < dir.length && i < fname.length && dir[i] === fname[i]) {
    if (dir[i] === '/') common = i + 1;
    i++;
  }
  if ((i === dir.length && i === fname.length) || (i === dir.length && fname[i] === '/') || (i === fname.length && dir[i] === '/')) common = i;
  if (common === 0) return null;
  let relSuffix = dir.slice(common);
  let fSuffix = fname.slice(common);
  if (relSuffix.startsWith('/')) relSuffix = relSuffix.slice(1);
  if (fSuffix.startsWith('/')) fSuffix = fSuffix.slice(1);
  if (relSuffix === '') return fSuffix === '' ? '.' : fSuffix;
  const ups = '..' + '/..'.repeat(relSuffix.split('/').length - 1);
  return fSuffix === '' ? ups : `${ups}/${fSuffix}`;
}

/** busybox realpath FILE...: like -f, errors name the operand. */
async function busybox(ctx: AppletContext): Promise<number> {
  let opts;
  try {
    opts = getopt(ctx.argv.slice(1), { short: '' });
  } catch (e) {
    return busyboxOptError(ctx, e);
  }
  if (opts.operands.length === 0) return busyboxUsage(ctx, null);
  let status = 0;
  for (const f of opts.operands) {
    const r = canonicalize(ctx.fs, physicalCwd(ctx), f, 'all-but-last');
    if ('path' in r) await ctx.stdout.write(`${r.path}\n`);
    else {
      await fail(ctx, `${f}: ${r.error.text}`);
      status = 1;
    }
  }
  return status;
}
