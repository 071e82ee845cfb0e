import type { Applet, AppletContext } from '../types.ts';
import { AccountDb, lockOrFail, loginDefs, today, validName } from './account-db.ts';
import { createHome } from './home-dir.ts';
import { newId } from './id-alloc.ts';
import { parseId, rootFlag, shadowOpts, shadowUsage, supplementaryGroups } from './shadow-opts.ts';

const LONG = {
  badnames: {}, 'base-dir': { arg: 'required' as const, key: 'b' }, 'btrfs-subvolume-home': {}, comment: { arg: 'required' as const, key: 'c' },
  'home-dir': { arg: 'required' as const, key: 'd' }, defaults: { key: 'D' }, expiredate: { arg: 'required' as const, key: 'e' },
  inactive: { arg: 'required' as const, key: 'f' }, gid: { arg: 'required' as const, key: 'g' }, groups: { arg: 'required' as const, key: 'G' },
  help: { key: 'h' }, skel: { arg: 'required' as const, key: 'k' }, key: { arg: 'required' as const, key: 'K' }, 'no-log-init': { key: 'l' },
  'create-home': { key: 'm' }, 'no-create-home': { key: 'M' }, 'no-user-group': { key: 'N' }, 'non-unique': { key: 'o' },
  password: { arg: 'required' as const, key: 'p' }, system: { key: 'r' }, root: { arg: 'required' as const, key: 'R' },
  prefix: { arg: 'required' as const, key: 'P' }, shell: { arg: 'required' as const, key: 's' }, uid: { arg: 'required' as const, key: 'u' },
  'user-group': { key: 'U' }, 'selinux-user': { arg: 'required' as const, key: 'Z' }, extrausers: {},
};

/** A field may not hold ':' or a newline (shadow's VALID()). */
const valid = (s: string) => !/[:\n]/.test(s);

/** useradd (shadow-utils 4.8.1): adds /etc/passwd, /etc/shadow, /etc/group entries and the home. */
const useradd: Applet = {
  async run(ctx) {
    const opts = await shadowOpts(ctx, { short: 'b:c:d:De:f:g:G:hk:K:lmMNop:rR:P:s:u:UZ:', long: LONG });
    if (typeof opts === 'number') return opts;
    const db = new AccountDb(ctx);
    const defs = loginDefs(ctx);
    const f = new Set<string>();
    const v: Record<string, string> = {};
    let groups: string[] = [];
    const err = async (msg: string, code: number) => {
      await ctx.stderr.write(`${ctx.name}: ${msg}\n`);
      return code;
    };
    for (const [k, val] of opts.list) {
      f.add(k);
      if (val !== undefined) v[k] = val;
      switch (k) {
        case 'c': if (!valid(val!)) return err(`invalid comment '${val}'`, 3); break;
        case 'd': if (!valid(val!) || !val!.startsWith('/')) return err(`invalid home directory '${val}'`, 3); break;
        case 'b': if (!valid(val!) || !val!.startsWith('/')) return err(`invalid base directory '${val}'`, 3); break;
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
        case 'p': if (!valid(val!)) return err(`invalid field '${val}'`, 3); break;
        case 's': if (!valid(val!) || (val !== '' && !val!.startsWith('/') && !val!.startsWith('*'))) return err(`invalid shell '${val}'`, 3); break;
        case 'u': if (parseId(val!) === null) return err(`invalid user ID '${val}'`, 3); break;
        case 'Z': return err('-Z requires SELinux enabled kernel', 3);
        case 'R': return rootFlag(ctx, val!);
        case 'f': if (!/^-?\d+$/.test(val!)) return err(`invalid numeric argument '${val}'`, 3); break;
        case 'e': if (val !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(val!)) return err(`invalid date '${val}'`, 3); break;
      }
    }
    let userGroup = f.has('U') || (!f.has('g') && !f.has('N') && defs('USERGROUPS_ENAB') === 'yes');
    const conflict = async (a: string, b: string) => {
      await ctx.stderr.write(`${ctx.name}: options ${a} and ${b} conflict\n`);
      return shadowUsage(ctx, 2);
    };
    if (f.has('o') && !f.has('u')) return shadowUsage(ctx, 2);
    if (f.has('k') && !f.has('m')) return shadowUsage(ctx, 2);
    if (f.has('U') && f.has('g')) return conflict('-U', '-g');
    if (f.has('U') && f.has('N')) return conflict('-U', '-N');
    if (f.has('D')) {
      if (opts.operands.length) return shadowUsage(ctx, 2);
      await ctx.stdout.write('GROUP=100\nHOME=/home\nINACTIVE=-1\nEXPIRE=\nSHELL=/bin/sh\nSKEL=/etc/skel\nCREATE_MAIL_SPOOL=no\n');
      return 0;
    }
    if (opts.operands.length !== 1) return shadowUsage(ctx, 2);
    const name = opts.operands[0]!;
    if (!validName(name)) return err(`invalid user name '${name}'`, 3);
    if (db.user(name)) return err(`user '${name}' already exists`, 9);
    if (userGroup && db.group.find(name)) return err(`group ${name} exists - if you want to add this user to that group, use -g.`, 9);
    if (!(await lockOrFail(ctx, '/etc/passwd'))) return 1;
    const system = f.has('r');
    let uid: number;
    if (f.has('u')) {
      uid = parseId(v.u!)!;
      if (!f.has('o') && db.userByUid(uid)) return err(`UID ${uid} is not unique`, 4);
    } else {
      const got = newId(db.passwd.rows.map((r) => Number(r[2])), system, defs, 'UID');
      if (got === null) return err("can't create user", 4);
      uid = got;
    }
    let gid = f.has('g') ? Number(v.g) : 100;
    if (userGroup) {
      const used = db.group.rows.map((r) => Number(r[2]));
      const got = !used.includes(uid) && !f.has('o') ? uid : newId(used, system, defs, 'GID');
      if (got === null) return err("can't create group", 4);
      gid = got;
    }
    const home = v.d ?? `${v.b ?? '/home'}/${name}`;
    const day = today(ctx);
    const expire = v.e ? String(Math.floor(Date.parse(`${v.e}T00:00:00Z`) / 86400000)) : '';
    db.passwd.add([name, 'x', String(uid), String(gid), v.c ?? '', home, v.s ?? '/bin/sh']);
    db.shadow.add(system ? [name, v.p ?? '!', String(day), '', '', '', v.f ?? '', expire, ''] : [name, v.p ?? '!', String(day), defs('PASS_MIN_DAYS')!, defs('PASS_MAX_DAYS')!, defs('PASS_WARN_AGE')!, v.f ?? '', expire, '']);
    if (userGroup) {
      db.group.add([name, 'x', String(gid), '']);
      db.gshadow.add([name, '!', '', '']);
    }
    for (const g of groups) db.addMember(g, name);
    db.save();
    if (f.has('m')) return makeHome(ctx, home, uid, gid, Number.parseInt(defs('HOME_MODE')!, 8), v.k);
    return 0;
  },
};
export default useradd;

async function makeHome(ctx: AppletContext, home: string, uid: number, gid: number, mode: number, skel?: string): Promise<number> {
  try {
    if (createHome(ctx, home, uid, gid, mode, skel) === 'exists') {
      await ctx.stderr.write(`${ctx.name}: warning: the home directory ${home} already exists.\n${ctx.name}: Not copying any file from skel directory into it.\n`);
    }
  } catch {
    await ctx.stderr.write(`${ctx.name}: cannot create directory ${home}\n`);
    return 12;
  }
  return 0;
}
