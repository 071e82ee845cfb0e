import { FsError } from '../../kernel/fs/errors.ts';
import type { Vfs } from '../../kernel/fs/vfs.ts';

/** What the model of redis-server uses from its configuration (the rest is checked, then kept). */
export interface RedisConfig {
  port: number;
  bind: string[];
  dir: string;
  dbfilename: string;
  /** Save points; empty (`save ""`) disables RDB snapshots. */
  save: string[];
  appendonly: boolean;
  daemonize: boolean;
  logfile: string;
  fromFile: boolean;
}

/** Directives redis 7.2 knows, with their argument counts (n, or -n for at least n). */
const DIRECTIVES: Record<string, number> = {
  port: 1, bind: -1, save: -1, dir: 1, dbfilename: 1, appendonly: 1, appendfilename: 1, appendfsync: 1, daemonize: 1,
  logfile: 1, loglevel: 1, requirepass: 1, 'protected-mode': 1, maxmemory: 1, 'maxmemory-policy': 1, databases: 1,
  timeout: 1, 'tcp-keepalive': 1, 'tcp-backlog': 1, pidfile: 1, 'always-show-logo': 1, 'set-proc-title': 1,
  'stop-writes-on-bgsave-error': 1, rdbcompression: 1, rdbchecksum: 1, replicaof: 2, slaveof: 2, masterauth: 1,
  'replica-read-only': 1, 'lazyfree-lazy-eviction': 1, 'io-threads': 1, 'notify-keyspace-events': 1, include: 1,
  'cluster-enabled': 1, 'supervised': 1, 'unixsocket': 1, 'unixsocketperm': 1, 'maxclients': 1, 'hz': 1,
  'enable-debug-command': 1, 'rename-command': 2, 'user': -1, 'aclfile': 1, 'latency-monitor-threshold': 1, 'slowlog-log-slower-than': 1,
};

export class RedisConfigError extends Error {}

/** loadServerConfigFromString's fatal report, byte for byte. */
function fatal(version: string, line: number, text: string, reason: string): RedisConfigError {
  return new RedisConfigError(`\n*** FATAL CONFIG FILE ERROR (Redis ${version}) ***\nReading the configuration file, at line ${line}\n>>> '${text}'\n${reason}\n`);
}

/** sdssplitargs: words, with "double" and 'single' quotes. */
function splitArgs(line: string): string[] | null {
  const out: string[] = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+))/y;
  let m: RegExpExecArray | null;
  while (re.lastIndex < line.length && (m = re.exec(line))) {
    if (m[0].trim() === '') break;
    out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2] ?? m[3]!);
  }
  return out;
}

/** The config file's text followed by the command-line options (`--port 6380` → `port 6380`). */
export function loadConfig(fs: Vfs, version: string, file: string | undefined, options: string[]): RedisConfig {
  const c: RedisConfig = { port: 6379, bind: ['*', '-::*'], dir: './', dbfilename: 'dump.rdb', save: ['3600', '1', '300', '100', '60', '10000'], appendonly: false, daemonize: false, logfile: '', fromFile: file !== undefined };
  let text = '';
  if (file !== undefined) {
    try {
      text = fs.readFile(file);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      throw new RedisConfigError(`\n*** FATAL CONFIG FILE ERROR (Redis ${version}) ***\nFatal error, can't open config file '${file}': No such file or directory\n`);
    }
  }
  // main() turns `--port 6380 --save ""` into config lines, each argument quoted (sdscatrepr).
  for (const o of options) text += o.startsWith('--') ? `\n${o.slice(2)}` : ` "${o.replace(/["\\]/g, '\\$&')}"`;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const words = splitArgs(line);
    if (!words || words.length === 0) return;
    const name = words[0]!.toLowerCase();
    const args = words.slice(1);
    const want = DIRECTIVES[name];
    if (want === undefined || (want > 0 ? args.length !== want : args.length < -want)) throw fatal(version, i + 1, line, 'Bad directive or wrong number of arguments');
    apply(c, name, args, () => fatal(version, i + 1, line, 'Invalid argument'));
  });
  return c;
}

function apply(c: RedisConfig, name: string, args: string[], invalid: () => RedisConfigError): void {
  const yesNo = () => {
    if (!/^(yes|no)$/i.test(args[0]!)) throw invalid();
    return args[0]!.toLowerCase() === 'yes';
  };
  if (name === 'port') {
    const p = Number(args[0]);
    if (!/^\d+$/.test(args[0]!) || p > 65535) throw invalid();
    c.port = p;
  } else if (name === 'bind') c.bind = args;
  else if (name === 'save') c.save = args.filter((a) => a !== '');
  else if (name === 'dir') c.dir = args[0]!;
  else if (name === 'dbfilename') c.dbfilename = args[0]!;
  else if (name === 'appendonly') c.appendonly = yesNo();
  else if (name === 'daemonize') c.daemonize = yesNo();
  else if (name === 'logfile') c.logfile = args[0]!;
}
