import { fail } from '../errors.ts';
import type { Applet, AppletContext } from '../types.ts';
import { Accounts } from './accounts.ts';
import { gnuOpts } from './gnu-opts.ts';

interface Ids {
  ruid: number;
  euid: number;
  rgid: number;
  egid: number;
  groups: number[];
  user?: string;
}

/** id [-ugGnrz] [USER...]: the caller's credentials, or a user's from /etc/passwd and /etc/group. */
const id: Applet = {
  async run(ctx) {
    const bb = ctx.flavor === 'busybox';
    const opts = await gnuOpts(ctx, {
      short: bb ? 'ugGnr' : 'aZugGnrz',
      long: { context: { key: 'Z' }, group: { key: 'g' }, groups: { key: 'G' }, name: { key: 'n' }, real: { key: 'r' }, user: { key: 'u' }, zero: { key: 'z' } },
    });
    if (typeof opts === 'number') return opts;
    const f = new Set(opts.list.map(([k]) => k));
    const only = ['u', 'g', 'G', 'Z'].filter((k) => f.has(k));
    if (only.length > 1) return failOut(ctx, 'cannot print "only" of more than one choice');
    if (f.has('Z')) return failOut(ctx, '--context (-Z) works only on an SELinux-enabled kernel');
    if (!only.length && (f.has('n') || f.has('r'))) return failOut(ctx, 'cannot print only names or real IDs in default format');
    if (!only.length && f.has('z')) return failOut(ctx, 'option --zero not permitted in default format');
    const acc = new Accounts(ctx);
    const targets: (Ids | null)[] = opts.operands.length
      ? opts.operands.map((name) => {
          const u = acc.lookupUser(name.replace(/^\+(?=\d)/, ''));
          return u ? { ruid: u.uid, euid: u.uid, rgid: u.gid, egid: u.gid, groups: acc.groupList(u.name, u.gid), user: u.name } : null;
        })
      : [{ ruid: ctx.proc.creds.uid, euid: ctx.proc.creds.uid, rgid: ctx.proc.creds.gid, egid: ctx.proc.creds.gid, groups: ctx.proc.creds.groups }];
    let status = 0;
    const end = f.has('z') ? '\0' : '\n';
    for (let i = 0; i < targets.length; i++) {
      const t = targets[i];
      if (!t) {
        await fail(ctx, bb ? `unknown user ${opts.operands[i]}` : `'${opts.operands[i]}': no such user`);
        status = 1;
        continue;
      }
      const name = (uid: number) => acc.userById(uid)?.name;
      const gname = (gid: number) => acc.groupById(gid)?.name;
      const list = [t.rgid, ...(t.egid !== t.rgid ? [t.egid] : []), ...t.groups.filter((g) => g !== t.rgid && g !== t.egid)];
      let out: string;
      if (f.has('u') || f.has('g')) {
        const v = f.has('u') ? (f.has('r') ? t.ruid : t.euid) : f.has('r') ? t.rgid : t.egid;
        const n = f.has('n') ? (f.has('u') ? name(v) : gname(v)) : String(v);
        if (n === undefined) {
          await fail(ctx, `cannot find name for ${f.has('u') ? 'user' : 'group'} ID ${v}`);
          status = 1;
        }
        out = (n ?? String(v)) + end;
      } else if (f.has('G')) {
        out = list.map((g) => (f.has('n') ? gname(g) ?? String(g) : String(g))).join(f.has('z') ? '\0' : ' ') + end;
      } else {
        const u = (uid: number) => `${uid}${name(uid) !== undefined ? `(${name(uid)})` : ''}`;
        const g = (gid: number) => `${gid}${gname(gid) !== undefined ? `(${gname(gid)})` : ''}`;
        out = `uid=${u(t.ruid)} gid=${g(t.rgid)}`;
        if (t.euid !== t.ruid) out += ` euid=${u(t.euid)}`;
        if (t.egid !== t.rgid) out += ` egid=${g(t.egid)}`;
        out += ` groups=${list.map(g).join(',')}\n`;
      }
      await ctx.stdout.write(out);
    }
    return status;
  },
};
export default id;

async function failOut(ctx: AppletContext, msg: string): Promise<number> {
  await fail(ctx, msg);
  return 1;
}
