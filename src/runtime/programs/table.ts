import type { CharDevice } from '../kernel/fs/devices.ts';
import type { Kernel } from '../kernel/kernel.ts';
import type { Process } from '../kernel/proc/process.ts';
import { trackLoad } from '../loading.ts';
import { makeContext } from '../shell/applets/context.ts';
import { hasApplet, loadApplet } from '../shell/applets/registry.ts';
import type { Applet, Flavor, HostInfo } from '../shell/applets/types.ts';

export interface ProgramDeps {
  kernel: Kernel;
  devices: Map<number, CharDevice>;
  host: HostInfo;
  spawnProgram: Parameters<typeof makeContext>[0]['spawnProgram'];
  resolveProgram: Parameters<typeof makeContext>[0]['resolveProgram'];
  bash: (proc: Process, argv: string[], mode: 'bash' | 'sh' | 'ash') => Promise<number>;
}

const nginx = () => import('./services/nginx.ts').then((m) => m.default);

/**
 * Programs that exist only inside container images (not on the host, so not applets): the
 * hello-world image's `/hello`, the servers of the catalog's service images (one name per
 * nginx build, see services/nginx-build.ts). Any other unknown program image says it is not
 * built yet.
 */
const IMAGE_PROGRAMS: Record<string, () => Promise<Applet>> = {
  hello: () => import('../daemon/images/hello.ts').then((m) => m.helloApplet),
  'docker-init': () => import('../daemon/programs/docker-init.ts').then((m) => m.default),
  nginx,
  'nginx-alpine': nginx,
  'nginx-1.14-alpine': nginx,
  gosu: () => import('./services/gosu.ts').then((m) => m.default),
  'gosu-1.16': () => import('./services/gosu.ts').then((m) => m.default),
  'redis-server': () => import('./services/redis-server.ts').then((m) => m.default),
  httpd: () => import('./services/httpd.ts').then((m) => m.default),
  registry: () => import('./services/registry.ts').then((m) => m.default),
  java: () => import('./services/java.ts').then((m) => m.default),
  mysqld: () => import('./services/mysqld.ts').then((m) => m.default),
  mysqladmin: () => import('./services/mysqladmin.ts').then((m) => m.default),
  // GNU awk under its own name (CentOS and Oracle Linux images link awk to gawk): the model's awk.
  gawk: async () => (await loadApplet('awk'))!,
};

const imageProgramCache = new Map<string, Applet>();

async function loadImageProgram(name: string): Promise<Applet | undefined> {
  if (!Object.hasOwn(IMAGE_PROGRAMS, name)) return undefined;
  let a = imageProgramCache.get(name);
  if (!a) imageProgramCache.set(name, (a = await trackLoad(IMAGE_PROGRAMS[name]!())));
  return a;
}

/** Names the busybox binary answers to (its applet list, as far as the model implements them). */
export function busyboxKnows(name: string): boolean {
  return hasApplet(name) || name === 'sh' || name === 'ash';
}

/** Runs the program an executable image names: a shell, busybox, or an applet. */
export async function runProgram(deps: ProgramDeps, name: string, proc: Process, argv: string[]): Promise<number> {
  if (name === 'bash') return deps.bash(proc, argv, 'bash');
  if (name === 'dash') return deps.bash(proc, argv, 'sh');
  let flavor: Flavor = 'gnu';
  let applet = name;
  if (name === 'busybox') {
    flavor = 'busybox';
    applet = (argv[0] ?? '').split('/').pop()!;
    let args = argv;
    if (applet === 'busybox') {
      args = argv.slice(1);
      applet = args[0]?.split('/').pop() ?? '';
      if (!applet) {
        await proc.fds.get(1)?.output?.write(proc, 'BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n');
        return 0;
      }
    }
    if (applet === 'sh' || applet === 'ash') return deps.bash(proc, args, 'ash');
    argv = args;
    if (!hasApplet(applet)) {
      await proc.fds.get(2)?.output?.write(proc, `${applet}: applet not found\n`);
      return 127;
    }
  }
  const a = (await loadApplet(applet)) ?? (await loadImageProgram(applet));
  if (!a) {
    await proc.fds.get(2)?.output?.write(proc, `lab: program '${applet}' is not implemented in the lab yet\n`);
    return 126;
  }
  proc.comm = (argv[0] ?? applet).split('/').pop()!.slice(0, 15);
  const ctx = makeContext(deps, proc, argv, applet, flavor);
  return a.run(ctx);
}
