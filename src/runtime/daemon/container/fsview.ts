import { MountTable } from '../../kernel/fs/mounts.ts';
import type { Vfs } from '../../kernel/fs/vfs.ts';
import { MntNamespace } from '../../kernel/ns/mnt.ts';
import type { Host } from '../../host.ts';
import type { Container } from './container.ts';
import { daemonVfs } from './view.ts';

/** Mounts runc makes that the daemon's own view of a container lacks (kernel filesystems, --tmpfs). */
const RUNTIME_FSTYPES = new Set(['proc', 'sysfs', 'tmpfs', 'devpts', 'mqueue', 'cgroup', 'cgroup2']);

/**
 * The daemon's view of a container's files for cp: its overlay at `/` plus, while it runs, the
 * volume and bind mounts of its namespace. Kernel mounts and --tmpfs are not part of it (a copy
 * "into" a tmpfs lands in the rootfs underneath, as with the real engine).
 */
export function containerVfs(host: Host, c: Container): Vfs {
  const table = new MountTable(host.kernel.allocMountId);
  table.add({ target: '/', fs: c.rootfs, root: c.rootfs.root(), rootPath: '/', source: 'overlay', options: { ro: false } });
  if (c.state.Running && c.ns) {
    for (const m of c.ns.mnt.table.list()) {
      if (m.target === '/' || RUNTIME_FSTYPES.has(m.fs.fstype) || /^\/(proc|dev|sys)(\/|$)/.test(m.target)) continue;
      table.add({ target: m.target, fs: m.fs, root: m.root, rootPath: m.rootPath, source: m.source, options: m.options });
    }
  }
  return daemonVfs(host, { ...host.rootNs, mnt: new MntNamespace(host.kernel.allocNsInode(), table) });
}

/** Only the overlay: what `docker export` reads, running or not. */
export function rootfsVfs(host: Host, c: Container): Vfs {
  const table = new MountTable(host.kernel.allocMountId);
  table.add({ target: '/', fs: c.rootfs, root: c.rootfs.root(), rootPath: '/', source: 'overlay', options: { ro: false } });
  return daemonVfs(host, { ...host.rootNs, mnt: new MntNamespace(host.kernel.allocNsInode(), table) });
}
