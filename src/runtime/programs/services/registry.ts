import { FsError } from '../../kernel/fs/errors.ts';
import type { Applet, AppletContext } from '../../shell/applets/types.ts';
import { closeListening, declareListening } from './listening.ts';
import { goRfc3339Nano } from './log-clock.ts';
import { awaitSignals, handleSignals } from './signal-wait.ts';

const VERSION = 'v2.8.3';
const GO = 'go1.20.8';

const USAGE = "`registry`\n\nUsage: \n  registry [flags]\n  registry [command]\n\nAvailable Commands: \n  serve           `serve` stores and distributes Docker images\n  garbage-collect `garbage-collect` deletes layers not referenced by any manifests\n  help            Help about any command\n\nFlags:\n  -h, --help=false: help for registry\n  -v, --version=false: show the version and exit\n\n\nUse \"registry help [command]\" for more information about a command.\n";

/** logrus's TextFormatter: a value is quoted unless it is made of plain characters only. */
function field(key: string, value: string): string {
  return `${key}=${/^[\w\-.\/@^+]+$/.test(value) ? value : JSON.stringify(value)}`;
}

function uuid(ctx: AppletContext): string {
  const h = ctx.kernel.random.hex(32).split('');
  h[12] = '4';
  h[16] = '89ab'[parseInt(h[16]!, 16) & 3]!;
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** The `http.addr` of the configuration (`:5000` in the image's config.yml), env override first. */
function httpAddr(ctx: AppletContext, config: string): string {
  const env = ctx.env.get('REGISTRY_HTTP_ADDR');
  if (env) return env;
  const m = /^http:\s*\n(?:[ \t]+.*\n)*?[ \t]+addr:\s*(\S+)/m.exec(config);
  return m?.[1] ?? ':5000';
}

/**
 * distribution's `registry serve CONFIG` (2.8): logrus start-up lines on stderr, listening on
 * http.addr; SIGTERM drains (DrainTimeout 0s by default) and exits 0.
 */
const registry: Applet = {
  async run(ctx) {
    const [cmd, configPath] = ctx.argv.slice(1);
    if (cmd === '-v' || cmd === '--version') {
      await ctx.stdout.write(`${ctx.argv[0]} github.com/docker/distribution ${VERSION}\n`);
      return 0;
    }
    if (cmd === undefined || cmd === 'help' || cmd === '-h' || cmd === '--help') {
      await ctx.stdout.write(USAGE);
      return 0;
    }
    if (cmd !== 'serve') {
      await ctx.stderr.write(`lab: registry ${cmd} is not implemented in the lab yet\n`);
      return 1;
    }
    let config: string;
    try {
      config = ctx.fs.readFile(configPath ?? ctx.env.get('REGISTRY_CONFIGURATION_PATH') ?? '');
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      await ctx.stderr.write(`configuration error: open ${configPath}: no such file or directory\n\n${USAGE}`);
      return 1;
    }
    const common = [field('go.version', GO), field('instance.id', uuid(ctx)), field('service', 'registry'), field('version', VERSION)].join(' ');
    const log = (level: string, msg: string) => ctx.stderr.write(`time="${goRfc3339Nano(ctx.kernel.clock.now)}" level=${level} ${field('msg', msg)} ${common}\n`);
    handleSignals(ctx.proc, ['TERM']);
    if (!ctx.env.get('REGISTRY_HTTP_SECRET') && !/^\s+secret:/m.test(config)) {
      await log('warning', 'No HTTP secret provided - generated random secret. This may cause problems with uploads if multiple registries are behind a load-balancer. To provide a shared secret, fill in http.secret in the configuration file or set the REGISTRY_HTTP_SECRET environment variable.');
    }
    await log('info', 'redis not configured');
    await log('info', `Starting upload purge in ${ctx.kernel.random.int(60)}m0s`);
    await log('info', 'using inmemory blob descriptor cache');
    const addr = httpAddr(ctx, config);
    const port = Number(addr.split(':').pop());
    const host = addr.slice(0, addr.lastIndexOf(':'));
    declareListening(ctx.proc, [{ proto: 'tcp', address: host === '' ? '[::]' : host, port, protocol: 'registry' }]);
    await log('info', `listening on ${host === '' ? '[::]' : host}:${port}`);
    await awaitSignals(ctx.proc);
    await log('info', 'stopping server gracefully. Draining connections for 0s');
    closeListening(ctx.proc);
    return 0;
  },
};

export default registry;
