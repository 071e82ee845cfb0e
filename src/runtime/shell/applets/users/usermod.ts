import { FsError } from '../../../kernel/fs/errors.ts';
import type { Applet } from '../types.ts';
import { AccountDb, lockOrFail, members, processOf, validName } from './account-db.ts';
import { chownTree } from './home-dir.ts';
import { parseId, rootFlag, shadowOpts, shadowUsage, supplementaryGroups } from './shadow-opts.ts';

const R = 'required' as const;
const LONG = {
  append: { key: 'a' }, badnames: { key: 'b' }, comment: { arg: R, key: 'c' }, home: { arg: R, key: 'd' }, expiredate: { arg: R, key: 'e' },
  inactive: { arg: R, key: 'f' }, gid: { arg: R, key: 'g' }, groups: { arg: R, key: 'G' }, help: { key: 'h' }, login: { arg: R, key: 'l' },
  lock: { key: 'L' }, 'move-home': { key: 'm' }, 'non-unique': { key: 'o' }, password: { arg: R, key: 'p' }, root: { arg: R, key: 'R' },
  prefix: { arg: R, key: 'P' }, shell: { arg: R, key: 's' }, uid: { arg: R, key: 'u' }, unlock: { key: 'U' }, 'add-subuids': { arg: R, key: 'v' },
  'del-subuids': { arg: R, key: 'V' }, 'add-subgids': { arg: R, key: 'w' }, 'del-subgids': { arg: R, key: 'W' }, 'selinux-user': { arg: R, key: 'Z' },
};

const valid = (s: string) => !/[:\n]/.test(s);

