import type { Applet } from '../types.ts';
import { AccountDb, lockOrFail } from './account-db.ts';
import { rootFlag, shadowOpts, shadowUsage } from './shadow-opts.ts';

const LONG = { help: { key: 'h' }, root: { arg: 'required' as const, key: 'R' }, prefix: { arg: 'required' as const, key: 'P' }, force: { key: 'f' }, extrausers: {} };

/** groupdel [-f] GROUP (shadow-utils 4.8.1): refuses a group that is some user's primary group. */
const groupdel: Applet = {
  async run(ctx) {
    const opts = await shadowOpts(ctx, { short: 'hR:P:f', long: LONG });
    if (typeof opts === 'number') return opts;
    const root = opts.list.find(([k]) => k === 'R');
    if (root) return rootFlag(ctx, root[1]!);
    if (opts.operands.length !== 1) return shadowUsage(ctx, 2);
    const name = opts.operands[0]!;
    const db = new AccountDb(ctx);
    const g = db.group.find(name);
    const err = async (msg: string, code: number) => {
      await ctx.stderr.write(`${ctx.name}: ${msg}\n`);
      return code;
    };
    if (!g) return err(`group '${name}' does not exist`, 6);
    if (!opts.list.some(([k]) => k === 'f')) {
      const user = db.passwd.rows.find((r) => r[3] === g[2]);
      if (user) return err(`cannot remove the primary group of user '${user[0]}'`, 8);
    }
    if (!(await lockOrFail(ctx, '/etc/group'))) return 10;
    db.group.remove(name);
    db.gshadow.remove(name);
    db.save();
    return 0;
  },
};
export default groupdel;
