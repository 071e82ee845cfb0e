import { fail } from '../errors.ts';
import type { Applet } from '../types.ts';
import { extraOperand, gnuOpts } from './gnu-opts.ts';

/** tty [-s]: the terminal on standard input, `not a tty` (status 1) otherwise. */
const tty: Applet = {
  async run(ctx) {
    const opts = await gnuOpts(ctx, { short: 's', long: { silent: { key: 's' }, quiet: { key: 's' } } }, 2);
    if (typeof opts === 'number') return opts;
    if (opts.operands.length) return extraOperand(ctx, opts.operands[0]!, 2);
    const silent = opts.list.some(([k]) => k === 's');
    const label = ctx.proc.fds.get(0)?.label ?? '';
    if (!ctx.stdin.tty) {
      if (!silent) await ctx.stdout.write('not a tty\n');
      return 1;
    }
    if (silent) return 0;
    if (!label.startsWith('/dev/')) {
      await fail(ctx, 'ttyname error: Inappropriate ioctl for device');
      return 3;
    }
    await ctx.stdout.write(`${label}\n`);
    return 0;
  },
};
export default tty;
