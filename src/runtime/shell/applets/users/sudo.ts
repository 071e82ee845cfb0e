import { getopt, OptError } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { AccountDb } from './account-db.ts';
import { readSecret } from './secret-input.ts';
import { SUDO_HELP, SUDO_USAGE, SUDO_VERSION } from './sudo-help.ts';
import { shellEscape, sudoEnv } from './sudo-env.ts';
import { findRule, listing, loadSudoers, userMatches, type Who } from './sudoers.ts';
import { lookupTarget, passwordMatches, runAs } from './switch-user.ts';

const R = 'required' as const;
const LONG = {
  askpass: { key: 'A' }, 'auth-type': { arg: R, key: 'a' }, background: { key: 'b' }, bell: { key: 'B' }, 'close-from': { arg: R, key: 'C' },
  chdir: { arg: R, key: 'D' }, 'preserve-env': { arg: 'optional' as const, key: 'E' }, edit: { key: 'e' }, group: { arg: R, key: 'g' },
  'set-home': { key: 'H' }, help: { key: 'h' }, host: { arg: R, key: 'host' }, login: { key: 'i' }, 'remove-timestamp': { key: 'K' },
  'reset-timestamp': { key: 'k' }, list: { key: 'l' }, 'non-interactive': { key: 'n' }, 'preserve-groups': { key: 'P' }, prompt: { arg: R, key: 'p' },
  chroot: { arg: R, key: 'R' }, role: { arg: R, key: 'r' }, stdin: { key: 'S' }, shell: { key: 's' }, type: { arg: R, key: 't' },
  'command-timeout': { arg: R, key: 'T' }, 'other-user': { arg: R, key: 'U' }, user: { arg: R, key: 'u' }, version: { key: 'V' }, validate: { key: 'v' },
};

const say = async (ctx: AppletContext, msg: string, code = 1) => {
  await ctx.stderr.write(`sudo: ${msg}\n`);
  return code;
};

/**
 * sudo 1.9.9 with the sudoers policy. Rule of the lab: the policy is read from /etc/sudoers (and
 * its @includedir /etc/sudoers.d); a model without /etc/sudoers gets Ubuntu's file plus the lab's
 * `student ALL=(ALL) NOPASSWD:ALL`, so the student never meets a password prompt it cannot answer.
 */
