import type { AppletContext } from '../shell/applets/types.ts';

const SOCK = '/var/run/docker.sock';
const URL_SOCK = 'http://%2Fvar%2Frun%2Fdocker.sock';
const API = 'v1.50';

/** The first request each command makes (what its connect error names), CLI 28.2.2 against a socket it may not open. */
type Req = (args: string[], flag?: (n: string) => boolean) => string[];
const per = (method: string, path: (a: string) => string): Req => (args) => args.map((a) => `${method} "${URL_SOCK}/${API}/${path(a)}"`);
const one = (method: string, path: string): Req => () => [`${method} "${URL_SOCK}/${API}/${path}"`];
const PING: Req = () => [`Head "${URL_SOCK}/_ping"`];
const enc = (s: string) => encodeURIComponent(s);

const FIRST_REQUEST: Record<string, Req> = {
  'container ls': (_a, flag) => [`Get "${URL_SOCK}/${API}/containers/json${flag?.('all') ? '?all=1' : ''}"`],
  'container start': per('Post', (a) => `containers/${a}/start`),
  'container stop': per('Post', (a) => `containers/${a}/stop`),
  'container restart': per('Post', (a) => `containers/${a}/restart`),
  'container kill': per('Post', (a) => `containers/${a}/kill`),
  'container pause': per('Post', (a) => `containers/${a}/pause`),
  'container unpause': per('Post', (a) => `containers/${a}/unpause`),
  'container update': (args) => per('Post', (a) => `containers/${a}/update`)(args.slice(-1)),
  'container rm': per('Delete', (a) => `containers/${a}`),
  'container exec': (args) => per('Get', (a) => `containers/${a}/json`)(args.slice(0, 1)),
  'container logs': (args) => per('Get', (a) => `containers/${a}/json`)(args.slice(0, 1)),
  'container attach': (args) => per('Get', (a) => `containers/${a}/json`)(args.slice(0, 1)),
  'container port': (args) => per('Get', (a) => `containers/${a}/json`)(args.slice(0, 1)),
  'container top': (args) => per('Get', (a) => `containers/${a}/top`)(args.slice(0, 1)),
  'container diff': (args) => per('Get', (a) => `containers/${a}/changes`)(args.slice(0, 1)),
  'container export': (args) => per('Get', (a) => `containers/${a}/export`)(args.slice(0, 1)),
  'container inspect': per('Get', (a) => `containers/${a}/json`),
  'container rename': (args) => [`Post "${URL_SOCK}/${API}/containers/${args[0]}/rename?name=${enc(args[1] ?? '')}"`],
  inspect: per('Get', (a) => `containers/${a}/json`),
  'image inspect': per('Get', (a) => `images/${a}/json`),
  'image rm': per('Delete', (a) => `images/${a}`),
  'image history': (args) => per('Get', (a) => `images/${a}/history`)(args.slice(0, 1)),
  'image search': (args) => [`Get "${URL_SOCK}/${API}/images/search?term=${enc(args[0] ?? '')}"`],
  'network ls': one('Get', 'networks'),
  'network inspect': per('Get', (a) => `networks/${a}`),
  'volume ls': one('Get', 'volumes'),
  'volume create': one('Post', 'volumes/create'),
  'volume inspect': per('Get', (a) => `volumes/${a}`),
  'volume rm': per('Delete', (a) => `volumes/${a}`),
  'system events': one('Get', 'events'),
  'system df': one('Get', 'system/df'),
  'system info': one('Get', 'info'),
  version: one('Get', 'version'),
};

/** gids of the `docker` group in /etc/group (the socket's group, SocketGroup=docker). */
function dockerGid(ctx: AppletContext): number | null {
  try {
    const line = ctx.fs.readFile('/etc/group').split('\n').find((l) => l.startsWith('docker:'));
    return line ? Number(line.split(':')[2]) : null;
  } catch {
    return null;
  }
}

/** Whether the caller may connect(2) to /var/run/docker.sock (srw-rw---- root:docker). */
export function maySocket(ctx: AppletContext): boolean {
  const c = ctx.proc.creds;
  if (c.uid === 0) return true;
  const gid = dockerGid(ctx);
  return gid !== null && (c.gid === gid || c.groups.includes(gid));
}

/** The client's errors for a connection refused with EACCES, one per request it tried. */
export function permissionErrors(id: string, args: string[], flag: (n: string) => boolean): string[] {
  const reqs = (FIRST_REQUEST[id] ?? PING)(args, flag);
  return reqs.map((r) => `permission denied while trying to connect to the Docker daemon socket at unix://${SOCK}: ${r}: dial unix ${SOCK}: connect: permission denied\n`);
}
