import { FsError } from '../../kernel/fs/errors.ts';
import { NR_OPEN, RLIMIT, RLIM_INFINITY, dockerdRlimits, type Rlimits } from '../../kernel/proc/rlimits.ts';
import { DaemonError } from '../errors.ts';
import type { Container } from './container.ts';

/** `--ulimit` names → RLIMIT_* (go-units' mapping). */
const RESOURCE_OF: Record<string, number> = {
  core: RLIMIT.CORE, cpu: RLIMIT.CPU, data: RLIMIT.DATA, fsize: RLIMIT.FSIZE, locks: RLIMIT.LOCKS, memlock: RLIMIT.MEMLOCK,
  msgqueue: RLIMIT.MSGQUEUE, nice: RLIMIT.NICE, nofile: RLIMIT.NOFILE, nproc: RLIMIT.NPROC, rss: RLIMIT.RSS,
  rtprio: RLIMIT.RTPRIO, rttime: RLIMIT.RTTIME, sigpending: RLIMIT.SIGPENDING, stack: RLIMIT.STACK,
};

/** -1 is RLIM_INFINITY once Go converts the int64 to the kernel's unsigned limit. */
const kernelValue = (v: number): number => (v < 0 ? RLIM_INFINITY : v);

/**
 * The limits of a container's processes: dockerd's own, overridden by HostConfig.Ulimits, which
 * runc sets as root of the host (so raising is allowed), except past nr_open for nofile.
 */
export function containerRlimits(c: Container): Rlimits {
  const r = dockerdRlimits();
  for (const u of c.hostConfig.Ulimits ?? []) {
    const res = RESOURCE_OF[u.Name];
    if (res === undefined) continue;
    const soft = kernelValue(u.Soft);
    const hard = kernelValue(u.Hard);
    if (soft > hard) throw rlimitFailure(res, new FsError('EINVAL'));
    if (res === RLIMIT.NOFILE && hard > NR_OPEN) throw rlimitFailure(res, new FsError('EPERM'));
    r[res] = { soft, hard };
  }
  return r;
}

function rlimitFailure(res: number, e: FsError): DaemonError {
  const why = e.text.toLowerCase();
  return new DaemonError(`failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error setting rlimits for ready process: error setting rlimit type ${res}: ${why}: unknown`, 400);
}