const sudo: Applet = {
  async run(ctx) {
    let p;
    try {
      p = getopt(ctx.argv.slice(1), { short: 'Aa:BbC:D:Eeg:HhiKklnPp:R:r:SsT:t:U:u:Vv', long: LONG, stopAtOperand: true });
    } catch (e) {
      if (!(e instanceof OptError)) throw e;
      await ctx.stderr.write(`sudo: ${e.message}\n${SUDO_USAGE}`);
      return 1;
    }
    const f = new Map<string, string | undefined>(p.list);
    if (f.has('h')) {
      await ctx.stdout.write(SUDO_HELP);
      return 0;
    }
    if (f.has('V')) {
      await ctx.stdout.write(SUDO_VERSION);
      return 0;
    }
    if (f.has('K') || f.has('k') && !p.operands.length) return 0;
    if (['R', 'r', 't', 'e'].some((k) => f.has(k))) return say(ctx, `the -${[...'Rrte'].find((k) => f.has(k))} option is not supported in this lab`);
    const login = f.has('i');
    const shellMode = f.has('s');
    if (login && shellMode) return say(ctx, 'you may not specify both the -i and -s options');
    if (!p.operands.length && !login && !shellMode && !f.has('l') && !f.has('v')) {
      await ctx.stderr.write(SUDO_USAGE);
      return 1;
    }
    const db = new AccountDb(ctx);
    const me = lookupTarget(db, db.userByUid(ctx.proc.creds.uid)?.[0] ?? '');
    if (!me) return say(ctx, `you do not exist in the passwd database`);
    const who: Who = { name: me.name, uid: me.uid, groupNames: me.groups.map((g) => db.groupByGid(g)?.[0] ?? '') };
    const runasSpec = f.get('u') ?? 'root';
    const target = lookupTarget(db, runasSpec, true);
    if (!target) return say(ctx, `unknown user ${runasSpec}`);
    const host = ctx.proc.ns.uts.hostname;
    const rules = loadSudoers(ctx);
    const inSudoers = rules.specs.some((s) => userMatches(s, who));
    const auth = async (needed: boolean): Promise<boolean> => {
      if (!needed || me.uid === 0) return true;
      if (f.has('n')) return !(await say(ctx, 'a password is required'));
      if (!ctx.stdin.tty && !f.has('S')) {
        await say(ctx, 'a terminal is required to read the password; either use the -S option to read from standard input or configure an askpass helper');
        return !(await say(ctx, 'a password is required'));
      }
      for (let i = 1; i <= 3; i++) {
        const pass = await readSecret(ctx, f.get('p')?.replace(/%p|%u/g, me.name) ?? `[sudo] password for ${me.name}: `);
        if (pass === null) {
          await say(ctx, 'no password was provided');
          return !(await say(ctx, 'a password is required'));
        }
        if (passwordMatches(ctx, db, me.name, pass)) return true;
        if (i < 3) await ctx.stderr.write('Sorry, try again.\n');
      }
      return !(await say(ctx, '3 incorrect password attempts'));
    };
    if (f.has('l') || f.has('v')) {
      const any = rules.specs.some((s) => userMatches(s, who) && s.commands.some((c) => c.nopasswd));
      if (!(await auth(!any))) return 1;
      if (!inSudoers) {
        await ctx.stderr.write(`Sorry, user ${me.name} may not run sudo on ${host}.\n`);
        return 1;
      }
      if (f.has('v')) return 0;
      await ctx.stdout.write(listing(rules, who, host));
      return 0;
    }
    const securePath = /^secure_path="?([^"]*)"?$/.exec(rules.defaults.find((d) => d.startsWith('secure_path=')) ?? '')?.[1] ?? null;
    let argv: string[];
    if (login || shellMode) {
      const shell = login ? target.shell : ctx.env.get('SHELL') || me.shell;
      argv = [shell, ...(login ? ['-l'] : []), ...(p.operands.length ? ['-c', shellEscape(p.operands)] : [])];
    } else argv = [...p.operands];
    const path = resolve(ctx, argv[0]!, securePath ?? ctx.env.get('PATH') ?? '');
    if (path === null) return say(ctx, `${argv[0]}: command not found`);
    const args = argv.slice(1).filter((a) => a !== '-l' || !login);
    const rule = me.uid === 0 ? { nopasswd: true } : findRule(rules, who, target, null, path, args);
    if (!(await auth(!rule?.nopasswd))) return 1;
    if (!inSudoers && me.uid !== 0) {
      await ctx.stderr.write(`${me.name} is not in the sudoers file.  This incident will be reported.\n`);
      return 1;
    }
    if (!rule) {
      await ctx.stderr.write(`Sorry, user ${me.name} is not allowed to execute '${[path, ...args].join(' ')}' as ${target.name} on ${host}.\n`);
      return 1;
    }
    const command = [path, ...args].join(' ');
    const env = sudoEnv(ctx.env, { caller: { name: me.name, uid: me.uid, gid: ctx.proc.creds.gid, shell: me.shell }, target, login, preserve: f.has('E'), securePath, command });
    const creds = f.has('P') ? { uid: target.uid, gid: ctx.proc.creds.gid, groups: ctx.proc.creds.groups } : target;
    const cwd = login ? target.home : f.get('D');
    return ctx.fork(async (child) => {
      if (cwd !== undefined) {
        child.proc.creds = { uid: creds.uid, gid: creds.gid, groups: [...creds.groups] };
        try {
          if (child.fs.stat(cwd).type !== 'dir') throw new Error();
          child.proc.cwd = child.fs.realpath(cwd);
        } catch {
          return say(child, `unable to change directory to ${cwd}: No such file or directory`);
        }
      }
      const r = login ? await runAs(child, creds, [`-${path.split('/').pop()}`, ...args], env, undefined, path) : await runAs(child, creds, [path, ...argv.slice(1)], env);
      if ('status' in r) return r.status;
      return say(child, `unable to execute ${path}: ${r.errno.text}`);
    });
  },
};
export default sudo;

/** find_path: a name with a slash must exist; otherwise the first executable file on the path. */
function resolve(ctx: AppletContext, name: string, path: string): string | null {
  const isFile = (p: string) => {
    try {
      return ctx.fs.stat(p).type === 'file';
    } catch {
      return false;
    }
  };
  if (name.includes('/')) return isFile(name) ? name : null;
  for (const dir of path.split(':')) {
    const p = `${dir || '.'}/${name}`;
    if (isFile(p)) return p;
  }
  return null;
}
