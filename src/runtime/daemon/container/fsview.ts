import { MountTable } from '../../kernel/fs/mounts.ts';
import type { Vfs } from '../../kernel/fs/vfs.ts';
import { MntNamespace } from '../../kernel/ns/mnt.ts';
import type { Host } from '../../host.ts';
import type { Container } from './container.ts';
import { daemonVfs } from './view.ts';

/**
 * The daemon's view of a container's files for cp: the container's mount namespace while it runs
 * (volumes and tmpfs included), else just its overlay at `/` (what the engine mounts for a
 * stopped container).
 */
export function containerVfs(host: Host, c: Container): Vfs {
  if (c.state.Running && c.ns) return daemonVfs(host, c.ns);
  return rootfsVfs(host, c);
}

/** Only the overlay: what `docker export` reads, running or not. */
export function rootfsVfs(host: Host, c: Container): Vfs {
  const table = new MountTable(host.kernel.allocMountId);
  table.add({ target: '/', fs: c.rootfs, root: c.rootfs.root(), rootPath: '/', source: 'overlay', options: { ro: false } });
  return daemonVfs(host, { ...host.rootNs, mnt: new MntNamespace(host.kernel.allocNsInode(), table) });
}
