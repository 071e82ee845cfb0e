import { errText, qa, usageError } from '../errors.ts';
import { getopt } from '../getopt.ts';
import type { Applet } from '../types.ts';

/** sync [-df] [FILE...]: nothing to flush in the model, but operands must exist. */
const sync: Applet = {
  async run(ctx) {
    let p;
    try {
      p = getopt(ctx.argv.slice(1), { short: 'df', long: { data: { key: 'd' }, 'file-system': { key: 'f' } } });
    } catch (e) {
      return usageError(ctx, e);
    }
    if (p.list.some(([k]) => k === 'd') && p.list.some(([k]) => k === 'f')) {
      await ctx.stderr.write(`${ctx.name}: cannot specify both --data and --file-system\n`);
      return 1;
    }
    if (p.list.some(([k]) => k === 'd') && p.operands.length === 0) {
      await ctx.stderr.write(`${ctx.name}: --data needs at least one argument\n`);
      return 1;
    }
    let status = 0;
    for (const f of p.operands) {
      try {
        ctx.fs.lstat(f);
        if (ctx.fs.lstat(f).type !== 'symlink') ctx.fs.stat(f);
      } catch (e) {
        await ctx.stderr.write(`${ctx.name}: error opening ${qa(f)}: ${errText(e)}\n`);
        status = 1;
      }
    }
    return status;
  },
};
export default sync;
