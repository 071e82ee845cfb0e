import { MemFs } from '../fs/memfs.ts';
import type { MountOptions, MountTable } from '../fs/mounts.ts';
import type { MachineInfo } from '../fs/pseudo/proc-system.ts';
import type { Filesystem } from '../fs/types.ts';
import type { Kernel } from '../kernel.ts';
import type { NetNamespace } from '../ns/net.ts';
import { CgroupFs } from './cgroupfs.ts';
import { CgroupSystem } from './system.ts';
import { SysFs, sysfsRoot } from './sysfs.ts';

export interface SysMountDeps {
  kernel: Kernel;
  machine: MachineInfo;
  table: MountTable;
  /** The network namespace of the mounting process (the host's initial one). */
  netns: NetNamespace;
  allocDev: () => number;
  now: () => number;
}

const KERNEL_FS: MountOptions = { ro: false, nosuid: true, nodev: true, noexec: true };

/** The symlinks systemd makes for co-mounted controllers. */
const CONTROLLER_LINKS: [string, string][] = [['cpu', 'cpu,cpuacct'], ['cpuacct', 'cpu,cpuacct'], ['net_cls', 'net_cls,net_prio'], ['net_prio', 'net_cls,net_prio']];

/**
 * Mounts /sys and, as systemd does when booted with systemd.unified_cgroup_hierarchy=0, a
 * read-only tmpfs at /sys/fs/cgroup holding one cgroup mount per hierarchy (in hierarchy-id
 * order, cgroup2 at `unified` first) and the co-mount symlinks. Installs the cgroup hooks
 * on the kernel and returns the cgroup side of the host.
 */
export function mountSysfsAndCgroups(deps: SysMountDeps): CgroupSystem {
  const { table, now } = deps;
  const add = (target: string, fs: Filesystem, source: string, options: MountOptions) =>
    table.add({ target, fs, root: fs.root(), rootPath: '/', source, options });

  add('/sys', new SysFs('sysfs', 3, sysfsRoot(deps.machine, () => deps.netns), now), 'sysfs', KERNEL_FS);

  const system = new CgroupSystem(deps.kernel, deps.machine, deps.netns, now);
  const tmp = new MemFs({ fstype: 'tmpfs', dev: deps.allocDev(), now });
  const root = tmp.root();
  for (const h of system.hierarchies) tmp.create(root, h.dirName, { type: 'dir', mode: 0o555, uid: 0, gid: 0 });
  for (const [name, target] of CONTROLLER_LINKS) tmp.create(root, name, { type: 'symlink', mode: 0o777, uid: 0, gid: 0, target });
  add('/sys/fs/cgroup', tmp, 'tmpfs', { ...KERNEL_FS, ro: true, data: 'mode=755,inode64' });

  for (const h of system.hierarchies) {
    const v2 = h.version === 2;
    const data = v2 ? 'nsdelegate' : h.key.startsWith('name=') ? `xattr,${h.key}` : h.key;
    add(`/sys/fs/cgroup/${h.dirName}`, new CgroupFs(h, deps.allocDev()), v2 ? 'cgroup2' : 'cgroup', { ...KERNEL_FS, data });
  }
  deps.kernel.cgroupHooks = system;
  return system;
}
