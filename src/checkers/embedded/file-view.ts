import type { Container } from '../../runtime/daemon/container/container.ts';
import { daemonVfs } from '../../runtime/daemon/container/view.ts';
import type { Host } from '../../runtime/host.ts';
import { FsError } from '../../runtime/kernel/fs/errors.ts';
import { MountTable } from '../../runtime/kernel/fs/mounts.ts';
import type { Vfs } from '../../runtime/kernel/fs/vfs.ts';
import { MntNamespace } from '../../runtime/kernel/ns/mnt.ts';
import type { Process } from '../../runtime/kernel/proc/process.ts';
import type { FileFacts } from '../state.ts';

/**
 * A container's files as `docker exec cat` (running: its own mount namespace, volumes included) or
 * `docker cp` (stopped: its overlay) would see them. The view is private to the checker: it takes no
 * mount or namespace ids from the kernel, so checking leaves the model exactly as it was.
 */
export function containerFileVfs(host: Host, c: Container): Vfs {
  if (c.state.Running && c.ns) return daemonVfs(host, c.ns);
  let id = 0;
  const table = new MountTable(() => ++id);
  table.add({ target: '/', fs: c.rootfs, root: c.rootfs.root(), rootPath: '/', source: 'overlay', options: { ro: false } });
  return daemonVfs(host, { ...host.rootNs, mnt: new MntNamespace(0, table) });
}

/** lstat + read through a view; null when the path does not exist (or cannot be reached). */
export function readFacts(host: Host, vfs: Vfs, path: string): FileFacts | null {
  const kernel = host.kernel;
  // Path walks set kernel.current (for /proc/self); give it back to whoever had it.
  const current: Process | null = kernel.current;
  try {
    const st = vfs.lstat(path);
    const type = st.type === 'file' || st.type === 'dir' || st.type === 'symlink' ? st.type : 'other';
    return { path, type, mode: st.mode & 0o7777, content: type === 'file' ? vfs.readFile(path) : null };
  } catch (e) {
    if (e instanceof FsError) return null;
    throw e;
  } finally {
    kernel.current = current;
  }
}
