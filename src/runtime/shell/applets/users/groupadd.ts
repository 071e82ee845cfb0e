import type { Applet } from '../types.ts';
import { AccountDb, lockOrFail, loginDefs, validName } from './account-db.ts';
import { newId } from './id-alloc.ts';
import { parseId, rootFlag, shadowOpts, shadowUsage } from './shadow-opts.ts';

const R = 'required' as const;
const LONG = {
  force: { key: 'f' }, gid: { arg: R, key: 'g' }, help: { key: 'h' }, key: { arg: R, key: 'K' }, 'non-unique': { key: 'o' },
  password: { arg: R, key: 'p' }, system: { key: 'r' }, root: { arg: R, key: 'R' }, prefix: { arg: R, key: 'P' }, extrausers: {},
};

/** groupadd [-f] [-g GID [-o]] [-p PASSWORD] [-r] GROUP (shadow-utils 4.8.1). */
const groupadd: Applet = {
  async run(ctx) {
    const opts = await shadowOpts(ctx, { short: 'fg:hK:op:rR:P:', long: LONG });
    if (typeof opts === 'number') return opts;
    const err = async (msg: string, code: number) => {
      await ctx.stderr.write(`${ctx.name}: ${msg}\n`);
      return code;
    };
    const f = new Set<string>();
    const v: Record<string, string> = {};
    for (const [k, val] of opts.list) {
      f.add(k);
      if (val !== undefined) v[k] = val;
      if (k === 'g' && parseId(val!) === null) return err(`invalid group ID '${val}'`, 3);
      if (k === 'R') return rootFlag(ctx, val!);
      if (k === 'K' && !val!.includes('=')) return err(`-K requires KEY=VALUE`, 3);
    }
    if (f.has('o') && !f.has('g')) return shadowUsage(ctx, 2);
    if (opts.operands.length !== 1) return shadowUsage(ctx, 2);
    const name = opts.operands[0]!;
    if (!validName(name)) return err(`'${name}' is not a valid group name`, 3);
    const db = new AccountDb(ctx);
    if (db.group.find(name)) return f.has('f') ? 0 : err(`group '${name}' already exists`, 9);
    let gid = f.has('g') ? parseId(v.g!)! : null;
    if (gid !== null && !f.has('o') && db.groupByGid(gid)) {
      if (!f.has('f')) return err(`GID '${gid}' already exists`, 4);
      gid = null;
    }
    if (!(await lockOrFail(ctx, '/etc/group'))) return 10;
    if (gid === null) gid = newId(db.group.rows.map((r) => Number(r[2])), f.has('r'), loginDefs(ctx), 'GID');
    if (gid === null) return err("can't create group", 4);
    db.group.add([name, 'x', String(gid), '']);
    db.gshadow.add([name, v.p ?? '!', '', '']);
    db.save();
    return 0;
  },
};
export default groupadd;
