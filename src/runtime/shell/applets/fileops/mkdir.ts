import { errText, qa, usageError } from '../errors.ts';
import { getopt, OptError } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { adjustMode, compileMode } from './modes.ts';

/** mkdir [-p] [-m MODE] [-v] DIRECTORY... */
const mkdir: Applet = {
  async run(ctx) {
    let p;
    try {
      p = getopt(ctx.argv.slice(1), {
        short: 'pm:vZ',
        long: { mode: { key: 'm', arg: 'required' }, parents: { key: 'p' }, verbose: { key: 'v' }, context: { key: 'Z', arg: 'optional' } },
      });
    } catch (e) {
      return usageError(ctx, e);
    }
    const has = (k: string) => p.list.some(([x]) => x === k);
    const modeArg = p.list.filter(([k]) => k === 'm').pop()?.[1];
    const umask = ctx.proc.umask;
    let mode: ((inherited: number) => number) | undefined;
    if (modeArg !== undefined) {
      const ch = compileMode(modeArg);
      if (ch === null) {
        await ctx.stderr.write(`${ctx.name}: invalid mode ${qa(modeArg)}\n`);
        return 1;
      }
      // Applied like chmod on top of rwxrwxrwx plus the set-group-ID bit the new directory
      // may have inherited, which only explicit mentions (g-s, 5-digit octal) clear.
      mode = (inherited) => adjustMode(0o777 | inherited, true, umask, ch);
    }
    if (p.operands.length === 0) return usageError(ctx, new OptError('missing operand'));
    const verbose = has('v');
    let status = 0;
    for (const dir of p.operands) {
      const ok = has('p') ? await makeWithParents(ctx, dir, mode, verbose) : await makeOne(ctx, dir, mode, verbose, false);
      if (!ok) status = 1;
    }
    return status;
  },
};
export default mkdir;

async function makeOne(ctx: AppletContext, dir: string, mode: ((inherited: number) => number) | undefined, verbose: boolean, existOk: boolean): Promise<boolean> {
  try {
    ctx.fs.mkdir(dir, 0o777);
    if (mode !== undefined) ctx.fs.chmod(dir, mode(ctx.fs.stat(dir).mode & 0o2000));
  } catch (e) {
    if (existOk && isDir(ctx, dir)) return true;
    await ctx.stderr.write(`${ctx.name}: ${cannotCreate(ctx, dir, dir)}: ${errText(e)}\n`);
    return false;
  }
  if (verbose) await ctx.stdout.write(`${ctx.name}: created directory ${qa(dir)}\n`);
  return true;
}

function isDir(ctx: AppletContext, p: string): boolean {
  try {
    return ctx.fs.stat(p).type === 'dir';
  } catch {
    return false;
  }
}

/** -p: each missing ancestor gets u+wx on top of the umask default, the last one MODE. */
async function makeWithParents(ctx: AppletContext, dir: string, mode: ((inherited: number) => number) | undefined, verbose: boolean): Promise<boolean> {
  const parts = dir.split('/');
  let prefix = dir.startsWith('/') ? '/' : '';
  const comps = parts.filter((x) => x !== '');
  if (comps.length === 0) return dir === '' ? makeOne(ctx, dir, mode, verbose, false) : true;
  for (let i = 0; i < comps.length; i++) {
    const c = comps[i]!;
    prefix = prefix === '' ? c : prefix.endsWith('/') ? prefix + c : `${prefix}/${c}`;
    const last = i === comps.length - 1;
    if (c === '.' || c === '..') continue;
    if (last) return makeOne(ctx, dir, mode, verbose, true);
    if (isDir(ctx, prefix)) continue;
    try {
      ctx.fs.mkdir(prefix, 0o777);
      const m = (0o777 & ~ctx.proc.umask) | 0o300;
      if (m !== (0o777 & ~ctx.proc.umask)) ctx.fs.chmod(prefix, m);
    } catch (e) {
      const text = ctx.fs.exists(prefix) ? 'Not a directory' : errText(e);
      await ctx.stderr.write(`${ctx.name}: ${cannotCreate(ctx, prefix, `${prefix}/`)}: ${text}\n`);
      return false;
    }
    if (verbose) await ctx.stdout.write(`${ctx.name}: created directory ${qa(prefix)}\n`);
  }
  return true;
}

/** busybox quotes plainly and, for a missing ancestor under -p, names it with its slash. */
function cannotCreate(ctx: AppletContext, path: string, busyboxPath: string): string {
  return ctx.flavor === 'busybox' ? `can't create directory '${busyboxPath}'` : `cannot create directory ${qa(path)}`;
}