/** usermod (shadow-utils 4.8.1): changes one account in the four databases, moves its home. */
const usermod: Applet = {
  async run(ctx) {
    const opts = await shadowOpts(ctx, { short: 'abc:d:e:f:g:G:hl:Lmop:R:P:s:u:Uv:V:w:W:Z:', long: LONG });
    if (typeof opts === 'number') return opts;
    const err = async (msg: string, code: number) => {
      await ctx.stderr.write(`${ctx.name}: ${msg}\n`);
      return code;
    };
    const db = new AccountDb(ctx);
    const f = new Set<string>();
    const v: Record<string, string> = {};
    let groups: string[] = [];
    for (const [k, val] of opts.list) {
      f.add(k);
      if (val !== undefined) v[k] = val;
      switch (k) {
        case 'c': case 'd': case 'p': if (!valid(val!)) return err(`invalid field '${val}'`, 3); break;
        case 's': if (!valid(val!) || (val !== '' && !val!.startsWith('/'))) return err(`invalid field '${val}'`, 3); break;
        case 'g': {
          const g = db.groupBySpec(val!);
          if (!g) return err(`group '${val}' does not exist`, 6);
          v.g = g[2]!;
          break;
        }
        case 'G': {
          const list = await supplementaryGroups(ctx, db, val!);
          if (!list) return 6;
          groups = list;
          break;
        }
        case 'l': if (!validName(val!)) return err(`invalid user name '${val}'`, 3); break;
        case 'u': if (parseId(val!) === null) return err(`invalid user ID '${val}'`, 3); break;
        case 'Z': return err('-Z requires SELinux enabled kernel', 3);
        case 'R': return rootFlag(ctx, val!);
        case 'v': case 'V': case 'w': case 'W': return err(`invalid subordinate ${k.toLowerCase() === 'v' ? 'uid' : 'gid'} range '${val}'`, 3);
      }
    }
    if (opts.operands.length !== 1) return shadowUsage(ctx, 2);
    const name = opts.operands[0]!;
    const pw = db.user(name);
    if (!pw) return err(`user '${name}' does not exist`, 6);
    const only = async (a: string, b: string) => {
      await ctx.stderr.write(`${ctx.name}: ${a} flag is only allowed with the ${b} flag\n`);
      return shadowUsage(ctx, 2);
    };
    if (f.has('a') && !f.has('G')) return only('-a', '-G');
    if ((f.has('L') && (f.has('p') || f.has('U'))) || (f.has('p') && f.has('U'))) {
      await ctx.stderr.write(`${ctx.name}: the -L, -p, and -U flags are exclusive\n`);
      return shadowUsage(ctx, 2);
    }
    if (f.has('o') && !f.has('u')) return only('-o', '-u');
    if (f.has('m') && !f.has('d')) return only('-m', '-d');
    const [, , uidS, gidS, , home, shell] = pw as [string, string, string, string, string, string, string];
    const uid = Number(uidS);
    const gid = Number(gidS);
    if (f.has('u') && parseId(v.u!) === uid) f.delete('u');
    if (f.has('g') && Number(v.g) === gid) f.delete('g');
    if (f.has('s') && v.s === shell) f.delete('s');
    if (f.has('l') && v.l === name) f.delete('l');
    if (f.has('d') && v.d === home) (f.delete('d'), f.delete('m'));
    if (![...'UuspmLlGgfedc'].some((k) => f.has(k))) return err('no changes', 0);
    if (f.has('l') && db.user(v.l!)) return err(`user '${v.l}' already exists`, 9);
    if (f.has('u') && !f.has('o') && db.userByUid(parseId(v.u!)!)) return err(`UID '${v.u}' already exists`, 4);
    if (f.has('l') || f.has('u') || (f.has('d') && f.has('m'))) {
      const busy = processOf(ctx, uid);
      if (busy !== undefined) return err(`user ${name} is currently used by process ${busy}`, 8);
    }
    if (!(await lockOrFail(ctx, '/etc/passwd'))) return 1;
    const sp = db.shadow.find(name);
    const newName = f.has('l') ? v.l! : name;
    const newUid = f.has('u') ? parseId(v.u!)! : uid;
    const newGid = f.has('g') ? Number(v.g) : gid;
    const newHome = f.has('d') ? v.d! : home;
    pw[0] = newName;
    pw[2] = String(newUid);
    pw[3] = String(newGid);
    if (f.has('c')) pw[4] = v.c!;
    pw[5] = newHome;
    if (f.has('s')) pw[6] = v.s!;
    if (sp) {
      sp[0] = newName;
      if (f.has('p')) sp[1] = v.p!;
      if (f.has('L') && !sp[1]!.startsWith('!')) sp[1] = `!${sp[1]}`;
      if (f.has('U') && sp[1]!.startsWith('!')) {
        if (sp[1] === '!') {
          await ctx.stderr.write(`${ctx.name}: unlocking the user's password would result in a passwordless account.\nYou should set a password with usermod -p to unlock this user's password.\n`);
        } else sp[1] = sp[1]!.slice(1);
      }
    } else if (f.has('p')) pw[1] = v.p!;
    if (f.has('l')) db.renameMember(name, newName);
    if (f.has('G')) {
      for (const r of db.group.rows) {
        const isMember = members(r[3]).includes(newName);
        const want = groups.includes(r[0]!);
        if (want && !isMember) db.addMember(r[0]!, newName);
        else if (!want && isMember && !f.has('a')) db.removeMember(r[0]!, newName);
      }
    }
    db.save();
    if (f.has('m') && ctx.fs.exists(home) && ctx.fs.stat(home).type === 'dir') {
      if (ctx.fs.exists(newHome)) return err(`directory ${newHome} exists`, 12);
      try {
        ctx.fs.rename(home, newHome);
      } catch (e) {
        if (!(e instanceof FsError)) throw e;
        return err(`cannot rename directory ${home} to ${newHome}`, 12);
      }
    }
    if ((f.has('u') || f.has('g')) && ctx.fs.exists(newHome)) chownTree(ctx, newHome, uid, f.has('u') ? newUid : -1, gid, f.has('g') ? newGid : -1);
    return 0;
  },
};
export default usermod;
