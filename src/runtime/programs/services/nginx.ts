import type { Applet, AppletContext } from '../../shell/applets/types.ts';
import { openLog } from './log-target.ts';
import { NGINX_BUILDS, type NginxBuild } from './nginx-build.ts';
import { NginxConfError, type Stmt, parseConf } from './nginx-conf.ts';
import { NginxLog } from './nginx-log.ts';
import { runMaster } from './nginx-master.ts';
import { type NginxSettings, level, settingsOf } from './nginx-settings.ts';
import { sendSignal } from './nginx-signal.ts';

export interface NginxOptions {
  help: boolean;
  version: 0 | 1 | 2;
  test: 0 | 1 | 2;
  quiet: boolean;
  signal?: string;
  prefix: string;
  conf: string;
  errorLog?: string;
  globals: string;
}

const SIGNAL_NAMES = ['stop', 'quit', 'reopen', 'reload'];

/** ngx_get_options: single-letter flags, a value either glued (`-cfile`) or in the next word. */
function parseOptions(argv: readonly string[], legacy: boolean): NginxOptions | string {
  const o: NginxOptions = { help: false, version: 0, test: 0, quiet: false, prefix: '/etc/nginx/', conf: '', globals: '' };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('-')) return `invalid option: "${a}"`;
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if ('?h'.includes(c)) o.help = true;
      else if (c === 'v') o.version = Math.max(o.version, 1) as 1;
      else if (c === 'V') o.version = 2;
      else if (c === 't') o.test = Math.max(o.test, 1) as 1;
      else if (c === 'T') o.test = 2;
      else if (c === 'q') o.quiet = true;
      else if ('spceg'.includes(c) && !(legacy && c === 'e')) {
        const value = a.length > j + 1 ? a.slice(j + 1) : argv[++i];
        const what = { s: 'parameter', p: 'path', c: 'file name', e: 'file name', g: 'parameter' }[c]!;
        if (value === undefined) return `option "-${c}" requires ${what}`;
        if (c === 's') {
          if (!SIGNAL_NAMES.includes(value)) return `invalid option: "-s ${value}"`;
          o.signal = value;
        } else if (c === 'p') o.prefix = value.endsWith('/') ? value : `${value}/`;
        else if (c === 'c') o.conf = value;
        else if (c === 'e') o.errorLog = value;
        else o.globals = value;
        break;
      } else return `invalid option: "${a.slice(j)}"`;
    }
  }
  return o;
}

function helpText(b: NginxBuild, legacy: boolean): string {
  const usage = legacy
    ? 'Usage: nginx [-?hvVtTq] [-s signal] [-c filename] [-p prefix] [-g directives]\n'
    : 'Usage: nginx [-?hvVtTq] [-s signal] [-p prefix]\n             [-e filename] [-c filename] [-g directives]\n';
  return `${usage}\nOptions:\n  -?,-h         : this help\n  -v            : show version and exit\n  -V            : show version and configure options then exit\n  -t            : test configuration and exit\n  -T            : test configuration, dump it and exit\n  -q            : suppress non-error messages during configuration testing\n  -s signal     : send signal to a master process: stop, quit, reopen, reload\n${legacy ? '  -p prefix     : set prefix path (default: /etc/nginx/)\n' : '  -p prefix     : set prefix path (default: /etc/nginx/)\n  -e filename   : set error log file (default: /var/log/nginx/error.log)\n'}  -c filename   : set configuration file (default: /etc/nginx/nginx.conf)\n  -g directives : set global directives out of configuration file\n\n`;
}

function versionText(b: NginxBuild, full: boolean): string {
  const head = `nginx version: nginx/${b.version}\n`;
  return full ? `${head}built by ${b.compiler}\nbuilt with ${b.openssl}\nTLS SNI support enabled\nconfigure arguments: ${b.configure}\n` : head;
}

export interface Loaded {
  stmts: Stmt[];
  settings: NginxSettings;
  confPath: string;
}

/** Reads the configuration as ngx_init_cycle does; errors come back as nginx's [emerg] text. */
export function loadConfig(ctx: AppletContext, o: NginxOptions): Loaded {
  const confPath = o.conf === '' ? '/etc/nginx/nginx.conf' : o.conf.startsWith('/') ? o.conf : `${o.prefix}${o.conf}`;
  const stmts = parseConf({ fs: ctx.fs, confDir: confPath.slice(0, confPath.lastIndexOf('/') + 1) }, confPath, o.globals);
  const settings = settingsOf(stmts, ctx.proc.creds.uid === 0, { errorLog: o.errorLog ?? '/var/log/nginx/error.log', pidPath: '/var/run/nginx.pid' });
  return { stmts, settings, confPath };
}

const nginx: Applet = {
  async run(ctx) {
    const build = NGINX_BUILDS[ctx.name] ?? NGINX_BUILDS.nginx!;
    const legacy = build.version.startsWith('1.14');
    const o = parseOptions(ctx.argv, legacy);
    if (typeof o === 'string') {
      await ctx.stderr.write(`nginx: ${o}\n`);
      return 1;
    }
    if (o.help || o.version) {
      await ctx.stderr.write(versionText(build, o.version === 2) + (o.help ? helpText(build, legacy) : ''));
      return 0;
    }
    const now = () => ctx.kernel.clock.now;
    // Until the configuration names one, messages go to the compiled-in error log (stderr in the images).
    const log = new NginxLog(openLog(ctx, o.errorLog ?? '/var/log/nginx/error.log'), level('error'), ctx.stderr, now);
    const confPath = o.conf === '' ? '/etc/nginx/nginx.conf' : o.conf;
    let loaded: Loaded;
    try {
      loaded = loadConfig(ctx, o);
    } catch (e) {
      if (!(e instanceof NginxConfError)) throw e;
      await log.write('emerg', ctx.proc.pid, e.message);
      if (o.test) await ctx.stderr.write(`nginx: configuration file ${confPath} test failed\n`);
      return 1;
    }
    log.reopen(openLog(ctx, loaded.settings.errorLog.path), loaded.settings.errorLog.level);
    if (o.test) {
      if (!o.quiet) await ctx.stderr.write(`nginx: the configuration file ${loaded.confPath} syntax is ok\nnginx: configuration file ${loaded.confPath} test is successful\n`);
      if (o.test === 2) for (const f of configFiles(loaded.stmts, loaded.confPath)) await ctx.stdout.write(`# configuration file ${f}:\n${ctx.fs.readFile(f)}\n`);
      return 0;
    }
    if (o.signal) return sendSignal(ctx, log, loaded.settings.pidPath, o.signal);
    return runMaster(ctx, { build, log, loaded, options: o });
  },
};

/** The files -T dumps: the main one, then each included file in the order read. */
function configFiles(stmts: readonly Stmt[], main: string): string[] {
  const files = [main];
  const walk = (list: readonly Stmt[]) => {
    for (const s of list) {
      if (!files.includes(s.file) && s.file !== 'command line') files.push(s.file);
      if (s.block) walk(s.block);
    }
  };
  walk(stmts);
  return files;
}

export default nginx;
