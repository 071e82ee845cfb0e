import { FsError } from '../fs/errors.ts';
import type { MachineInfo } from '../fs/pseudo/proc-system.ts';
import { CGROUP_HIERARCHIES } from '../fs/pseudo/procfs.ts';
import type { Kernel } from '../kernel.ts';
import type { NetNamespace } from '../ns/net.ts';
import type { Process } from '../proc/process.ts';
import type { Cgroup } from './cgroup.ts';
import type { Controller } from './controller.ts';
import { blkio } from './controllers/blkio.ts';
import { cpu } from './controllers/cpu.ts';
import { cpuacct } from './controllers/cpuacct.ts';
import { cpuset } from './controllers/cpuset.ts';
import { devicePermitted, devices } from './controllers/devices.ts';
import { freezer } from './controllers/freezer.ts';
import { hugetlb } from './controllers/hugetlb.ts';
import { memory, VM_SWAPPINESS_DEFAULT } from './controllers/memory.ts';
import { netCls } from './controllers/net-cls.ts';
import { netPrio } from './controllers/net-prio.ts';
import { perfEvent } from './controllers/perf-event.ts';
import { pids, pidsCanFork } from './controllers/pids.ts';
import { rdma } from './controllers/rdma.ts';
import { CpuAccounting } from './cpu-usage.ts';
import { applyFreeze, frozenByCgroups } from './freeze.ts';
import { CgroupHierarchy } from './hierarchy.ts';
import { type ChargeResult, chargeMemory, oomKill } from './memory-charge.ts';

/** What `Kernel.spawn` asks the cgroup code (set on the kernel when cgroups are mounted). */
export interface CgroupHooks {
  /** pids.max: may `parent` fork one more task? */
  canFork(parent: Process): boolean;
  /** A new task exists (it already carries its parent's cgroups). */
  forked(child: Process): void;
  chargeMemory(proc: Process, bytes: number): ChargeResult;
  oomKill(result: ChargeResult): Process | null;
}

const CONTROLLERS: Record<string, Controller[]> = {
  cpuset: [cpuset], 'cpu,cpuacct': [cpu, cpuacct], blkio: [blkio], memory: [memory], devices: [devices],
  freezer: [freezer], 'net_cls,net_prio': [netCls, netPrio], perf_event: [perfEvent], hugetlb: [hugetlb],
  pids: [pids], rdma: [rdma], 'name=systemd': [], '': [],
};

/**
 * The cgroup side of one host's kernel, as Ubuntu 22.04 boots with cgroup v1 (hybrid mode):
 * twelve v1 hierarchies plus the controller-less cgroup2 one, in hierarchy-id order.
 * Programs reach it through the cgroup filesystems; the engine and tests may also use the
 * methods here, which behave like writes to the files.
 */
export class CgroupSystem implements CgroupHooks {
  readonly hierarchies: CgroupHierarchy[];
  readonly cpu: CpuAccounting;
  /** Tasks the freezer stopped (thawing resumes only these). */
  readonly frozenTasks = new WeakSet<Process>();
  /** vm.swappiness, which the root memory cgroup reads and writes. */
  vmSwappiness = VM_SWAPPINESS_DEFAULT;
  cpusetPressureEnabled = false;

  constructor(
    readonly kernel: Kernel,
    readonly machine: MachineInfo,
    /** net_prio works on the initial network namespace's devices. */
    readonly initNet: NetNamespace,
    readonly now: () => number,
  ) {
    this.cpu = new CpuAccounting(machine.cpus, () => kernel.procs.values());
    this.hierarchies = [...CGROUP_HIERARCHIES]
      .sort((a, b) => a[0] - b[0])
      .map(([id, key]) => new CgroupHierarchy(id, key, CONTROLLERS[key] ?? [], key === '' ? 2 : 1, this));
  }

  byKey(key: string): CgroupHierarchy | undefined {
    return this.hierarchies.find((h) => h.key === key);
  }

  /** By controller (`cpu`, `memory`), hierarchy key (`cpu,cpuacct`) or directory (`systemd`). */
  hierarchy(name: string): CgroupHierarchy {
    const h = this.hierarchies.find((x) => x.key === name || x.dirName === name || x.controller(name));
    if (!h) throw new Error(`no cgroup hierarchy ${name}`);
    return h;
  }

