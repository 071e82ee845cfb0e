import type { Opts } from '../cli/command.ts';
import type { HostConfig } from '../container/config.ts';

/** Options of `docker build` the lab does not model: refused loudly rather than ignored. */
const UNSUPPORTED = ['cache-from', 'isolation', 'security-opt', 'ulimit'];

/** The first unsupported option given, as the flag name. */
export function unsupportedBuildFlag(o: Opts): string | null {
  return UNSUPPORTED.find((f) => o.changed(f)) ?? null;
}

/** The HostConfig of every RUN container (--network, --add-host, resource limits, --cgroup-parent). */
export function runHostConfig(o: Opts): Partial<HostConfig> {
  const hc: Partial<HostConfig> = {};
  if (o.changed('network')) hc.NetworkMode = o.str('network');
  if (o.list('add-host').length) hc.ExtraHosts = o.list('add-host');
  if (o.changed('memory')) hc.Memory = o.bytes('memory');
  if (o.changed('memory-swap')) hc.MemorySwap = o.bytes('memory-swap');
  if (o.changed('cpu-shares')) hc.CpuShares = o.int('cpu-shares');
  if (o.changed('cpu-period')) hc.CpuPeriod = o.int('cpu-period');
  if (o.changed('cpu-quota')) hc.CpuQuota = o.int('cpu-quota');
  if (o.changed('cpuset-cpus')) hc.CpusetCpus = o.str('cpuset-cpus');
  if (o.changed('cpuset-mems')) hc.CpusetMems = o.str('cpuset-mems');
  if (o.changed('cgroup-parent')) hc.CgroupParent = o.str('cgroup-parent');
  if (o.changed('shm-size')) hc.ShmSize = o.bytes('shm-size');
  return hc;
}
