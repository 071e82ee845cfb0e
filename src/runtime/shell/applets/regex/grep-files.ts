import { FsError } from '../../../kernel/fs/errors.ts';
import type { Stat } from '../../../kernel/fs/types.ts';
import { toRegexSource } from '../../interpreter/pattern.ts';
import type { AppletContext } from '../types.ts';
import type { GrepOptions } from './grep-options.ts';

/** One thing to search: a file (path) or standard input (path null). */
export interface Target {
  name: string;
  path: string | null;
  /** Size of a regular file, for -T's number width. */
  size: number | null;
  /** Found by recursion inside a directory operand (grep -r then prints names). */
  inDir: boolean;
}

export interface Walker {
  /** Searches one target; called in the order GNU grep visits them. */
  visit(t: Target): Promise<void>;
  /** `grep: NAME: MESSAGE` (the caller applies -s and the exit status). */
  error(name: string, message: string): Promise<void>;
  /** `grep: warning: MESSAGE` (a -R symlink loop). */
  warn(message: string): Promise<void>;
}

const globCache = new Map<string, RegExp>();

/** fnmatch(3) without FNM_PATHNAME, as grep's --include/--exclude use it. */
function fnmatch(glob: string, name: string): boolean {
  let re = globCache.get(glob);
  if (!re) {
    re = new RegExp(`^${toRegexSource(glob, false)}$`, 's');
    if (globCache.size > 200) globCache.clear();
    globCache.set(glob, re);
  }
  return re.test(name);
}

/** A command-line name matches when the whole name or a suffix after a `/` does. */
function suffixMatch(glob: string, name: string): boolean {
  if (fnmatch(glob, name)) return true;
  for (let i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1)) {
    const rest = name.slice(i + 1);
    if (rest && rest[0] !== '/' && fnmatch(glob, rest)) return true;
  }
  return false;
}

/** --include/--exclude: the last matching option decides; with none, include unless the first is --include. */
function fileExcluded(o: GrepOptions, name: string, commandLine: boolean): boolean {
  if (o.fileFilters.length === 0) return false;
  const test = commandLine ? suffixMatch : fnmatch;
  for (let i = o.fileFilters.length - 1; i >= 0; i--) {
    const f = o.fileFilters[i]!;
    if (test(f.glob, name)) return !f.include;
  }
  return o.fileFilters[0]!.include;
}

function dirExcluded(o: GrepOptions, name: string, commandLine: boolean): boolean {
  const test = commandLine ? suffixMatch : fnmatch;
  return o.excludeDirs.some((g) => test(g, name));
}

function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1) || path;
}

function join(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/**
 * Visits the operands: stdin for `-`, files, and with -r/-R directory trees in directory order.
 * -r follows symbolic links named on the command line only; -R follows all of them.
 * `implicit` is the `.` grep -r searches without operands (names print without `./`).
 */
export async function walkOperands(ctx: AppletContext, o: GrepOptions, operands: string[], implicit: boolean, w: Walker): Promise<void> {
  for (const op of operands) {
    if (op === '-') {
      await w.visit({ name: o.label, path: null, size: null, inDir: false });
      continue;
    }
    let st: Stat;
    try {
      st = ctx.fs.stat(op);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      await w.error(op, e.text);
      continue;
    }
    if (st.type === 'dir') {
      if (o.directories === 'skip') continue;
      if (o.directories === 'read') {
        await w.error(op, 'Is a directory');
        continue;
      }
      if (!implicit && o.excludeDirs.length && dirExcluded(o, op, true)) continue;
      await walkDir(ctx, o, op, implicit ? '' : op, w, new Set([`${st.dev}:${st.ino}`]));
      continue;
    }
    if (o.fileFilters.length && fileExcluded(o, op, true)) continue;
    if ((st.type === 'chr' || st.type === 'blk' || st.type === 'fifo' || st.type === 'sock') && o.devices === 'skip') continue;
    await w.visit({ name: op, path: op, size: st.type === 'file' ? st.size : null, inDir: false });
  }
}

async function walkDir(ctx: AppletContext, o: GrepOptions, path: string, shown: string, w: Walker, ancestors: Set<string>): Promise<void> {
  let names: string[];
  try {
    names = ctx.fs.readdir(path);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    await w.error(shown || '.', e.text);
    return;
  }
  for (const name of names) {
    await ctx.tick();
    const full = join(path, name);
    const display = shown === '' ? name : join(shown, name);
    let st: Stat;
    try {
      st = ctx.fs.lstat(full);
      if (st.type === 'symlink') {
        if (!o.dereference) continue;
        st = ctx.fs.stat(full);
      }
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      await w.error(display, e.text);
      continue;
    }
    if (st.type === 'dir') {
      if (o.excludeDirs.length && dirExcluded(o, basename(name), false)) continue;
      const id = `${st.dev}:${st.ino}`;
      if (ancestors.has(id)) {
        await w.warn(`${display}: recursive directory loop`);
        continue;
      }
      await walkDir(ctx, o, full, display, w, new Set([...ancestors, id]));
    } else if (st.type === 'file') {
      if (o.fileFilters.length && fileExcluded(o, name, false)) continue;
      await w.visit({ name: display, path: full, size: st.size, inDir: true });
    }
    // Devices, FIFOs and sockets found while recursing are skipped (-D read applies to operands).
  }
}
