import type { Host } from '../host.ts';
import { CLIENT, PLUGINS } from '../daemon/cli/system/versions.ts';
import type { AppletContext } from '../shell/applets/types.ts';
import { servicesOf } from './boot.ts';
import { maySocket, permissionErrors } from './docker-socket-access.ts';

export const NO_DAEMON = 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n';

/**
 * What the client's connection to /var/run/docker.sock finds: dockerd up, or docker.socket
 * listening, in which case systemd starts docker.service for it (socket activation).
 */
export async function dockerdReachable(host: Host): Promise<boolean> {
  const m = servicesOf(host);
  if (!m) return true;
  const svc = m.units.get('docker.service');
  if (!svc) return false;
  if (svc.active === 'active') return true;
  const sock = m.units.get('docker.socket');
  if (sock?.active !== 'active') return false;
  return (await m.startUnit(svc)) === 'done';
}

interface Io {
  out(t: string): Promise<void>;
  err(t: string): Promise<void>;
}

/** Commands that try each argument in turn and report each failure. */
const PER_TARGET = new Set(['container stop', 'container restart', 'container kill', 'container wait', 'container rm', 'container pause', 'container unpause', 'container update', 'image rm', 'volume rm']);
const INSPECTS = new Set(['inspect', 'container inspect', 'image inspect', 'volume inspect', 'network inspect']);

function clientInfo(): string {
  const plugins = PLUGINS.map((p) => `  ${p.Name}: ${p.ShortDescription} (${p.Vendor})\n    Version:  ${p.Version}\n    Path:     ${p.Path}\n`).join('');
  return `Client:\n Version:    ${CLIENT.Version}\n Context:    default\n Debug Mode: false\n Plugins:\n${plugins}\nServer:\n`;
}

function clientVersion(): string {
  return `Client:\n Version:           ${CLIENT.Version}\n API version:       ${CLIENT.DefaultAPIVersion}\n Go version:        ${CLIENT.GoVersion}\n Git commit:        ${CLIENT.GitCommit}\n Built:             ${CLIENT.BuildTime}\n OS/Arch:           linux/amd64\n Context:           default\n`;
}

/**
 * The docker CLI's connection to the daemon for command `id`: null when it gets through, else the
 * exit status after printing what CLI 28.2.2 prints when the socket is not there (daemon and
 * docker.socket stopped) or may not be opened (a user outside the docker group).
 */
export async function connectDaemon(ctx: AppletContext, host: Host, id: string, args: string[], format: string, flag: (n: string) => boolean): Promise<number | null> {
  const io: Io = { out: (t) => ctx.stdout.write(t), err: (t) => ctx.stderr.write(t) };
  const m = servicesOf(host);
  const listening = !m || m.units.get('docker.service')?.active === 'active' || m.units.get('docker.socket')?.active === 'active';
  if (listening && !maySocket(ctx)) return refuse(io, id, args, format, permissionErrors(id, args, flag));
  if (await dockerdReachable(host)) return null;
  return refuse(io, id, args, format, args.length && (PER_TARGET.has(id) || INSPECTS.has(id) || id === 'container start') ? args.map(() => NO_DAEMON) : [NO_DAEMON]);
}

/** The CLI's output for command `id` when its connection fails with `errors` (one per request). */
async function refuse(io: Io, id: string, args: string[], format: string, errors: string[]): Promise<number> {
  const denied = errors[0]!.startsWith('permission denied');
  if (id === 'container run') {
    await io.err(`docker: ${errors[0]}\nRun 'docker run --help' for more information\n`);
    return denied ? 126 : 125;
  }
  if (id === 'system info' || id === 'version') {
    if (format) await io.out('\n');
    else await io.out(id === 'version' ? clientVersion() : clientInfo());
    await io.err(errors[0]!);
    return 1;
  }
  if (INSPECTS.has(id)) {
    await io.out(format ? '\n' : '[]\n');
    for (const e of errors) await io.err(e);
    return 1;
  }
  if (id === 'image pull' && args[0] && !/[:@][^/]*$/.test(args[0])) await io.out('Using default tag: latest\n');
  for (const e of errors) await io.err(e);
  if (id === 'container start') await io.err(`Error: failed to start containers: ${args.join(', ')}\n`);
  if (id === 'container rename') await io.err(`Error: failed to rename container named ${args[0]}\n`);
  return 1;
}
