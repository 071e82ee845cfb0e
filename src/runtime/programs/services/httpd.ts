import { FsError } from '../../kernel/fs/errors.ts';
import type { Process } from '../../kernel/proc/process.ts';
import { SIGNALS, SIGNAL_NAMES } from '../../kernel/proc/signals.ts';
import type { Applet, AppletContext } from '../../shell/applets/types.ts';
import { HttpdConfError, type HttpdConf, readHttpdConf } from './httpd-conf.ts';
import { closeListening, declareListening, inheritListening } from './listening.ts';
import { httpdTime } from './log-clock.ts';
import { lookupAccount } from './passwd.ts';
import { awaitSignals, handleSignals } from './signal-wait.ts';

const VERSION = '2.4.59';
const ROOT = '/usr/local/apache2';
/** mpm_event's StartServers: the children the parent keeps. */
const START_SERVERS = 3;

interface Options { test: boolean; version: boolean; defines: string[]; file: string; root: string }

function parse(argv: readonly string[]): Options | string {
  const o: Options = { test: false, version: false, defines: [], file: 'conf/httpd.conf', root: ROOT };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => (a.length > 2 ? a.slice(2) : argv[++i]);
    if (a === '-t') o.test = true;
    else if (a === '-v') o.version = true;
    else if (a.startsWith('-D')) o.defines.push(value() ?? '');
    else if (a.startsWith('-f')) o.file = value() ?? '';
    else if (a.startsWith('-d')) o.root = value() ?? ROOT;
    else return `lab: httpd option '${a}' is not implemented in the lab yet`;
  }
  return o;
}

/** gethostname + getaddrinfo through /etc/hosts, as apr does for the server's own name. */
function ownAddress(ctx: AppletContext): string | null {
  const name = ctx.proc.ns.uts.hostname;
  try {
    for (const line of ctx.fs.readFile('/etc/hosts').split('\n')) {
      const [ip, ...names] = line.trim().split(/\s+/);
      if (ip && !ip.startsWith('#') && !ip.includes(':') && names.includes(name)) return ip;
    }
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
  }
  return null;
}

async function serverNameWarning(ctx: AppletContext, conf: HttpdConf): Promise<void> {
  if (conf.serverName) return;
  const ip = ownAddress(ctx);
  if (!ip) await ctx.stderr.write(`AH00557: httpd: apr_sockaddr_info_get() failed for ${ctx.proc.ns.uts.hostname}\n`);
  await ctx.stderr.write(`AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ip ?? '127.0.0.1'}. Set the 'ServerName' directive globally to suppress this message\n`);
}

/**
 * Apache httpd 2.4 with mpm_event, as httpd-foreground runs it: the root parent and
 * StartServers children as the User of httpd.conf; SIGWINCH graceful stop, SIGTERM stop,
 * SIGHUP/SIGUSR1 restarts; the notices of the image's logs.
 */
const httpd: Applet = {
  async run(ctx) {
    const o = parse(ctx.argv);
    if (typeof o === 'string') {
      await ctx.stderr.write(`${o}\n`);
      return 1;
    }
    if (o.version) {
      await ctx.stdout.write(`Server version: Apache/${VERSION} (Unix)\nServer built:   Apr 10 2024 18:31:35\n`);
      return 0;
    }
    const confPath = o.file.startsWith('/') ? o.file : `${o.root}/${o.file}`;
    const read = (): HttpdConf => readHttpdConf(ctx.fs, o.root, confPath, new Set(o.defines));
    let conf: HttpdConf;
    try {
      conf = read();
    } catch (e) {
      if (!(e instanceof HttpdConfError)) throw e;
      await ctx.stderr.write(e.message);
      return 1;
    }
    await serverNameWarning(ctx, conf);
    if (o.test) {
      await ctx.stderr.write('Syntax OK\n');
      return 0;
    }
    // The configuration is read twice at start-up (pre-config and the real pass), hence the repeat.
    await serverNameWarning(ctx, conf);
    return serve(ctx, o, conf, read);
  },
};

async function serve(ctx: AppletContext, o: Options, first: HttpdConf, read: () => HttpdConf): Promise<number> {
  const proc = ctx.proc;
  const pid = proc.pid;
  const notice = (module: string, text: string) => ctx.stderr.write(`[${httpdTime(ctx.kernel.clock.now)}] [${module}:notice] [pid ${pid}:tid ${pid}] ${text}\n`);
  const commandLine = [ctx.argv[0], ...o.defines.map((d) => `-D ${d}`)].join(' ');
  handleSignals(proc, ['WINCH', 'TERM', 'INT', 'HUP', 'USR1']);
  let conf = first;
  let children: Process[] = [];
  const start = async () => {
    closeListening(proc);
    declareListening(proc, conf.listens.map((port) => ({ proto: 'tcp' as const, address: '[::]', port, protocol: 'http' })));
    try {
      ctx.fs.writeFile(`${o.root}/logs/httpd.pid`, `${pid}\n`);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
    }
    const account = lookupAccount(ctx.fs, conf.user);
    for (let i = 0; i < START_SERVERS; i++) children.push(spawnChild(ctx, account));
    await notice('mpm_event', `AH00489: Apache/${VERSION} (Unix) configured -- resuming normal operations`);
    await notice('core', `AH00094: Command line: '${commandLine}'`);
  };
  const stopChildren = async () => {
    for (const c of children) ctx.kernel.signal(c, SIGNALS.TERM!, proc);
    await Promise.all(children.map((c) => c.exited));
    children.forEach((c) => ctx.kernel.reap(c));
    children = [];
  };
  await start();
  for (;;) {
    for (const sig of await awaitSignals(proc)) {
      const name = SIGNAL_NAMES[sig]!;
      if (name === 'WINCH' || name === 'TERM' || name === 'INT') {
        await notice('mpm_event', name === 'WINCH' ? 'AH00492: caught SIGWINCH, shutting down gracefully' : 'AH00491: caught SIGTERM, shutting down');
        await stopChildren();
        closeListening(proc);
        return 0;
      }
      await notice('mpm_event', name === 'HUP' ? 'AH00493: SIGHUP received.  Attempting to restart' : 'AH00494: SIGUSR1 received.  Doing graceful restart');
      await stopChildren();
      try {
        conf = read();
      } catch (e) {
        if (!(e instanceof HttpdConfError)) throw e;
        await ctx.stderr.write(e.message);
        return 1;
      }
      await start();
    }
  }
}

/** A server child: same command line as the parent, running as the configured User. */
function spawnChild(ctx: AppletContext, account: ReturnType<typeof lookupAccount>): Process {
  const parent = ctx.proc;
  const creds = account ? { uid: account.uid, gid: account.gid, groups: [account.gid], capBnd: parent.creds.capBnd } : undefined;
  const child = ctx.kernel.spawn(parent, { argv: [...parent.argv], creds, main: (p) => p.wait<number>(() => () => {}) });
  child.comm = 'httpd';
  child.exe = parent.exe;
  inheritListening(parent, child);
  return child;
}

export default httpd;
