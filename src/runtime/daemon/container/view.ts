import { Vfs } from '../../kernel/fs/vfs.ts';
import { FdTable } from '../../kernel/proc/fd-table.ts';
import type { NsSet } from '../../kernel/ns/set.ts';
import type { Process } from '../../kernel/proc/process.ts';
import type { Host } from '../../host.ts';

/**
 * The engine's own view of a container's filesystem (cp, diff, user lookup), as root outside
 * any process: the daemon works on the mount namespace directly, like runc before exec.
 */
export function daemonVfs(host: Host, ns: NsSet): Vfs {
  const actor = { ns, cwd: '/', creds: { uid: 0, gid: 0, groups: [0] }, umask: 0o022, fds: new FdTable(), id: 0 } as unknown as Process;
  return new Vfs(host.kernel, actor, host.devices);
}
