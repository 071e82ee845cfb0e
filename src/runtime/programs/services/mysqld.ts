import { FsError } from '../../kernel/fs/errors.ts';
import type { Applet, AppletContext } from '../../shell/applets/types.ts';
import { type ListenSocket, closeListening, declareListening } from './listening.ts';
import { isoMicros } from './log-clock.ts';
import { type MysqldOptions, parseMysqldOptions } from './mysqld-options.ts';
import type { Process } from '../../kernel/proc/process.ts';
import { SIGNALS } from '../../kernel/proc/signals.ts';
import { awaitSignals, handleSignals } from './signal-wait.ts';

const VERSION = '8.0.36';
const HOST_CACHE = "The syntax '--skip-host-cache' is deprecated and will be removed in a future release. Please use SET GLOBAL host_cache_size=0 instead.";

type Level = 'System' | 'Warning' | 'ERROR' | 'Note';

/** The error log (stderr without --log-error): `TIME THREAD [Level] [MY-nnnnnn] [Subsystem] text`. */
function logger(ctx: AppletContext) {
  return (thread: number, level: Level, code: string, sub: string, text: string) =>
    ctx.stderr.write(`${isoMicros(ctx.kernel.clock.now)} ${thread} [${level}] [MY-${code}] [${sub}] ${text}\n`);
}

/** `mysqld --verbose --help`: the head and the variables table the entrypoint's mysql_get_config reads. */
function helpText(o: MysqldOptions): string {
  const vars: [string, string][] = [['datadir', o.datadir], ['pid-file', o.pidFile], ['port', String(o.port)], ['skip-networking', String(o.skipNetworking).toUpperCase()], ['socket', o.socket]];
  return `/usr/sbin/mysqld  Ver ${VERSION} for Linux on x86_64 (MySQL Community Server - GPL)\nCopyright (c) 2000, 2024, Oracle and/or its affiliates.\n\nStarts the MySQL database server.\n\nUsage: /usr/sbin/mysqld [OPTIONS]\n\nVariables (--variable-name=value)\nand boolean options {FALSE|TRUE}                             Value (after reading options)\n------------------------------------------------------------ -------------\n${vars.map(([k, v]) => `${k.padEnd(60)} ${v}`).join('\n')}\n\nTo see what values a running MySQL server is using, type\n'mysqladmin variables' instead of 'mysqld --verbose --help'.\n`;
}

/** --initialize-insecure: the data directory's system schema, owned by the server's user. */
async function initialize(ctx: AppletContext, o: MysqldOptions): Promise<number> {
  const log = logger(ctx);
  await log(0, 'Warning', '011068', 'Server', HOST_CACHE);
  if (ctx.fs.exists(`${o.datadir}mysql`)) {
    await log(0, 'ERROR', '010457', 'Server', `--initialize specified but the data directory has files in it. Aborting.`);
    await log(0, 'ERROR', '013236', 'Server', `The designated data directory ${o.datadir} is unusable. You can remove all files that the server added to it.`);
    await log(0, 'ERROR', '010119', 'Server', 'Aborting');
    return 1;
  }
  await log(0, 'System', '013169', 'Server', `/usr/sbin/mysqld (mysqld ${VERSION}) initializing of server in progress as process ${ctx.proc.pid}`);
  await log(1, 'System', '013576', 'InnoDB', 'InnoDB initialization has started.');
  ctx.fs.mkdir(`${o.datadir}mysql`, 0o750);
  for (const f of ['ibdata1', 'mysql.ibd', 'undo_001', 'undo_002', 'auto.cnf']) ctx.fs.writeFile(`${o.datadir}${f}`, f === 'auto.cnf' ? `[auto]\nserver-uuid=${ctx.kernel.random.hex(8)}-${ctx.kernel.random.hex(4)}-11ef-${ctx.kernel.random.hex(4)}-${ctx.kernel.random.hex(12)}\n` : '', { mode: 0o640 });
  await log(1, 'System', '013577', 'InnoDB', 'InnoDB initialization has ended.');
  await log(6, 'Warning', '010453', 'Server', 'root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.');
  return 0;
}

