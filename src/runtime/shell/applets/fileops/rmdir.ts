import { errText, qa, usageError } from '../errors.ts';
import { getopt, OptError } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { errCode, stripSlashes } from './paths.ts';

/** rmdir [-p] [-v] [--ignore-fail-on-non-empty] DIRECTORY... */
const rmdir: Applet = {
  async run(ctx) {
    const bb = ctx.flavor === 'busybox';
    let p;
    try {
      p = getopt(ctx.argv.slice(1), {
        short: bb ? 'p' : 'pv',
        long: bb ? { 'ignore-fail-on-non-empty': {}, parents: { key: 'p' } } : { 'ignore-fail-on-non-empty': {}, parents: { key: 'p' }, verbose: { key: 'v' } },
      });
    } catch (e) {
      return usageError(ctx, e);
    }
    const has = (k: string) => p.list.some(([x]) => x === k);
    if (p.operands.length === 0) return usageError(ctx, new OptError('missing operand'));
    const o = { parents: has('p'), verbose: has('v'), ignore: has('ignore-fail-on-non-empty') };
    let status = 0;
    for (const dir of p.operands) {
      const r = await removeOne(ctx, dir, o, false);
      if (r !== 'ok') {
        if (r === 'fail') status = 1;
        continue;
      }
      if (!o.parents) continue;
      let d = stripSlashes(dir);
      for (;;) {
        const i = d.lastIndexOf('/');
        if (i <= 0) break;
        d = d.slice(0, i).replace(/\/+$/, '');
        if (d === '') break;
        const rp = await removeOne(ctx, d, o, true);
        if (rp !== 'ok') {
          if (rp === 'fail') status = 1;
          break;
        }
      }
    }
    return status;
  },
};
export default rmdir;

const nonEmpty = (e: unknown) => errCode(e) === 'ENOTEMPTY' || errCode(e) === 'EEXIST';

async function removeOne(ctx: AppletContext, dir: string, o: { verbose: boolean; ignore: boolean }, parent: boolean): Promise<'ok' | 'skip' | 'fail'> {
  if (o.verbose) await ctx.stdout.write(`${ctx.name}: removing directory, ${qa(dir)}\n`);
  try {
    if (dir.endsWith('/') && ctx.fs.lstat(stripSlashes(dir)).type === 'symlink' && ctx.fs.stat(dir).type === 'dir') {
      await ctx.stderr.write(`${ctx.name}: failed to remove ${qa(dir)}: Symbolic link not followed\n`);
      return 'fail';
    }
    ctx.fs.rmdir(dir);
    return 'ok';
  } catch (e) {
    if (o.ignore && nonEmpty(e)) return 'skip';
    const text = errText(e);
    if (ctx.flavor === 'busybox') await ctx.stderr.write(`${ctx.name}: ${qa(dir)}: ${text}\n`);
    else await ctx.stderr.write(`${ctx.name}: failed to remove ${parent ? 'directory ' : ''}${qa(dir)}: ${text}\n`);
    return 'fail';
  }
}
