import type { Applet } from '../types.ts';
import { AccountDb, lockOrFail, members } from './account-db.ts';
import { rootFlag, shadowOpts, shadowUsage } from './shadow-opts.ts';

const R = 'required' as const;
const LONG = {
  add: { arg: R, key: 'a' }, administrators: { arg: R, key: 'A' }, delete: { arg: R, key: 'd' }, help: { key: 'h' },
  members: { arg: R, key: 'M' }, root: { arg: R, key: 'Q' }, 'remove-password': { key: 'r' }, restrict: { key: 'R' },
};

/** gpasswd (shadow-utils 4.8.1): -a/-d one member, -M/-A lists, -r/-R the group password. */
const gpasswd: Applet = {
  async run(ctx) {
    const opts = await shadowOpts(ctx, { short: 'a:A:d:ghM:Q:rR', long: LONG });
    if (typeof opts === 'number') return opts;
    const db = new AccountDb(ctx);
    const err = async (msg: string, code: number) => {
      await ctx.stderr.write(`${ctx.name}: ${msg}\n`);
      return code;
    };
    const listOk = async (list: string) => {
      let ok = true;
      for (const u of list.split(',').filter(Boolean)) {
        if (!db.user(u)) {
          await err(`user '${u}' does not exist`, 3);
          ok = false;
        }
      }
      return ok;
    };
    const v: Record<string, string> = {};
    for (const [k, val] of opts.list) {
      v[k] = val ?? '';
      if (k === 'a' && !db.user(val!)) return err(`user '${val}' does not exist`, 3);
      if (k === 'A' && !db.gshadow.present) return err('shadow group passwords required for -A', 17);
      if ((k === 'A' || k === 'M') && !(await listOk(val!))) return 3;
      if (k === 'Q') return rootFlag(ctx, val!);
    }
    const exclusive = ['a', 'd', 'r', 'R'].filter((k) => k in v).length + ('A' in v || 'M' in v ? 1 : 0);
    if (exclusive > 1 || opts.operands.length !== 1) return shadowUsage(ctx, 2);
    const group = opts.operands[0]!;
    const gr = db.group.find(group);
    if (!gr) return err(`group '${group}' does not exist in /etc/group`, 3);
    const sg = db.gshadow.find(group);
    const me = db.userByUid(ctx.proc.creds.uid)?.[0];
    if (ctx.proc.creds.uid !== 0 && !(me && sg && members(sg[2]).includes(me))) return err('Permission denied.', 1);
    if (exclusive === 0) {
      if (!ctx.stdin.tty) return err('Not a tty', 1);
      await ctx.stdout.write(`Changing the password for group ${group}\n`);
      return err('Not a tty', 1);
    }
    if (!(await lockOrFail(ctx, '/etc/group'))) return 1;
    if ('a' in v) {
      await ctx.stdout.write(`Adding user ${v.a} to group ${group}\n`);
      db.addMember(group, v.a!);
    } else if ('d' in v) {
      await ctx.stdout.write(`Removing user ${v.d} from group ${group}\n`);
      if (!db.removeMember(group, v.d!)) return err(`user '${v.d}' is not a member of '${group}'`, 3);
    } else if ('r' in v || 'R' in v) {
      const pw = 'r' in v ? '' : '!';
      if (sg) sg[1] = pw;
      else gr[1] = pw;
    } else {
      if ('M' in v) {
        gr[3] = v.M!;
        if (sg) sg[3] = v.M!;
      }
      if ('A' in v && sg) sg[2] = v.A!;
    }
    db.save();
    return 0;
  },
};
export default gpasswd;
