import { VirtualClock } from './kernel/clock.ts';
import { memDevices } from './kernel/fs/devices.ts';
import { type Errno, FsError } from './kernel/fs/errors.ts';
import { MemFs } from './kernel/fs/memfs.ts';
import { MountTable } from './kernel/fs/mounts.ts';
import { procRoot } from './kernel/fs/pseudo/procfs.ts';
import type { MachineInfo } from './kernel/fs/pseudo/proc-system.ts';
import { SynthFs } from './kernel/fs/synthfs.ts';
import { Vfs } from './kernel/fs/vfs.ts';
import { mountSysfsAndCgroups } from './kernel/cgroup/mount.ts';
import { Kernel } from './kernel/kernel.ts';
import { CgroupNamespace } from './kernel/ns/cgroup.ts';
import { IpcNamespace } from './kernel/ns/ipc.ts';
import { MntNamespace } from './kernel/ns/mnt.ts';
import { NetNamespace } from './kernel/ns/net.ts';
import { PidNamespace } from './kernel/ns/pid.ts';
import { INITIAL_NS_INODES, type NsSet } from './kernel/ns/set.ts';
import { UserNamespace } from './kernel/ns/user.ts';
import { UtsNamespace } from './kernel/ns/uts.ts';
import type { FdTable } from './kernel/proc/fd-table.ts';
import type { Process } from './kernel/proc/process.ts';
import { SeededRandom } from './kernel/random.ts';
import { DEFAULT_EPOCH, DEFAULT_MACHINE } from './machine.ts';
import { bashMain } from './programs/bash.ts';
import { loadProgram } from './programs/binfmt.ts';
import { runProgram, type ProgramDeps } from './programs/table.ts';
import { buildDev, buildUbuntuRoot } from './rootfs/ubuntu.ts';
import { appletNames } from './shell/applets/registry.ts';
import { StepBudget, type ShellSystem } from './shell/interpreter/system.ts';
import { WorkspaceFs } from './workspace/workspace-fs.ts';
import { registerHost } from './daemon/host-link.ts';
import { bootServices } from './services/boot.ts';

export interface HostOptions {
  seed?: number;
  /** Virtual clock start (ms since epoch). */
  epoch?: number;
  hostname?: string;
  /** A real directory to mount at /root; none keeps /root in memory. */
  workspace?: string | null;
  /** Interpreter steps one command line may take before it is stopped like Ctrl-C. */
  stepLimit?: number;
  /**
   * Images the Docker engine starts with: the golden recordings' two (busybox, hello-world: the
   * default, so a fresh `lab exec` starts where the reference engine did) or none.
   */
  dockerImages?: 'none' | 'golden';
  /**
   * A machine starting again (a reboot, services/reboot-host.ts): puts its disk and Docker's state
   * in place of the fresh install just before systemd boots. Packages are not installed again.
   */
  fromDisk?: (host: Host) => void;
}

export const DEFAULT_STEP_LIMIT = 1_000_000;

const NOT_ON_UBUNTU = new Set(['apk', 'yum', 'rpm']);

/** One modelled machine: kernel, filesystems, programs. Tests create as many as they like. */
export class Host {
  readonly clock: VirtualClock;
  readonly random: SeededRandom;
  readonly kernel: Kernel;
  readonly machine: MachineInfo = DEFAULT_MACHINE;
  readonly devices;
  readonly rootfs: MemFs;
  readonly rootNs: NsSet;
  readonly init: Process;
  readonly budget: StepBudget;
  readonly sys: ShellSystem;
  readonly programNames: string[];
  private readonly deps: ProgramDeps;
  private nextDev = 30;

  constructor(readonly options: HostOptions = {}) {
    this.clock = new VirtualClock(options.epoch ?? DEFAULT_EPOCH);
    this.random = new SeededRandom(options.seed ?? 1);
    this.kernel = new Kernel(this.clock, this.random);
    this.devices = memDevices(this.random);
    this.budget = new StepBudget(options.stepLimit ?? DEFAULT_STEP_LIMIT);
    const now = () => this.clock.now;
    this.rootfs = new MemFs({ fstype: 'ext4', dev: 1, now });
    // apk, yum and rpm belong to the Alpine and CentOS images, not to the Ubuntu host.
    this.programNames = [...appletNames().filter((n) => !NOT_ON_UBUNTU.has(n)), 'bash', 'dash', 'busybox'];
    buildUbuntuRoot(this.rootfs, this.programNames, this.random.hex(32), options.hostname ?? 'lab');
    this.rootNs = this.initialNamespaces(options.hostname ?? 'lab');
    this.mountInitial(options.workspace ?? null);
    const host = this;
    this.deps = {
      kernel: this.kernel,
      devices: this.devices,
      host: { ...this.machine },
      spawnProgram: (parent, argv, env, fds) => host.execvp(parent, argv, env, fds),
      resolveProgram: (caller, argv, file) => host.resolveProgram(caller, argv, file),
      bash: (proc, argv, mode) => bashMain(host.kernel, host.sys, proc, argv, mode),
    };
    this.sys = {
      devices: this.devices,
      budget: this.budget,
      loadProgram: (vfs, path) => loadProgram(vfs, path, (name, proc, argv) => runProgram(host.deps, name, proc, argv), (n) => n !== ''),
      shellMain: (proc, argv) => bashMain(host.kernel, host.sys, proc, argv, 'bash'),
    };
    this.init = this.kernel.spawn(null, {
      argv: ['/sbin/init'],
      env: new Map([['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']]),
      cwd: '/',
      ns: this.rootNs,
      main: (p) => p.wait<number>(() => () => {}, false),
    });
    this.init.autoReap = true;
    registerHost(this.kernel, this);
    this.init.comm = 'systemd';
    this.init.exe = '/usr/lib/systemd/systemd';
    options.fromDisk?.(this);
    bootServices(this, !options.fromDisk);
  }

