import type { Applet } from '../types.ts';
import { AccountDb, members } from './account-db.ts';
import { readSecret } from './secret-input.ts';
import { lookupTarget, runAs } from './switch-user.ts';

/**
 * newgrp [-] [GROUP] / sg GROUP [[-c] COMMAND] (shadow-utils 4.8.1): a shell (or sh -c COMMAND)
 * whose primary group is GROUP; members and root switch freely, others would need the group password.
 */
const newgrp: Applet = {
  async run(ctx) {
    const sg = ctx.name === 'sg';
    const args = ctx.argv.slice(1);
    let login = false;
    if (!sg && args[0] === '-') {
      login = true;
      args.shift();
    }
    const usage = sg ? 'Usage: sg group [[-c] command]\n' : 'Usage: newgrp [-] [group]\n';
    if ((!sg && (args.length > 1 || args[0]?.startsWith('-'))) || (sg && (args.length === 0 || args.length > 3))) {
      await ctx.stderr.write(usage);
      return 1;
    }
    if (sg && args[1] === '-c') args.splice(1, 1);
    if (sg && args.length > 2) {
      await ctx.stderr.write(usage);
      return 1;
    }
    const db = new AccountDb(ctx);
    const me = lookupTarget(db, db.userByUid(ctx.proc.creds.uid)?.[0] ?? '');
    if (!me) {
      await ctx.stderr.write(`${ctx.name}: Cannot determine your user name.\n`);
      return 1;
    }
    const gr = args[0] === undefined ? db.groupByGid(me.gid) : db.groupBySpec(args[0]);
    if (!gr) {
      await ctx.stderr.write(`${ctx.name}: group '${args[0]}' does not exist\n`);
      return 1;
    }
    const gid = Number(gr[2]);
    const member = me.uid === 0 || gid === me.gid || members(gr[3]).includes(me.name);
    if (!member) {
      await readSecret(ctx, 'Password: ');
      await ctx.stderr.write('Invalid password.\n');
      return 1;
    }
    const groups = ctx.proc.creds.groups.includes(gid) ? ctx.proc.creds.groups : [...ctx.proc.creds.groups, gid];
    const shell = me.shell;
    const argv = sg ? ['/bin/sh', '-c', args[1] ?? shell] : [shell, ...(login ? ['-l'] : [])];
    const env = new Map(ctx.env);
    if (login) {
      env.clear();
      for (const k of ['TERM', 'PATH', 'LANG']) if (ctx.env.has(k)) env.set(k, ctx.env.get(k)!);
      env.set('HOME', me.home);
      env.set('SHELL', shell);
      env.set('USER', me.name);
      env.set('LOGNAME', me.name);
    }
    // Both exec the shell in place of themselves.
    const r = await runAs(ctx, { uid: ctx.proc.creds.uid, gid, groups }, argv, env, login ? me.home : undefined);
    if ('status' in r) return r.status;
    await ctx.stderr.write(`${ctx.name}: failed to execute ${argv[0]}: ${r.errno.text}\n`);
    return r.errno.code === 'ENOENT' ? 127 : 126;
  },
};
export default newgrp;
