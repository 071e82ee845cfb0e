import type { Applet } from '../types.ts';
import { extraOperand, gnuOpts } from './gnu-opts.ts';

/** arch: the machine hardware name (uname -m). */
const arch: Applet = {
  async run(ctx) {
    const opts = await gnuOpts(ctx, {});
    if (typeof opts === 'number') return opts;
    if (opts.operands.length) return extraOperand(ctx, opts.operands[0]!);
    await ctx.stdout.write(`${ctx.host.machine}\n`);
    return 0;
  },
};
export default arch;
