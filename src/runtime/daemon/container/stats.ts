import { cgroupsOf } from '../../kernel/cgroup/system.ts';
import type { Host } from '../../host.ts';
import type { Container } from './container.ts';

/** One sample of GET /containers/{id}/stats?stream=false, reduced to what the CLI shows. */
export interface StatsSample {
  running: boolean;
  cpuPercent: number;
  memUsage: number;
  memLimit: number;
  netRx: number;
  netTx: number;
  blkRead: number;
  blkWrite: number;
  pids: number;
}

/** An unlimited v1 memory cgroup reports this (PAGE_COUNTER_MAX pages). */
const UNLIMITED = 9223372036854771712;

function read(host: Host, c: Container, hierarchy: string, file: string): string {
  try {
    return cgroupsOf(host.kernel).read(hierarchy, `/docker/${c.id}`, file);
  } catch {
    return '';
  }
}

/**
 * The engine's stats collector on cgroup v1: memory usage minus the inactive page cache (what
 * the CLI subtracts), the limit capped at the machine's memory, pids.current; a stopped
 * container has all zeros.
 */
export function sampleStats(host: Host, c: Container): StatsSample {
  const zero: StatsSample = { running: false, cpuPercent: 0, memUsage: 0, memLimit: 0, netRx: 0, netTx: 0, blkRead: 0, blkWrite: 0, pids: 0 };
  if (!c.state.Running) return zero;
  const usage = Number(read(host, c, 'memory', 'memory.usage_in_bytes').trim() || 0);
  const inactive = Number(/^total_inactive_file (\d+)$/m.exec(read(host, c, 'memory', 'memory.stat'))?.[1] ?? 0);
  let limit = Number(read(host, c, 'memory', 'memory.limit_in_bytes').trim() || UNLIMITED);
  const machine = host.machine.memTotalKb * 1024;
  if (limit >= UNLIMITED || limit > machine) limit = machine;
  const pids = Number(read(host, c, 'pids', 'pids.current').trim() || 0);
  return { ...zero, running: true, memUsage: inactive < usage ? usage - inactive : usage, memLimit: limit, pids };
}
