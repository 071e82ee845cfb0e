import { FsError } from '../../../kernel/fs/errors.ts';
import { errText, fail, usageError } from '../errors.ts';
import { getopt } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { busyboxOptError, busyboxUsage } from './busybox-usage.ts';
import { quote } from './quote.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/**
 * mktemp [-dqtu] [-p DIR|--tmpdir[=DIR]] [--suffix=SUFF] [TEMPLATE]: the trailing run of X's
 * becomes random letters from the kernel's seeded generator; files are created 0600, dirs 0700.
 */
const mktemp: Applet = {
  async run(ctx) {
    if (ctx.flavor === 'busybox') return busybox(ctx);
    let opts;
    try {
      opts = getopt(ctx.argv.slice(1), {
        short: 'dp:qtu',
        long: { directory: { key: 'd' }, quiet: { key: 'q' }, 'dry-run': { key: 'u' }, suffix: { arg: 'required' }, tmpdir: { arg: 'optional' } },
      });
    } catch (e) {
      return usageError(ctx, e);
    }
    let dir = false;
    let quiet = false;
    let dry = false;
    let useDestDir = false;
    let tOption = false;
    let destArg: string | undefined;
    let suffix: string | undefined;
    for (const [k, v] of opts.list) {
      if (k === 'd') dir = true;
      else if (k === 'q') quiet = true;
      else if (k === 'u') dry = true;
      else if (k === 't') [useDestDir, tOption] = [true, true];
      else if (k === 'p' || k === 'tmpdir') [useDestDir, destArg] = [true, v];
      else if (k === 'suffix') suffix = v;
    }
    const die = async (msg: string) => {
      await fail(ctx, msg);
      return 1;
    };
    if (opts.operands.length > 1) {
      await fail(ctx, 'too many templates');
      await ctx.stderr.write(`Try '${ctx.name} --help' for more information.\n`);
      return 1;
    }
    let template = opts.operands[0];
    if (template === undefined) {
      template = 'tmp.XXXXXXXXXX';
      useDestDir = true;
    }
    let suffixAt: number;
    if (suffix !== undefined) {
      if (!template.endsWith('X')) return die(`with --suffix, template ${quote(template)} must end in X`);
      suffixAt = template.length;
      template += suffix;
    } else {
      const x = template.lastIndexOf('X');
      suffixAt = x < 0 ? template.length : x + 1;
    }
    const suff = template.slice(suffixAt);
    if (suff.includes('/')) return die(`invalid suffix ${quote(suff)}, contains directory separator`);
    let xs = 0;
    while (xs < suffixAt && template[suffixAt - 1 - xs] === 'X') xs++;
    if (xs < 3) return die(`too few X's in template ${quote(template)}`);
    if (useDestDir) {
      const env = ctx.env.get('TMPDIR');
      let destDir: string;
      if (tOption) {
        destDir = env ? env : destArg ? destArg : '/tmp';
        if (template.includes('/')) return die(`invalid template, ${quote(template)}, contains directory separator`);
      } else {
        destDir = destArg ? destArg : env ? env : '/tmp';
        if (template.startsWith('/')) return die(`invalid template, ${quote(template)}; with --tmpdir, it may not be absolute`);
      }
      template = destDir.endsWith('/') ? destDir + template : `${destDir}/${template}`;
      suffixAt = template.length - suff.length;
    }
    const r = create(ctx, template, suffixAt - xs, xs, dir ? 'dir' : dry ? 'none' : 'file');
    if (typeof r === 'string') {
      await ctx.stdout.write(`${r}\n`);
      return 0;
    }
    if (!quiet) await fail(ctx, `failed to create ${dir ? 'directory' : 'file'} via template ${quote(template)}: ${r.text}`);
    return 1;
  },
};
export default mktemp;

/** gen_tempname: fills template[at, at+n) with random letters until a fresh name is created. */
function create(ctx: AppletContext, template: string, at: number, n: number, kind: 'file' | 'dir' | 'none'): string | FsError {
  for (let attempt = 0; attempt < 100; attempt++) {
    let fill = '';
    for (let i = 0; i < n; i++) fill += LETTERS[ctx.kernel.random.int(LETTERS.length)];
    const name = template.slice(0, at) + fill + template.slice(at + n);
    try {
      if (kind === 'dir') ctx.fs.mkdir(name, 0o700);
      else if (kind === 'file') ctx.fs.writeFile(name, '', { noclobber: true, mode: 0o600 });
      else {
        try {
          ctx.fs.lstat(name);
          continue;
        } catch (e) {
          if (e instanceof FsError && e.code === 'ENOENT') return name;
          throw e;
        }
      }
      return name;
    } catch (e) {
      errText(e);
      if ((e as FsError).code !== 'EEXIST') return e as FsError;
    }
  }
  return new FsError('EEXIST');
}

/** busybox mktemp [-dqtu] [-p DIR] [TEMPLATE]: glibc mkstemp wants exactly six trailing X's. */
async function busybox(ctx: AppletContext): Promise<number> {
  let opts;
  try {
    opts = getopt(ctx.argv.slice(1), { short: 'dqtp:u' });
  } catch (e) {
    return busyboxOptError(ctx, e);
  }
  const has = (k: string) => opts.list.some(([x]) => x === k);
  if (opts.operands.length > 1) return busyboxUsage(ctx, null);
  let base = ctx.env.get('TMPDIR') || '/tmp';
  for (const [k, v] of opts.list) if (k === 'p') base = v!;
  let template = opts.operands[0];
  let t = has('t') || has('p');
  if (template === undefined) [template, t] = ['tmp.XXXXXX', true];
  if (t) template = base.endsWith('/') ? base + template : `${base}/${template}`;
  const r = template.endsWith('XXXXXX')
    ? create(ctx, template, template.length - 6, 6, has('u') ? 'none' : has('d') ? 'dir' : 'file')
    : new FsError('EINVAL');
  if (typeof r === 'string') {
    await ctx.stdout.write(`${r}\n`);
    return 0;
  }
  if (!has('q')) await fail(ctx, `(null): ${r.text}`);
  return 1;
}
