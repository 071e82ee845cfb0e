import { FsError } from '../../kernel/fs/errors.ts';
import type { Vfs } from '../../kernel/fs/vfs.ts';

/** The server variables the model reads, from my.cnf's [mysqld] group then the command line. */
export interface MysqldOptions {
  datadir: string;
  socket: string;
  pidFile: string;
  port: number;
  skipNetworking: boolean;
  initialize: boolean;
  daemonize: boolean;
  help: boolean;
  verbose: boolean;
  version: boolean;
  user: string;
}

/** The [mysqld] group of /etc/my.cnf (the image's one, with its !includedir). */
function myCnf(fs: Vfs): Map<string, string> {
  const out = new Map<string, string>();
  const read = (path: string) => {
    let group = '';
    let text: string;
    try {
      text = fs.readFile(path);
    } catch (e) {
      if (e instanceof FsError) return;
      throw e;
    }
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      const g = /^\[(.+)\]$/.exec(line);
      if (g) group = g[1]!;
      else if (line.startsWith('!includedir ')) {
        const dir = line.slice(12).trim();
        try {
          for (const f of fs.readdir(dir).filter((n) => n.endsWith('.cnf')).sort()) read(`${dir.replace(/\/$/, '')}/${f}`);
        } catch (e) {
          if (!(e instanceof FsError)) throw e;
        }
      } else if (group === 'mysqld' && line && !line.startsWith('#')) {
        const [k, ...v] = line.split('=');
        out.set(k!.trim().replace(/_/g, '-'), v.join('=').trim());
      }
    }
  };
  read('/etc/my.cnf');
  return out;
}

export function parseMysqldOptions(fs: Vfs, argv: readonly string[]): MysqldOptions {
  const args = argv.slice(1);
  const noDefaults = args.includes('--no-defaults');
  const cnf = noDefaults ? new Map<string, string>() : myCnf(fs);
  for (const a of args) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (m) cnf.set(m[1]!.replace(/_/g, '-'), m[2] ?? '');
  }
  const has = (k: string) => cnf.has(k);
  return {
    datadir: (cnf.get('datadir') ?? '/var/lib/mysql').replace(/\/?$/, '/'),
    socket: cnf.get('socket') ?? '/var/lib/mysql/mysql.sock',
    pidFile: cnf.get('pid-file') ?? '/var/lib/mysql/mysqld.pid',
    port: Number(cnf.get('port') ?? 3306),
    skipNetworking: has('skip-networking'),
    initialize: has('initialize-insecure') || has('initialize'),
    daemonize: has('daemonize'),
    help: has('help') || args.includes('-?'),
    verbose: has('verbose') || args.includes('-v'),
    version: has('version') || args.includes('-V'),
    user: cnf.get('user') ?? '',
  };
}
