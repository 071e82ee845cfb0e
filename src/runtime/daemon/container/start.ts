import { FdTable, OpenFile } from '../../kernel/proc/fd-table.ts';
import { MntNamespace } from '../../kernel/ns/mnt.ts';
import { cgroupsOf } from '../../kernel/cgroup/system.ts';
import type { Process } from '../../kernel/proc/process.ts';
import { NullIn, type InStream } from '../../kernel/stream.ts';
import { Pipe } from '../../kernel/pipe.ts';
import type { Host } from '../../host.ts';
import { DaemonError } from '../errors.ts';
import type { Container } from './container.ts';
import { containerMounts } from './rootfs.ts';
import { resolveUser } from './user.ts';
import { containerNamespaces } from './ns-modes.ts';
import { wireSandbox } from '../network/sandbox.ts';
import type { Engine } from '../engine.ts';
import { containerCaps } from './caps.ts';
import { applyLimits } from './update.ts';
import { containerRlimits } from './rlimits.ts';
import { TreeBuilder } from '../../rootfs/tree-builder.ts';
import { programImage } from '../../programs/binfmt.ts';
import { daemonVfs } from './view.ts';
import { volumeMounts } from '../volume/attach.ts';
import { tmpfsMounts } from './tmpfs-opts.ts';
import { SIGNALS } from '../../kernel/proc/signals.ts';
import { burnRuncPids } from './runc-pids.ts';
import { checkCgroupConfig } from './runc-cgroup.ts';
import { startLogger } from './log-driver.ts';
import { resolvedExe } from './exe-path.ts';

const TINI_FORWARDED = ['HUP', 'INT', 'QUIT', 'USR1', 'USR2', 'TERM', 'ALRM', 'WINCH', 'CONT', 'TSTP', 'TTIN', 'TTOU'];

export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** runc's texts for an exec that cannot start (the container stays `created`). */
export function execFailure(file: string, errno: string): { message: string; code: number } {
  if (errno === 'ENOENT' && !file.includes('/')) return { message: `exec: "${file}": executable file not found in $PATH`, code: 127 };
  if (errno === 'ENOENT') return { message: `exec: "${file}": stat ${file}: no such file or directory`, code: 127 };
  if (errno === 'EISDIR') return { message: `exec: "${file}": is a directory`, code: 126 };
  return { message: `exec: "${file}": permission denied`, code: 126 };
}

const userCache = new WeakMap<object, Map<string, ReturnType<typeof resolveUser>>>();

/**
 * The user lookup, remembered per image while the container has not changed its /etc (the
 * passwd and group files then come from the image's layers, the same for every container).
 */
function resolveImageUser(vfs: ReturnType<typeof daemonVfs>, c: Container, spec: string): ReturnType<typeof resolveUser> {
  if (c.upper.rootInode.entries?.has('etc')) return resolveUser(vfs, spec);
  let byUser = userCache.get(c.image);
  if (!byUser) userCache.set(c.image, (byUser = new Map()));
  let hit = byUser.get(spec);
  if (!hit) byUser.set(spec, (hit = resolveUser(vfs, spec)));
  return { creds: { ...hit.creds, groups: [...hit.creds.groups] }, home: hit.home };
}

/** runc creates a missing working directory (owned by root) before it chdirs. */
/** The daemon's SetupWorkingDirectory: creates the workdir, refusing a file in the way. */
function mkdirp(vfs: ReturnType<typeof daemonVfs>, path: string): void {
  let at = '';
  for (const part of path.split('/').filter(Boolean)) {
    at += `/${part}`;
    if (!vfs.exists(at)) vfs.mkdir(at, 0o755);
    else if (vfs.stat(at).type !== 'dir') throw new DaemonError(`Cannot mkdir: ${path} is not a directory`, 400);
  }
}

/** Environment of a container process: PATH default, HOSTNAME, config env, HOME from passwd. */
export function processEnv(config: { Env: string[] | null }, hostname: string, home: string, extra: string[] = []): Map<string, string> {
  const env = new Map<string, string>();
  const put = (kv: string) => {
    const i = kv.indexOf('=');
    if (i > 0) env.set(kv.slice(0, i), kv.slice(i + 1));
  };
  put(DEFAULT_PATH);
  put(`HOSTNAME=${hostname}`);
  for (const kv of config.Env ?? []) put(kv);
  for (const kv of extra) put(kv);
  if (!env.has('HOME')) env.set('HOME', home);
  return env;
}

export interface StartIo {
  stdin: InStream | null;
  /**
   * `docker run -it` on a terminal: the container's stdio is the client's terminal (the CLI
   * relays a pty in real Docker; the model hands the terminal through).
   */
  terminal?: OpenFile[];
}

/**
 * Starts PID 1 the way runc does: fresh namespaces, the overlay as `/`, cgroups under
 * docker/<id>, the user from the image's passwd, then exec of Path/Args. Throws a DaemonError
 * with runc's text (exit code 126/127) when the executable cannot be run.
 */