  private timed: CgroupHierarchy[] | undefined;

  canFork(parent: Process): boolean {
    return pidsCanFork(this.hierarchy('pids'), parent);
  }

  forked(child: Process): void {
    // Only hierarchies that report CPU time (cpu, cpuacct, the v2 cpu.stat) need its final time.
    this.timed ??= this.hierarchies.filter((h) => h.version === 2 || h.controller('cpu') || h.controller('cpuacct'));
    const timed = this.timed;
    void child.exited.then(() => this.cpu.exited(timed, child));
    // freezer_fork(): a task born in a frozen cgroup is frozen too.
    if (frozenByCgroups(this, child)) applyFreeze(this, [child]);
  }

  /** Charges `bytes` of resident memory to `proc` (negative uncharges); see memory-charge.ts. */
  chargeMemory(proc: Process, bytes: number): ChargeResult {
    return chargeMemory(this.hierarchy('memory'), proc, bytes);
  }

  /** Lets the OOM killer act on a failed charge; returns the task it killed. */
  oomKill(result: ChargeResult): Process | null {
    return oomKill(this.hierarchy('memory'), result);
  }

  /** The devices controller's verdict on opening (r/w) or creating (m) a device node. */
  devicePermitted(proc: Process, type: 'b' | 'c', major: number, minor: number, access: 'r' | 'w' | 'm'): boolean {
    return devicePermitted(this.hierarchy('devices'), proc, type, major, minor, access);
  }

  /** mkdir -p of a cgroup path, as runc does before writing limits. */
  ensure(hierarchy: string, path: string): Cgroup {
    const h = this.hierarchy(hierarchy);
    let cg = h.root;
    for (const part of path.split('/').filter(Boolean)) cg = cg.children.get(part) ?? h.mkdir(cg, part);
    return cg;
  }

  private existing(hierarchy: string, path: string): Cgroup {
    const cg = this.hierarchy(hierarchy).find(path);
    if (!cg) throw new FsError('ENOENT');
    return cg;
  }

  remove(hierarchy: string, path: string): void {
    const cg = this.existing(hierarchy, path);
    cg.hierarchy.rmdir(cg);
  }

  attach(hierarchy: string, path: string, proc: Process): void {
    const cg = this.existing(hierarchy, path);
    cg.hierarchy.attach(proc, cg);
  }

  /** A control file's text, as `cat` would read it (caller decides the pids shown). */
  read(hierarchy: string, path: string, file: string, caller: Process | null = null): string {
    const cg = this.existing(hierarchy, path);
    const f = cg.hierarchy.file(cg, file);
    if (!f) throw new FsError('ENOENT');
    if (!f.read) throw new FsError('EINVAL');
    return f.read({ cg, sys: this, caller });
  }

  /** One write(2) to a control file; throws FsError as the kernel answers. */
  write(hierarchy: string, path: string, file: string, data: string, caller: Process | null = null): void {
    const cg = this.existing(hierarchy, path);
    const f = cg.hierarchy.file(cg, file);
    if (!f) throw new FsError('ENOENT');
    if (!f.write) throw new FsError('EACCES');
    f.write({ cg, sys: this, caller }, data);
  }

  /** /proc/cgroups: one row per controller with its hierarchy and number of cgroups. */
  procCgroupsText(): string {
    const order = ['cpuset', 'cpu', 'cpuacct', 'blkio', 'memory', 'devices', 'freezer', 'net_cls', 'perf_event', 'net_prio', 'hugetlb', 'pids', 'rdma'];
    const rows = order.map((name) => {
      const h = this.hierarchy(name);
      return `${name}\t${h.id}\t${[...h.root.subtree()].length}\t1\n`;
    });
    return `#subsys_name\thierarchy\tnum_cgroups\tenabled\n${rows.join('')}`;
  }
}

/** The cgroup side of a host, from its kernel (installed by mountSysfsAndCgroups). */
export function cgroupsOf(kernel: Kernel): CgroupSystem {
  const hooks = kernel.cgroupHooks;
  if (!(hooks instanceof CgroupSystem)) throw new Error('cgroups are not mounted on this host');
  return hooks;
}
