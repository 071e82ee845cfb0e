import type { PidNamespace } from '../../kernel/ns/pid.ts';

/**
 * `runc init` is a Go program: once its process is in the container's pid namespace, its runtime
 * threads take the next five pids before it execs the command (2..6 after a fresh PID 1; five
 * more after every exec or joining container). Real containers therefore show their first child
 * as pid 7 and successive `docker exec`s as 7, 13, 19... The host's namespace is left alone.
 */
const RUNC_THREADS = 5;

export function burnRuncPids(pid: PidNamespace): void {
  if (pid.parent === null) return;
  pid.counter += RUNC_THREADS;
}
