import { fail } from '../errors.ts';
import type { Applet } from '../types.ts';
import { Accounts } from './accounts.ts';
import { gnuOpts } from './gnu-opts.ts';

/** groups [USER...]: group names of the caller, or `user : groups` per user. */
const groups: Applet = {
  async run(ctx) {
    const opts = await gnuOpts(ctx, {});
    if (typeof opts === 'number') return opts;
    const acc = new Accounts(ctx);
    const names = (rgid: number, egid: number, list: number[]) =>
      [rgid, ...(egid !== rgid ? [egid] : []), ...list.filter((g) => g !== rgid && g !== egid)].map((g) => acc.groupById(g)?.name ?? String(g)).join(' ');
    if (!opts.operands.length) {
      const c = ctx.proc.creds;
      await ctx.stdout.write(`${names(c.gid, c.gid, c.groups)}\n`);
      return 0;
    }
    let status = 0;
    for (const user of opts.operands) {
      const u = acc.lookupUser(user);
      if (!u) {
        await fail(ctx, `'${user}': no such user`);
        status = 1;
        continue;
      }
      await ctx.stdout.write(`${user} : ${names(u.gid, u.gid, acc.groupList(u.name, u.gid))}\n`);
    }
    return status;
  },
};
export default groups;
