import type { Stat } from '../../../kernel/fs/types.ts';
import { errText, q, qa, usageError } from '../errors.ts';
import { getopt, OptError } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { adjustMode, compileMode, type ModeChanges, octal4, permString } from './modes.ts';
import { childrenOf, joinName } from './paths.ts';

interface ChmodRun {
  changes: ModeChanges | null;
  refMode?: number;
  verbose: 'off' | 'changes' | 'all';
  quiet: boolean;
  recursive: boolean;
  surprises: boolean;
  preserveRoot: boolean;
}

/** chmod [-cfvR] MODE[,MODE]... FILE... | --reference=RFILE FILE... (also `chmod -w file`). */
const chmod: Applet = {
  async run(ctx) {
    const args = ctx.argv.slice(1);
    const modeOpts: string[] = [];
    const rest: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--') {
        rest.push(...args.slice(i));
        break;
      }
      if (/^-[rwxXstugoa,+=0-7]/.test(a)) modeOpts.push(a);
      else rest.push(a);
    }
    let p;
    try {
      p = getopt(rest, {
        short: 'Rcfv',
        long: {
          changes: { key: 'c' }, silent: { key: 'f' }, quiet: { key: 'f' }, verbose: { key: 'v' }, recursive: { key: 'R' },
          reference: { arg: 'required' }, 'preserve-root': {}, 'no-preserve-root': {},
        },
      });
    } catch (e) {
      return usageError(ctx, e);
    }
    const o: ChmodRun = { changes: null, verbose: 'off', quiet: false, recursive: false, surprises: modeOpts.length > 0, preserveRoot: false };
    let ref: string | undefined;
    for (const [k, v] of p.list) {
      if (k === 'c') o.verbose = 'changes';
      else if (k === 'v') o.verbose = 'all';
      else if (k === 'f') o.quiet = true;
      else if (k === 'R') o.recursive = true;
      else if (k === 'reference') ref = v;
      else if (k === 'preserve-root') o.preserveRoot = true;
      else if (k === 'no-preserve-root') o.preserveRoot = false;
    }
    const ops = [...p.operands];
    let mode = modeOpts.length ? modeOpts.join(',') : undefined;
    if (ref === undefined && mode === undefined) mode = ops.shift();
    if (mode === undefined && ref === undefined) return usageError(ctx, new OptError('missing operand'));
    if (ops.length === 0) return usageError(ctx, new OptError(ref === undefined ? `missing operand after ${qa(mode!)}` : 'missing operand'));
    if (ref !== undefined) {
      try {
        o.refMode = ctx.fs.stat(ref).mode;
      } catch (e) {
        await ctx.stderr.write(`${ctx.name}: failed to get attributes of ${qa(ref)}: ${errText(e)}\n`);
        return 1;
      }
    } else {
      o.changes = compileMode(mode!);
      if (!o.changes) return usageError(ctx, new OptError(`invalid mode: ${qa(mode!)}`));
    }
    let ok = true;
    for (const f of ops) ok = (await chmodFile(ctx, o, f, true)) && ok;
    return ok ? 0 : 1;
  },
};
export default chmod;

async function chmodFile(ctx: AppletContext, o: ChmodRun, file: string, top: boolean): Promise<boolean> {
  let st: Stat;
  if (!top) {
    const l = ctx.fs.lstat(file);
    if (l.type === 'symlink') {
      if (o.verbose === 'all') await ctx.stdout.write(`neither symbolic link ${qa(file)} nor referent has been changed\n`);
      return true;
    }
  }
  try {
    st = ctx.fs.stat(file);
  } catch (e) {
    let dangling = false;
    try {
      dangling = ctx.fs.lstat(file).type === 'symlink';
    } catch {
      // plain missing file
    }
    if (!o.quiet) await ctx.stderr.write(`${ctx.name}: ${dangling ? `cannot operate on dangling symlink ${qa(file)}` : `cannot access ${qa(file)}: ${errText(e)}`}\n`);
    if (o.verbose === 'all') await ctx.stdout.write(`${qa(file)} could not be accessed\n`);
    return false;
  }
  if (o.recursive && o.preserveRoot && st.type === 'dir' && ctx.fs.realpath(file) === '/') {
    await ctx.stderr.write(`${ctx.name}: it is dangerous to operate recursively on ${file === '/' ? "'/'" : `${qa(file)} (same as '/')`}\n${ctx.name}: use --no-preserve-root to override this failsafe\n`);
    return false;
  }
  const isDir = st.type === 'dir';
  const old = st.mode & 0o7777;
  const next = o.refMode !== undefined ? o.refMode & 0o7777 : adjustMode(old, isDir, ctx.proc.umask, o.changes!);
  let ok = true;
  let failed = false;
  if (next !== old) {
    try {
      ctx.fs.chmod(file, next);
    } catch (e) {
      failed = true;
      ok = false;
      if (!o.quiet) await ctx.stderr.write(`${ctx.name}: changing permissions of ${qa(file)}: ${errText(e)}\n`);
    }
  }
  const tc = (m: number) => `${octal4(m)} (${permString(m)})`;
  if (o.verbose === 'all' || (o.verbose === 'changes' && next !== old && !failed)) {
    if (failed) await ctx.stdout.write(`failed to change mode of ${qa(file)} from ${tc(old)} to ${tc(next)}\n`);
    else if (next === old) await ctx.stdout.write(`mode of ${qa(file)} retained as ${tc(old)}\n`);
    else await ctx.stdout.write(`mode of ${qa(file)} changed from ${tc(old)} to ${tc(next)}\n`);
  }
  if (!failed && o.surprises && o.changes) {
    const naive = adjustMode(old, isDir, 0, o.changes);
    if (next & ~naive) {
      await ctx.stderr.write(`${ctx.name}: ${q(file)}: new permissions are ${permString(next)}, not ${permString(naive)}\n`);
      ok = false;
    }
  }
  if (o.recursive && isDir) {
    let names: string[] = [];
    try {
      names = childrenOf(ctx, file);
    } catch (e) {
      if (!o.quiet) await ctx.stderr.write(`${ctx.name}: cannot read directory ${qa(file)}: ${errText(e)}\n`);
      return false;
    }
    for (const n of names) {
      await ctx.tick();
      ok = (await chmodFile(ctx, o, joinName(file, n), false)) && ok;
    }
  }
  return ok;
}
