import { DaemonError } from '../errors.ts';
import type { Container } from './container.ts';

/** Limits the daemon accepts but runc refuses when it writes the cgroup files at start. */
export function checkCgroupConfig(c: Container): void {
  const shares = c.hostConfig.CpuShares;
  let why = '';
  if (shares !== 0 && shares < 2) why = 'the minimum allowed cpu-shares is 2';
  else if (shares > 262144) why = 'the maximum allowed cpu-shares is 262144';
  if (why) {
    throw new DaemonError(`failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error setting cgroup config for procHooks process: ${why}: unknown`, 400);
  }
}