  allocDev(): number {
    return this.nextDev++;
  }

  private initialNamespaces(hostname: string): NsSet {
    const table = new MountTable(this.kernel.allocMountId);
    return {
      mnt: new MntNamespace(INITIAL_NS_INODES.mnt, table),
      uts: new UtsNamespace(INITIAL_NS_INODES.uts, hostname),
      ipc: new IpcNamespace(INITIAL_NS_INODES.ipc),
      pid: new PidNamespace(INITIAL_NS_INODES.pid, null),
      net: new NetNamespace(INITIAL_NS_INODES.net),
      user: new UserNamespace(INITIAL_NS_INODES.user, null),
      cgroup: new CgroupNamespace(INITIAL_NS_INODES.cgroup, '/'),
    };
  }

  private mountInitial(workspace: string | null): void {
    const t = this.rootNs.mnt.table;
    const now = () => this.clock.now;
    const add = (target: string, fs: import('./kernel/fs/types.ts').Filesystem, source: string, options: import('./kernel/fs/mounts.ts').MountOptions) =>
      t.add({ target, fs, root: fs.root(), rootPath: '/', source, options });
    add('/', this.rootfs, '/dev/vda1', { ro: false });
    const devfs = new MemFs({ fstype: 'devtmpfs', dev: 5, now });
    buildDev(devfs);
    add('/dev', devfs, 'udev', { ro: false, nosuid: true, data: 'size=1985220k,nr_inodes=496305,mode=755,inode64' });
    add('/dev/shm', new MemFs({ fstype: 'tmpfs', dev: 6, now }), 'tmpfs', { ro: false, nosuid: true, nodev: true, data: 'inode64' });
    add('/proc', new SynthFs('proc', 4, procRoot(this.kernel, this.rootNs.pid, this.machine), now), 'proc', { ro: false, nosuid: true, nodev: true, noexec: true });
    mountSysfsAndCgroups({ kernel: this.kernel, machine: this.machine, table: t, netns: this.rootNs.net, allocDev: () => this.allocDev(), now });
    add('/run', new MemFs({ fstype: 'tmpfs', dev: 7, now }), 'tmpfs', { ro: false, nosuid: true, nodev: true, data: 'size=401556k,mode=755,inode64' });
    if (workspace) add('/root', new WorkspaceFs(this.allocDev(), workspace, now), '/dev/vda1', { ro: false });
  }

  /** A Vfs acting as `proc` (defaults to init: root's view of the host). */
  vfs(proc: Process = this.init): Vfs {
    return new Vfs(this.kernel, proc, this.devices);
  }

  /** execvp for programs that start others (xargs, env, find -exec). */
  execvp(parent: Process, argv: string[], env: Map<string, string>, fds: FdTable): Process | { error: string; status: number } {
    const image = this.resolveProgram(parent, argv);
    if ('error' in image) {
      fds.closeAll();
      return image;
    }
    const proc = this.kernel.spawn(parent, { argv, env, fds, main: image.main });
    proc.exe = image.exe;
    return proc;
  }

  /** The PATH lookup and load half of execvp(3): what `argv` would run, without starting it. */
  resolveProgram(caller: Process, argv: string[], file?: string): ProgramImage | { error: string; status: number; errno: Errno } {
    const name = file ?? argv[0] ?? '';
    const vfs = this.vfs(caller);
    let path: string | undefined;
    if (name.includes('/')) path = name;
    else {
      for (const dir of (caller.env.get('PATH') ?? '/usr/bin:/bin').split(':')) {
        try {
          if (vfs.stat(`${dir || '.'}/${name}`).type === 'file') {
            path = `${dir || '.'}/${name}`;
            break;
          }
        } catch {
          // not here
        }
      }
    }
    if (!path) return { error: `'${name}': No such file or directory`, status: 127, errno: 'ENOENT' };
    const load = this.sys.loadProgram(vfs, path);
    if (load.kind === 'error') return { error: `'${name}': ${new FsError(load.errno).text}`, status: load.errno === 'ENOENT' ? 127 : 126, errno: load.errno };
    const main =
      load.kind === 'program'
        ? (p: Process) => load.run(p, argv)
        : (p: Process) => bashMain(this.kernel, this.sys, p, load.interpreter.length ? [...load.interpreter, path!, ...argv.slice(1)] : ['bash', path!, ...argv.slice(1)], 'bash');
    return { main, exe: path };
  }
}

/** A loaded executable: its entry point and the path it was found at. */
export interface ProgramImage {
  main: (p: Process) => Promise<number>;
  exe: string;
}

export function createHost(options: HostOptions = {}): Host {
  return new Host(options);
}
