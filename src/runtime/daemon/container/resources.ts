import { DaemonError } from '../errors.ts';
import type { HostConfig } from './config.ts';

const bad = (msg: string) => new DaemonError(msg, 400);

/**
 * The daemon's checks of resource options at create time (verifyPlatformContainerResources),
 * and its default: with a memory limit and no swap limit, swap may use as much again.
 */
export function checkResources(h: HostConfig, ncpu: number): void {
  if (h.Memory > 0 && h.Memory < 6 * 1024 * 1024) throw bad('Minimum memory limit allowed is 6MB');
  if (h.MemorySwap > 0 && h.Memory === 0) throw bad('You should always set the Memory limit when using Memoryswap limit, see usage');
  if (h.Memory > 0 && h.MemorySwap > 0 && h.MemorySwap < h.Memory) throw bad('Minimum memoryswap limit should be larger than memory limit, see usage');
  if (h.MemoryReservation > 0 && h.MemoryReservation < 6 * 1024 * 1024) throw bad('Minimum memory reservation allowed is 6MB');
  if (h.Memory > 0 && h.MemoryReservation > 0 && h.MemoryReservation > h.Memory) throw bad('Minimum memory limit can not be less than memory reservation limit, see usage');
  if (h.NanoCpus > 0 && h.CpuPeriod > 0) throw bad('Conflicting options: Nano CPUs and CPU Period cannot both be set');
  if (h.NanoCpus > 0 && h.CpuQuota > 0) throw bad('Conflicting options: Nano CPUs and CPU Quota cannot both be set');
  if (h.NanoCpus < 0 || h.NanoCpus > ncpu * 1e9) throw bad(`Range of CPUs is from 0.01 to ${ncpu.toFixed(2)}, as there are only ${ncpu} CPUs available`);
  if (h.CpuPeriod !== 0 && (h.CpuPeriod < 1000 || h.CpuPeriod > 1000000)) throw bad('CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)');
  if (h.CpuQuota > 0 && h.CpuQuota < 1000) throw bad('CPU cfs quota can not be less than 1ms (i.e. 1000)');
  if (h.Memory > 0 && h.MemorySwap === 0) h.MemorySwap = h.Memory * 2;
}
