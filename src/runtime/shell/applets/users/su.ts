import { getopt, OptError } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { AccountDb, loginDefs } from './account-db.ts';
import { readSecret } from './secret-input.ts';
import { lookupTarget, passwordMatches, runAs, type Target } from './switch-user.ts';

const HELP = `
Usage:
 su [options] [-] [<user> [<argument>...]]

Change the effective user ID and group ID to that of <user>.
A mere - implies -l.  If <user> is not given, root is assumed.

Options:
 -m, -p, --preserve-environment      do not reset environment variables
 -w, --whitelist-environment <list>  don't reset specified variables

 -g, --group <group>             specify the primary group
 -G, --supp-group <group>        specify a supplemental group

 -, -l, --login                  make the shell a login shell
 -c, --command <command>         pass a single command to the shell with -c
 --session-command <command>     pass a single command to the shell with -c
                                   and do not create a new session
 -f, --fast                      pass -f to the shell (for csh or tcsh)
 -s, --shell <shell>             run <shell> if /etc/shells allows it
 -P, --pty                       create a new pseudo-terminal

 -h, --help                      display this help
 -V, --version                   display version

For more details see su(1).
`;

const R = 'required' as const;
const LONG = {
  command: { arg: R, key: 'c' }, 'session-command': { arg: R, key: 'C' }, fast: { key: 'f' }, login: { key: 'l' }, 'preserve-environment': { key: 'm' },
  pty: { key: 'P' }, shell: { arg: R, key: 's' }, group: { arg: R, key: 'g' }, 'supp-group': { arg: R, key: 'G' }, help: { key: 'h' },
  version: { key: 'V' }, 'whitelist-environment': { arg: R, key: 'w' },
};

const die = async (ctx: AppletContext, msg: string, code = 1) => {
  await ctx.stderr.write(`su: ${msg}\n`);
  return code;
};

/** su (util-linux 2.37): run a shell as another user; root needs no password, others authenticate. */
const su: Applet = {
  async run(ctx) {
    let p;
    try {
      p = getopt(ctx.argv.slice(1), { short: 'c:fg:G:lmpPs:hVw:', long: LONG });
    } catch (e) {
      if (!(e instanceof OptError)) throw e;
      await ctx.stderr.write(`su: ${e.message}\nTry 'su --help' for more information.\n`);
      return 1;
    }
    let login = false;
    let command: string | undefined;
    let shellOpt: string | undefined;
    let preserve = false;
    let group: string | undefined;
    const supp: string[] = [];
    for (const [k, v] of p.list) {
      if (k === 'h' || k === 'V') {
        await ctx.stdout.write(k === 'h' ? HELP : 'su from util-linux 2.37.2\n');
        return 0;
      }
      if (k === 'l') login = true;
      else if (k === 'c' || k === 'C') command = v;
      else if (k === 's') shellOpt = v;
      else if (k === 'm' || k === 'p') preserve = true;
      else if (k === 'g') group = v;
      else if (k === 'G') supp.push(v!);
    }
    const ops = [...p.operands];
    if (ops[0] === '-') {
      login = true;
      ops.shift();
    }
    const restricted = ctx.proc.creds.uid !== 0;
    if ((group !== undefined || supp.length) && restricted) return die(ctx, 'only root can specify alternative groups');
    const db = new AccountDb(ctx);
    const user = ops.shift() ?? 'root';
    const target = lookupTarget(db, user);
    if (!target) return die(ctx, `user ${user} does not exist or the user entry does not contain all the required fields`);
    if (restricted) {
      const pass = await readSecret(ctx, 'Password: ');
      if (pass === null || !passwordMatches(ctx, db, target.name, pass)) return die(ctx, 'Authentication failure');
    }
    const creds = { uid: target.uid, gid: target.gid, groups: target.groups };
    const gids: number[] = [];
    for (const spec of [...(group !== undefined ? [group] : []), ...supp]) {
      const g = db.groupBySpec(spec);
      if (!g) return die(ctx, `group ${spec} does not exist`);
      gids.push(Number(g[2]));
    }
    // -g/-G replace what initgroups would give: the primary is -g (else the first -G).
    if (gids.length) Object.assign(creds, { gid: gids[0]!, groups: [...new Set(supp.length && group !== undefined ? gids.slice(1) : gids)] });
    let shell = target.shell;
    if (shellOpt !== undefined) shell = shellOpt;
    else if (preserve && ctx.env.get('SHELL')) shell = ctx.env.get('SHELL')!;
    const env = buildEnv(ctx, target, shell, login, preserve);
    const base = shell.split('/').pop()!;
    // A login shell is started as `-bash` (argv[0] with a dash), which is how bash knows.
    const argv = [login ? `-${base}` : base, ...(command !== undefined ? ['-c', command] : []), ...ops];
    const status = await ctx.fork(async (child) => {
      const r = await runAs(child, creds, argv, env, login ? target.home : undefined, shell);
      if ('status' in r) return r.status;
      return die(child, `failed to execute ${shell}: ${r.errno.text}`, r.errno.code === 'ENOENT' ? 127 : 126);
    });
    return status;
  },
};
export default su;

/** modify_environment: -l starts from TERM alone; otherwise HOME, SHELL (and USER, LOGNAME for non-root) change. */
function buildEnv(ctx: AppletContext, t: Target, shell: string, login: boolean, preserve: boolean): Map<string, string> {
  if (preserve) return new Map(ctx.env);
  if (!login) {
    const env = new Map(ctx.env);
    env.set('HOME', t.home);
    env.set('SHELL', shell);
    if (t.uid !== 0) {
      env.set('USER', t.name);
      env.set('LOGNAME', t.name);
    }
    return env;
  }
  const defs = loginDefs(ctx);
  const env = new Map<string, string>();
  const term = ctx.env.get('TERM');
  if (term !== undefined) env.set('TERM', term);
  env.set('HOME', t.home);
  env.set('SHELL', shell);
  env.set('USER', t.name);
  env.set('LOGNAME', t.name);
  env.set('PATH', (t.uid === 0 ? defs('ENV_SUPATH')! : defs('ENV_PATH')!).replace(/^PATH=/, ''));
  // pam_env (readenv=1: /etc/environment, /etc/default/locale) and pam_mail in /etc/pam.d/su-l.
  for (const file of ['/etc/environment', '/etc/default/locale']) {
    let text = '';
    try {
      text = ctx.fs.readFile(file);
    } catch {
      continue;
    }
    for (const m of text.matchAll(/^\s*([A-Za-z_]\w*)=(.*)$/gm)) env.set(m[1]!, m[2]!.replace(/^"(.*)"$/, '$1'));
  }
  env.set('MAIL', `${defs('MAIL_DIR')}/${t.name}`);
  return env;
}
