import { cgroupsOf } from '../../kernel/cgroup/system.ts';
import type { Host } from '../../host.ts';
import { DaemonError } from '../errors.ts';
import type { RestartPolicy } from './config.ts';
import type { Container } from './container.ts';

/** POST /containers/{id}/update's body: only the fields the user gave are set. */
export interface UpdateRequest {
  memory?: number;
  memorySwap?: number;
  memoryReservation?: number;
  nanoCpus?: number;
  cpuShares?: number;
  cpuPeriod?: number;
  cpuQuota?: number;
  cpusetCpus?: string;
  cpusetMems?: string;
  pidsLimit?: number;
  blkioWeight?: number;
  restart?: { name: string; count: number };
}

const bad = (msg: string) => new DaemonError(msg, 400);

function cpuList(text: string, ncpu: number): void {
  const wanted: number[] = [];
  for (const part of text.split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!m) throw bad(`Invalid value ${text} for cpuset cpus`);
    for (let i = Number(m[1]); i <= Number(m[2] ?? m[1]); i++) wanted.push(i);
  }
  if (wanted.some((i) => i >= ncpu)) throw bad(`Requested CPUs are not available - requested ${text}, available: ${ncpu > 1 ? `0-${ncpu - 1}` : '0'}`);
}

/** The daemon's checks of the request itself (before it looks at the container's current values). */
function verify(host: Host, r: UpdateRequest): void {
  if (r.memory !== undefined && r.memory > 0 && r.memory < 6 * 1024 * 1024) throw bad('Minimum memory limit allowed is 6MB');
  if (r.memory && r.memorySwap !== undefined && r.memorySwap > 0 && r.memorySwap < r.memory) throw bad('Minimum memoryswap limit should be larger than memory limit, see usage');
  if (r.memoryReservation !== undefined && r.memoryReservation > 0 && r.memoryReservation < 6 * 1024 * 1024) throw bad('Minimum memory reservation allowed is 6MB');
  if (r.nanoCpus && r.cpuPeriod) throw bad('Conflicting options: Nano CPUs and CPU Period cannot both be set');
  if (r.nanoCpus && r.cpuQuota) throw bad('Conflicting options: Nano CPUs and CPU Quota cannot both be set');
  const ncpu = host.machine.cpus;
  if (r.nanoCpus !== undefined && (r.nanoCpus < 0 || r.nanoCpus > ncpu * 1e9)) {
    throw bad(`Range of CPUs is from 0.01 to ${ncpu.toFixed(2)}, as there are only ${ncpu} CPUs available`);
  }
  if (r.cpuPeriod && (r.cpuPeriod < 1000 || r.cpuPeriod > 1000000)) throw bad('CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)');
  if (r.cpuQuota && r.cpuQuota > 0 && r.cpuQuota < 1000) throw bad('CPU cfs quota can not be less than 1ms (i.e. 1000)');
  if (r.cpusetCpus) cpuList(r.cpusetCpus, ncpu);
  if (r.blkioWeight && (r.blkioWeight < 10 || r.blkioWeight > 1000)) throw bad('Range of blkio weight is from 10 to 1000');
  if (r.restart) {
    const { name, count } = r.restart;
    if (['', 'no', 'always', 'unless-stopped'].includes(name)) {
      if (count !== 0) throw bad(`maximum retry count cannot be used with restart policy '${name}'`);
    } else if (name === 'on-failure') {
      if (count < 0) throw bad('maximum retry count cannot be negative');
    } else throw bad(`invalid restart policy '${name}'`);
  }
}

/**
 * `docker update`: validates, stores the new values in HostConfig and, for a running container,
 * writes them to its cgroups as runc update does.
 */
