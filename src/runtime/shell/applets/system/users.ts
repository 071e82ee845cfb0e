import type { Applet } from '../types.ts';
import { extraOperand, gnuOpts } from './gnu-opts.ts';
import { loginSessions } from './proc-table.ts';

/** users: the names of logged-in users, sorted, on one line. */
const users: Applet = {
  async run(ctx) {
    const opts = await gnuOpts(ctx, {});
    if (typeof opts === 'number') return opts;
    if (opts.operands.length > 1) return extraOperand(ctx, opts.operands[1]!);
    // An operand names a utmp file; only the live sessions are modelled.
    const names = opts.operands.length ? [] : loginSessions(ctx).map((s) => s.user).sort();
    if (names.length) await ctx.stdout.write(`${names.join(' ')}\n`);
    return 0;
  },
};
export default users;
