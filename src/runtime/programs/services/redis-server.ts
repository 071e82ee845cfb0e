import { FsError } from '../../kernel/fs/errors.ts';
import { SIGNAL_NAMES } from '../../kernel/proc/signals.ts';
import type { Applet, AppletContext } from '../../shell/applets/types.ts';
import { closeListening, declareListening } from './listening.ts';
import { redisTime } from './log-clock.ts';
import { type RedisConfig, RedisConfigError, loadConfig } from './redis-config.ts';
import { loadRdb, saveRdb } from './redis-rdb.ts';
import { awaitSignals, handleSignals } from './signal-wait.ts';

const VERSION = '7.2.4';
const OVERCOMMIT = "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.";

/** serverLog: `PID:ROLE DATE * text` (`*` notice, `#` warning); role C before initServer, M after. */
function logger(ctx: AppletContext) {
  return async (role: 'C' | 'M', level: '*' | '#', text: string) => {
    await ctx.stdout.write(`${ctx.proc.pid}:${role} ${redisTime(ctx.kernel.clock.now)} ${level} ${text}\n`);
  };
}

function usage(): string {
  return `Usage: ./redis-server [/path/to/redis.conf] [options] [-]\n       ./redis-server - (read config from stdin)\n       ./redis-server -v or --version\n       ./redis-server -h or --help\n       ./redis-server --test-memory <megabytes>\n       ./redis-server --check-system\n\nExamples:\n       ./redis-server (run the server with default conf)\n       echo 'maxmemory 128mb' | ./redis-server -\n       ./redis-server /etc/redis/6379.conf\n       ./redis-server --port 7777\n       ./redis-server --port 7777 --replicaof 127.0.0.1 8888\n       ./redis-server /etc/myredis.conf --loglevel verbose -\n       ./redis-server /etc/myredis.conf --loglevel verbose\n\nSentinel mode:\n       ./redis-server /etc/sentinel.conf --sentinel\n`;
}

function overcommitDisabled(ctx: AppletContext): boolean {
  try {
    return ctx.fs.readFile('/proc/sys/vm/overcommit_memory').trim() !== '1';
  } catch (e) {
    if (e instanceof FsError) return false;
    throw e;
  }
}

/** What `ps` shows once redisSetProcTitle ran: `redis-server *:6379`. */
function title(argv0: string, c: RedisConfig): string {
  const host = c.bind[0] === '*' || c.bind.length === 0 ? '*' : c.bind[0]!;
  return `${argv0} ${host}:${c.port}`;
}

/**
 * redis-server 7.2 (the redis image's build): start-up log, listening on the configured port,
 * SIGTERM/SIGINT → final RDB save (when save points are set) and exit 0.
 */
const redisServer: Applet = {
  async run(ctx) {
    const args = ctx.argv.slice(1);
    if (args[0] === '-v' || args[0] === '--version') {
      await ctx.stdout.write(`Redis server v=${VERSION} sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=3f1b8ee3d5d4a8b8\n`);
      return 0;
    }
    if (args[0] === '-h' || args[0] === '--help') {
      await ctx.stderr.write(usage());
      return 1;
    }
    const file = args[0] && !args[0].startsWith('--') ? args[0] : undefined;
    let c: RedisConfig;
    try {
      c = loadConfig(ctx.fs, VERSION, file, file ? args.slice(1) : args);
    } catch (e) {
      if (!(e instanceof RedisConfigError)) throw e;
      await ctx.stderr.write(e.message);
      return 1;
    }
    const log = logger(ctx);
    const pid = ctx.proc.pid;
    await log('C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo');
    await log('C', '*', `Redis version=${VERSION}, bits=64, commit=00000000, modified=0, pid=${pid}, just started`);
    if (args.length === 0) await log('C', '#', `Warning: no config file specified, using the default config. In order to specify a config file use ${ctx.argv[0]} /path/to/redis.conf`);
    else await log('C', '*', 'Configuration loaded');
    handleSignals(ctx.proc, ['TERM', 'INT']);
    await log('M', '*', 'monotonic clock: POSIX clock_gettime');
    ctx.proc.argv = [title(ctx.argv[0]!, c)];
    declareListening(ctx.proc, [{ proto: 'tcp', address: '0.0.0.0', port: c.port, protocol: 'redis' }, { proto: 'tcp', address: '[::]', port: c.port, protocol: 'redis' }]);
    await log('M', '*', `Running mode=standalone, port=${c.port}.`);
    await log('M', '*', 'Server initialized');
    if (overcommitDisabled(ctx)) await log('M', '#', OVERCOMMIT);
    const rdb = `${c.dir.replace(/\/$/, '')}/${c.dbfilename}`;
    for (const line of loadRdb(ctx, rdb, VERSION)) await log('M', '*', line);
    await log('M', '*', 'Ready to accept connections tcp');
    const sig = (await awaitSignals(ctx.proc))[0]!;
    const now = Math.floor(ctx.kernel.clock.now / 1000);
    await ctx.stdout.write(`${pid}:signal-handler (${now}) Received SIG${SIGNAL_NAMES[sig]} scheduling shutdown...\n`);
    await log('M', '*', 'User requested shutdown...');
    if (c.save.length > 0) {
      await log('M', '*', 'Saving the final RDB snapshot before exiting.');
      const err = saveRdb(ctx, rdb, VERSION);
      if (err) {
        await log('M', '#', `Failed opening the temp RDB file temp-${pid}.rdb (in server root dir ${ctx.proc.cwd}) for saving: ${err}`);
        await log('M', '#', 'Error trying to save the DB, can\'t exit.');
      } else await log('M', '*', 'DB saved on disk');
    }
    closeListening(ctx.proc);
    await log('M', '#', 'Redis is now ready to exit, bye bye...');
    return 0;
  },
};

export default redisServer;