export function updateContainer(host: Host, c: Container, r: UpdateRequest): string[] {
  verify(host, r);
  const hc = c.hostConfig;
  const fail = (msg: string) => new DaemonError(`Cannot update container ${c.id}: ${msg}`, 500);
  if (r.restart && hc.AutoRemove && r.restart.name !== 'no') throw fail('Restart policy cannot be updated because AutoRemove is enabled for the container');
  if (r.memory && r.memorySwap === undefined && hc.MemorySwap !== -1 && r.memory > hc.MemorySwap) {
    throw fail('Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time');
  }
  const memory = r.memory ?? hc.Memory;
  if (r.memorySwap !== undefined && r.memorySwap > 0 && r.memorySwap < memory && c.state.Running) {
    throw fail(`runc did not terminate successfully: exit status 1: failed to write "${r.memorySwap}": write /sys/fs/cgroup/memory/docker/${c.id}/memory.memsw.limit_in_bytes: invalid argument\n: unknown`);
  }
  if (r.memory !== undefined) hc.Memory = r.memory;
  if (r.memorySwap !== undefined) hc.MemorySwap = r.memorySwap;
  if (r.memoryReservation !== undefined) hc.MemoryReservation = r.memoryReservation;
  if (r.nanoCpus !== undefined) hc.NanoCpus = r.nanoCpus;
  if (r.cpuShares !== undefined) hc.CpuShares = r.cpuShares;
  if (r.cpuPeriod !== undefined) hc.CpuPeriod = r.cpuPeriod;
  if (r.cpuQuota !== undefined) hc.CpuQuota = r.cpuQuota;
  if (r.cpusetCpus !== undefined) hc.CpusetCpus = r.cpusetCpus;
  if (r.cpusetMems !== undefined) hc.CpusetMems = r.cpusetMems;
  if (r.blkioWeight !== undefined) hc.BlkioWeight = r.blkioWeight;
  // 0 keeps the current limit; a negative one means unlimited, stored as 0.
  if (r.pidsLimit !== undefined && r.pidsLimit !== 0) hc.PidsLimit = r.pidsLimit < 0 ? 0 : r.pidsLimit;
  if (r.restart) hc.RestartPolicy = { Name: r.restart.name as RestartPolicy['Name'], MaximumRetryCount: r.restart.count };
  if (c.state.Running) writeCgroups(host, c, r);
  return [];
}

function writeCgroups(host: Host, c: Container, r: UpdateRequest): void {
  const system = cgroupsOf(host.kernel);
  const path = `/docker/${c.id}`;
  const put = (hierarchy: string, file: string, value: string) => {
    try {
      system.write(hierarchy, path, file, value);
    } catch {
      // a controller this host model does not mount: runc skips it too
    }
  };
  if (r.memory !== undefined && r.memory > 0) put('memory', 'memory.limit_in_bytes', String(r.memory));
  if (r.memorySwap !== undefined && r.memorySwap !== 0) put('memory', 'memory.memsw.limit_in_bytes', String(r.memorySwap));
  if (r.memoryReservation !== undefined) put('memory', 'memory.soft_limit_in_bytes', String(r.memoryReservation || -1));
  if (r.nanoCpus !== undefined) {
    put('cpu', 'cpu.cfs_period_us', '100000');
    put('cpu', 'cpu.cfs_quota_us', String(r.nanoCpus ? Math.floor((r.nanoCpus * 100000) / 1e9) : -1));
  }
  if (r.cpuPeriod) put('cpu', 'cpu.cfs_period_us', String(r.cpuPeriod));
  if (r.cpuQuota) put('cpu', 'cpu.cfs_quota_us', String(r.cpuQuota));
  if (r.cpuShares) put('cpu', 'cpu.shares', String(r.cpuShares));
  if (r.cpusetCpus) put('cpuset', 'cpuset.cpus', r.cpusetCpus);
  if (r.cpusetMems) put('cpuset', 'cpuset.mems', r.cpusetMems);
  if (r.blkioWeight) put('blkio', 'blkio.weight', String(r.blkioWeight));
  if (r.pidsLimit !== undefined && r.pidsLimit !== 0) put('pids', 'pids.max', r.pidsLimit < 0 ? 'max' : String(r.pidsLimit));
}

/** What runc writes when it starts a container: every limit of its HostConfig. */
export function applyLimits(host: Host, c: Container): void {
  const h = c.hostConfig;
  writeCgroups(host, c, {
    memory: h.Memory || undefined, memorySwap: h.MemorySwap || undefined, memoryReservation: h.MemoryReservation || undefined,
    nanoCpus: h.NanoCpus || undefined, cpuShares: h.CpuShares || undefined, cpuPeriod: h.CpuPeriod || undefined,
    cpuQuota: h.CpuQuota || undefined, cpusetCpus: h.CpusetCpus || undefined, cpusetMems: h.CpusetMems || undefined,
    blkioWeight: h.BlkioWeight || undefined, pidsLimit: h.PidsLimit || undefined,
  });
}
