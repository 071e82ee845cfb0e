import { fail } from '../errors.ts';
import type { Applet } from '../types.ts';
import { Accounts } from './accounts.ts';
import { extraOperand, gnuOpts } from './gnu-opts.ts';

/** whoami: the name of the effective user. */
const whoami: Applet = {
  async run(ctx) {
    const opts = await gnuOpts(ctx, {});
    if (typeof opts === 'number') return opts;
    if (opts.operands.length) return extraOperand(ctx, opts.operands[0]!);
    const uid = ctx.proc.creds.uid;
    const name = new Accounts(ctx).userById(uid)?.name;
    if (name === undefined) {
      await fail(ctx, ctx.flavor === 'busybox' ? `unknown uid ${uid}` : `cannot find name for user ID ${uid}`);
      return 1;
    }
    await ctx.stdout.write(`${name}\n`);
    return 0;
  },
};
export default whoami;
