import { FsError } from '../../../kernel/fs/errors.ts';
import { errText, fail, usageError } from '../errors.ts';
import { quotef as q } from './quote.ts';
import { getopt } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { busyboxOptError, busyboxUsage } from './busybox-usage.ts';
import { type CanMode, canonicalize, physicalCwd } from './canonicalize.ts';

/** readlink [-f|-e|-m] [-n] [-z] [-q|-s|-v] FILE...: a link's target, or the canonical name. */
const readlink: Applet = {
  async run(ctx) {
    if (ctx.flavor === 'busybox') return busybox(ctx);
    let opts;
    try {
      opts = getopt(ctx.argv.slice(1), {
        short: 'efmnqsvz',
        long: {
          canonicalize: { key: 'f' }, 'canonicalize-existing': { key: 'e' }, 'canonicalize-missing': { key: 'm' }, 'no-newline': { key: 'n' },
          quiet: { key: 'q' }, silent: { key: 's' }, verbose: { key: 'v' }, zero: { key: 'z' },
        },
      });
    } catch (e) {
      return usageError(ctx, e);
    }
    let mode: CanMode | null = null;
    let noNewline = false;
    let verbose = false;
    let nul = false;
    for (const [k] of opts.list) {
      if (k === 'f') mode = 'all-but-last';
      else if (k === 'e') mode = 'existing';
      else if (k === 'm') mode = 'missing';
      else if (k === 'n') noNewline = true;
      else if (k === 'q' || k === 's') verbose = false;
      else if (k === 'v') verbose = true;
      else if (k === 'z') nul = true;
    }
    const files = opts.operands;
    if (files.length === 0) {
      await fail(ctx, 'missing operand');
      await ctx.stderr.write(`Try '${ctx.name} --help' for more information.\n`);
      return 1;
    }
    if (noNewline && files.length > 1) {
      await fail(ctx, 'ignoring --no-newline with multiple arguments');
      noNewline = false;
    }
    let status = 0;
    for (const f of files) {
      const r = mode ? canonicalize(ctx.fs, physicalCwd(ctx), f, mode) : readLink(ctx, f);
      if ('path' in r) {
        await ctx.stdout.write(r.path + (noNewline ? '' : nul ? '\0' : '\n'));
        continue;
      }
      status = 1;
      if (verbose) await fail(ctx, `${q(f)}: ${r.error.text}`);
    }
    return status;
  },
};
export default readlink;

function readLink(ctx: AppletContext, f: string): { path: string } | { error: FsError } {
  try {
    if (f === '') throw new FsError('ENOENT');
    if (ctx.fs.lstat(f).type !== 'symlink') return { error: new FsError('EINVAL') };
    return { path: ctx.fs.readlink(f) };
  } catch (e) {
    errText(e);
    return { error: e as FsError };
  }
}

/** busybox readlink [-fnv] FILE: exactly one operand; -v explains failures. */
async function busybox(ctx: AppletContext): Promise<number> {
  let opts;
  try {
    opts = getopt(ctx.argv.slice(1), { short: 'fnsvq' });
  } catch (e) {
    return busyboxOptError(ctx, e);
  }
  const has = (k: string) => opts.list.some(([x]) => x === k);
  if (opts.operands.length !== 1) return busyboxUsage(ctx, null);
  const f = opts.operands[0]!;
  let out: string;
  if (has('f')) {
    const r = canonicalize(ctx.fs, physicalCwd(ctx), f, 'all-but-last');
    // busybox -f fails silently even with -v
    if (!('path' in r)) return 1;
    out = r.path;
  } else {
    const r = readLink(ctx, f);
    if (!('path' in r)) {
      if (has('v')) await fail(ctx, `${f}: cannot read link: ${r.error.code === 'EINVAL' ? 'not a symlink' : r.error.text}`);
      return 1;
    }
    out = r.path;
  }
  await ctx.stdout.write(out + (has('n') ? '' : '\n'));
  return 0;
}
