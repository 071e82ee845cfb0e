import { errText, qa, usageError } from '../errors.ts';
import { getopt, OptError } from '../getopt.ts';
import type { Applet } from '../types.ts';

/** unlink FILE and link FILE1 FILE2: the bare system calls, one operand set each. */
const unlinkOrLink: Applet = {
  async run(ctx) {
    let p;
    try {
      p = getopt(ctx.argv.slice(1), { long: {} });
    } catch (e) {
      return usageError(ctx, e);
    }
    const ops = p.operands;
    const want = ctx.name === 'link' ? 2 : 1;
    if (ops.length === 0) return usageError(ctx, new OptError('missing operand'));
    if (ops.length < want) return usageError(ctx, new OptError(`missing operand after ${qa(ops[ops.length - 1]!)}`));
    if (ops.length > want) return usageError(ctx, new OptError(`extra operand ${qa(ops[want]!)}`));
    try {
      if (want === 1) ctx.fs.unlink(ops[0]!);
      else ctx.fs.link(ops[0]!, ops[1]!);
    } catch (e) {
      const msg = want === 1 ? `cannot unlink ${qa(ops[0]!)}` : `cannot create link ${qa(ops[1]!)} to ${qa(ops[0]!)}`;
      await ctx.stderr.write(`${ctx.name}: ${msg}: ${errText(e)}\n`);
      return 1;
    }
    return 0;
  },
};
export default unlinkOrLink;
