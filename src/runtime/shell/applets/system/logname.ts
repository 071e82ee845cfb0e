import { fail } from '../errors.ts';
import type { Process } from '../../../kernel/proc/process.ts';
import type { Applet } from '../types.ts';
import { Accounts } from './accounts.ts';
import { extraOperand, gnuOpts } from './gnu-opts.ts';

/** The login shell of the caller's session (what /proc/self/loginuid names), if any. */
export function loginShell(p: Process): Process | undefined {
  for (let q: Process | null = p; q; q = q.parent) if (q.sid === q.id && q.argv[0]?.startsWith('-')) return q;
  return undefined;
}

/** logname: the user who logged in on this session. */
const logname: Applet = {
  async run(ctx) {
    const opts = await gnuOpts(ctx, {});
    if (typeof opts === 'number') return opts;
    if (opts.operands.length) return extraOperand(ctx, opts.operands[0]!);
    const login = loginShell(ctx.proc);
    if (!login) {
      await fail(ctx, ctx.flavor === 'busybox' ? 'getlogin: No such device or address' : 'no login name');
      return 1;
    }
    await ctx.stdout.write(`${new Accounts(ctx).userName(login.creds.uid)}\n`);
    return 0;
  },
};
export default logname;
