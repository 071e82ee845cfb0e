import type { Host } from '../../host.ts';
import type { Process } from '../../kernel/proc/process.ts';

/**
 * /proc/PID/exe names the file the kernel executed, with symlinks resolved: in busybox images every
 * applet is a link to /bin/busybox, so `ls -l /proc/1/exe` shows `-> /bin/busybox`.
 */
export function resolvedExe(host: Host, p: Process, path: string): string {
  try {
    return host.vfs(p).realpath(path);
  } catch {
    return path;
  }
}
