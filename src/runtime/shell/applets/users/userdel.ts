import type { Applet } from '../types.ts';
import { AccountDb, lockOrFail, loginDefs, members, processOf } from './account-db.ts';
import { removeTree } from './home-dir.ts';
import { rootFlag, shadowOpts, shadowUsage } from './shadow-opts.ts';

const LONG = {
  force: { key: 'f' }, help: { key: 'h' }, remove: { key: 'r' }, root: { arg: 'required' as const, key: 'R' },
  prefix: { arg: 'required' as const, key: 'P' }, extrausers: {}, 'selinux-user': { key: 'Z' },
};

/** userdel [-f] [-r] LOGIN (shadow-utils 4.8.1): drops the account, its private group, and with -r its home. */
const userdel: Applet = {
  async run(ctx) {
    const opts = await shadowOpts(ctx, { short: 'fhrR:P:Z', long: LONG });
    if (typeof opts === 'number') return opts;
    const err = async (msg: string, code: number) => {
      await ctx.stderr.write(`${ctx.name}: ${msg}\n`);
      return code;
    };
    const f = new Set(opts.list.map(([k]) => k));
    const root = opts.list.find(([k]) => k === 'R');
    if (root) return rootFlag(ctx, root[1]!);
    if (f.has('Z')) return err('-Z requires SELinux enabled kernel', 2);
    if (opts.operands.length !== 1) return shadowUsage(ctx, 2);
    const name = opts.operands[0]!;
    const db = new AccountDb(ctx);
    const pw = db.user(name);
    if (!pw) return err(`user '${name}' does not exist`, 6);
    const uid = Number(pw[2]);
    const gid = Number(pw[3]);
    const home = pw[5]!;
    if (!f.has('f')) {
      const busy = processOf(ctx, uid);
      if (busy !== undefined) return err(`user ${name} is currently used by process ${busy}`, 8);
    }
    if (!(await lockOrFail(ctx, '/etc/passwd'))) return 1;
    db.passwd.remove(name);
    db.shadow.remove(name);
    db.removeMember(null, name);
    const own = db.group.find(name);
    if (own && loginDefs(ctx)('USERGROUPS_ENAB') === 'yes' && Number(own[2]) === gid) {
      if (members(own[3]).length) await err(`group ${name} not removed because it has other members.`, 0);
      else if (db.passwd.rows.some((r) => Number(r[3]) === gid)) await err(`group ${name} is the primary group of another user and is not removed.`, 0);
      else {
        db.group.remove(name);
        db.gshadow.remove(name);
      }
    }
    db.save();
    if (!f.has('r')) return 0;
    const spool = `${loginDefs(ctx)('MAIL_DIR')}/${name}`;
    if (ctx.fs.exists(spool)) ctx.fs.unlink(spool);
    else await err(`${name} mail spool (${spool}) not found`, 0);
    if (!ctx.fs.exists(home)) {
      await err(`${name} home directory (${home}) not found`, 0);
      return 0;
    }
    if (!f.has('f') && ctx.fs.stat(home).uid !== uid) return err(`${home} not owned by ${name}, not removing`, 12);
    try {
      removeTree(ctx, home);
    } catch {
      return err(`error removing directory ${home}`, 12);
    }
    return 0;
  },
};
export default userdel;