/** The running server: start-up log, pid file, sockets, then waits for SIGTERM or mysqladmin shutdown. */
async function serve(ctx: AppletContext, o: MysqldOptions, ready?: () => void): Promise<number> {
  const log = logger(ctx);
  const pid = ctx.proc.pid;
  handleSignals(ctx.proc, ['TERM', 'QUIT', 'HUP']);
  await log(0, 'Warning', '011068', 'Server', HOST_CACHE);
  if (!ctx.fs.exists(`${o.datadir}mysql`)) {
    await log(0, 'System', '010116', 'Server', `/usr/sbin/mysqld (mysqld ${VERSION}) starting as process ${pid}`);
    await log(1, 'ERROR', '012960', 'InnoDB', `Cannot create redo log files because data files are corrupt or the database was not shut down cleanly after creating the data files.`);
    await log(0, 'ERROR', '010119', 'Server', 'Aborting');
    return 1;
  }
  await log(0, 'System', '010116', 'Server', `/usr/sbin/mysqld (mysqld ${VERSION}) starting as process ${pid}`);
  await log(1, 'System', '013576', 'InnoDB', 'InnoDB initialization has started.');
  await log(1, 'System', '013577', 'InnoDB', 'InnoDB initialization has ended.');
  if (!ctx.fs.exists(`${o.datadir}ca.pem`)) for (const f of ['ca.pem', 'ca-key.pem', 'server-cert.pem', 'server-key.pem', 'client-cert.pem', 'client-key.pem']) ctx.fs.writeFile(`${o.datadir}${f}`, '-----BEGIN CERTIFICATE-----\n', { mode: f.endsWith('key.pem') ? 0o600 : 0o644 });
  await log(0, 'Warning', '010068', 'Server', 'CA certificate ca.pem is self signed.');
  await log(0, 'System', '013602', 'Server', 'Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.');
  const pidDir = o.pidFile.slice(0, o.pidFile.lastIndexOf('/'));
  if (pidDir === '/var/run/mysqld') await log(0, 'Warning', '011810', 'Server', `Insecure configuration for --pid-file: Location '${pidDir}' in the path is accessible to all OS users. Consider choosing a different directory.`);
  ctx.fs.writeFile(o.pidFile, `${pid}\n`);
  const xsock = o.socket.replace(/[^/]*$/, 'mysqlx.sock');
  const sockets: ListenSocket[] = [{ proto: 'unix', address: o.socket, port: 0, protocol: 'mysql' }, { proto: 'unix', address: xsock, port: 0, protocol: 'mysqlx' }];
  if (!o.skipNetworking) sockets.push({ proto: 'tcp', address: '[::]', port: o.port, protocol: 'mysql' }, { proto: 'tcp', address: '[::]', port: 33060, protocol: 'mysqlx' });
  declareListening(ctx.proc, sockets);
  await log(0, 'System', '011323', 'Server', o.skipNetworking ? `X Plugin ready for connections. Socket: ${xsock}` : `X Plugin ready for connections. Bind-address: '::' port: 33060, socket: ${xsock}`);
  await log(0, 'System', '010931', 'Server', `/usr/sbin/mysqld: ready for connections. Version: '${VERSION}'  socket: '${o.socket}'  port: ${o.skipNetworking ? 0 : o.port}  MySQL Community Server - GPL.`);
  ready?.();
  await awaitSignals(ctx.proc);
  // mysqladmin shutdown arrives as a connection (thread 10) from root; a signal has no user.
  const viaAdmin = adminShutdown.delete(ctx.proc);
  await log(viaAdmin ? 10 : 0, 'System', '013172', 'Server', `Received SHUTDOWN from user ${viaAdmin ? 'root' : '<via user signal>'}. Shutting down mysqld (Version: ${VERSION}).`);
  closeListening(ctx.proc);
  try {
    ctx.fs.unlink(o.pidFile);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
  }
  await log(0, 'System', '010910', 'Server', `/usr/sbin/mysqld: Shutdown complete (mysqld ${VERSION})  MySQL Community Server - GPL.`);
  return 0;
}

const adminShutdown = new WeakSet<Process>();

/**
 * The SHUTDOWN command of a client connected on the server's unix socket (mysqladmin shutdown):
 * the server logs it as from root, then stops as for SIGTERM.
 */
export function requestShutdown(ctx: AppletContext, server: Process): void {
  adminShutdown.add(server);
  ctx.kernel.signal(server, SIGNALS.TERM!, ctx.proc);
}

/** mysqld 8.0 (the mysql:8.0 image's server). */
const mysqld: Applet = {
  async run(ctx) {
    const o = parseMysqldOptions(ctx.fs, ctx.argv);
    if (o.version) {
      await ctx.stdout.write(`/usr/sbin/mysqld  Ver ${VERSION} for Linux on x86_64 (MySQL Community Server - GPL)\n`);
      return 0;
    }
    if (o.help) {
      await ctx.stdout.write(o.verbose ? helpText(o) : `/usr/sbin/mysqld  Ver ${VERSION} for Linux on x86_64 (MySQL Community Server - GPL)\nCopyright (c) 2000, 2024, Oracle and/or its affiliates.\n\nStarts the MySQL database server.\n\nUsage: /usr/sbin/mysqld [OPTIONS]\n\nFor more help options (several pages), use mysqld --verbose --help.\n`);
      return 0;
    }
    if (ctx.proc.creds.uid === 0 && o.user === '') {
      await logger(ctx)(0, 'ERROR', '010123', 'Server', 'Fatal error: Please read "Security" section of the manual to find out how to run mysqld as root!');
      await logger(ctx)(0, 'ERROR', '010119', 'Server', 'Aborting');
      return 1;
    }
    if (o.initialize) return initialize(ctx, o);
    if (!o.daemonize) return serve(ctx, o);
    // --daemonize: the parent returns 0 once the forked server is ready for connections, or the
    // server's status if it ended before that.
    let ready!: (v: number) => void;
    const started = new Promise<number>((r) => (ready = r));
    const ended = ctx.fork((child) => serve(child, o, () => ready(0)));
    return ctx.proc.wait<number>((resolve) => {
      void started.then(resolve);
      void ended.then(resolve);
      return () => {};
    });
  },
};

export default mysqld;