export async function startProcess(host: Host, engine: Engine, c: Container, io: StartIo): Promise<Process> {
  const k = host.kernel;
  // runc sets rlimits before anything else can fail; a bad one leaves nothing behind.
  const rlimits = containerRlimits(c);
  const cgroupPath = `/docker/${c.id}`;
  const system = cgroupsOf(k);
  const cgroups = new Map<string, string>();
  for (const h of system.hierarchies) {
    if (h.version !== 1) continue;
    system.ensure(h.key, cgroupPath);
    cgroups.set(h.key, cgroupPath);
  }
  checkCgroupConfig(c);
  startLogger(c);
  applyLimits(host, c);
  const ns = containerNamespaces(host, engine, c);
  // lo and one veth per endpoint, before PID 1 can look (network/sandbox.ts).
  wireSandbox(engine, c, ns.net);
  // --tmpfs mounts go with the volume mounts so their flags and data follow the options given.
  const tmpfs = {};
  ns.mnt = new MntNamespace(k.allocNsInode(), containerMounts(host, ns, c.rootfs, { readonly: c.hostConfig.ReadonlyRootfs, tmpfs, cgroupPath, volumes: [...volumeMounts(host, c), ...tmpfsMounts(host, c.hostConfig.Tmpfs ?? {})] }));
  ns.mnt.ownerUser = host.rootNs.user;
  const vfs = daemonVfs(host, ns);
  const { creds, home } = resolveImageUser(vfs, c, c.config.User);
  creds.capBnd = containerCaps(c.hostConfig);
  const workdir = c.config.WorkingDir || '/';
  mkdirp(vfs, workdir);
  const env = processEnv({ Env: c.config.Env }, c.config.Hostname, home);
  // --init: tini, bind-mounted by the engine at /sbin/docker-init, runs the command as its child.
  const argv = c.hostConfig.Init ? ['/sbin/docker-init', '--', c.path, ...c.args] : [c.path, ...c.args];
  if (c.hostConfig.Init) new TreeBuilder(c.init).file('/sbin/docker-init', programImage('docker-init'), 0o755);
  const fds = new FdTable();
  if (io.terminal) io.terminal.forEach((f, fd) => fds.set(fd, f.ref()));
  else {
    if (!io.stdin && c.config.OpenStdin) {
      // -i with nobody attached (`run -di`, `run -dit`): the engine keeps stdin open, so a shell
      // waits for input instead of ending; `docker attach` writes into it later.
      const pipe = new Pipe();
      c.stdinWriter?.close();
      c.stdinWriter = pipe.writeEnd();
      const input = pipe.readEnd();
      const stdin = c.config.Tty ? { read: (w: Parameters<typeof input.read>[0]) => input.read(w), close: () => input.close(), tty: true } : input;
      fds.set(0, new OpenFile(stdin, null, c.config.Tty ? '/dev/pts/0' : 'pipe:[stdin]'));
    } else if (!io.stdin && c.config.Tty) {
      // With -t and nothing attached, stdin is still the pty's slave side (with no input here).
      fds.set(0, new OpenFile({ read: async () => null, close: () => {}, tty: true }, null, '/dev/pts/0'));
    } else fds.set(0, new OpenFile(io.stdin ?? new NullIn(), null, io.stdin ? 'pipe:[stdin]' : '/dev/null'));
    // With -t both streams are the pty: one stream, and the line discipline turns \n into \r\n.
    const tty = c.config.Tty;
    fds.set(1, new OpenFile(null, tty ? c.logs.ttySink() : c.logs.sink('stdout'), tty ? '/dev/pts/0' : 'pipe:[stdout]'));
    fds.set(2, new OpenFile(null, tty ? c.logs.ttySink() : c.logs.sink('stderr'), tty ? '/dev/pts/0' : 'pipe:[stderr]'));
  }
  let failure: DaemonError | null = null;
  let started!: () => void;
  const ready = new Promise<void>((r) => (started = r));
  const proc = k.spawn(host.init, {
    argv, env, cwd: workdir, creds, ns, fds, cgroups,
    main: async (p) => {
      const image = host.resolveProgram(p, argv);
      if ('error' in image) {
        const f = execFailure(argv[0]!, image.errno);
        failure = new DaemonError(`failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${f.message}: unknown`, 400, f.code);
        started();
        return f.code;
      }
      p.exe = resolvedExe(host, p, image.exe);
      // tini blocks the signals it forwards before anything else, so a stop that comes before
      // it has spawned the command is held, not ignored as PID 1's default.
      if (c.hostConfig.Init) for (const sig of TINI_FORWARDED) p.dispositions.set(SIGNALS[sig]!, 'handle');
      started();
      return image.main(p);
    },
  });
  proc.rlimits = rlimits;
  burnRuncPids(ns.pid);
  proc.comm = (argv[0] ?? '').split('/').pop()!.slice(0, 15);
  await ready;
  if (failure) throw failure;
  return proc;
}
