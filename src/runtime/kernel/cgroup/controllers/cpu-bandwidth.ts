import { FsError } from '../../fs/errors.ts';
import type { Cgroup } from '../cgroup.ts';
import { stateOf } from '../controller.ts';
import { U64_MAX } from '../kernel-parse.ts';
import { cpu } from './cpu.ts';

/**
 * CFS bandwidth rules of tg_set_cfs_bandwidth() (kernel/sched/core.c, 5.15), in nanoseconds.
 * A quota of -1 (RUNTIME_INF) is no limit.
 */
const NSEC_PER_USEC = 1000n;
const RUNTIME_INF = U64_MAX;
const MIN_PERIOD = 1_000_000n; // 1 ms
const MAX_PERIOD = 1_000_000_000n; // 1 s
const BW_SHIFT = 20n;
const MAX_CFS_RUNTIME = ((1n << (64n - BW_SHIFT)) - 1n) * NSEC_PER_USEC;

export interface Bandwidth {
  periodUs: number;
  /** -1: unlimited. */
  quotaUs: number;
  burstUs: number;
}

const nsQuota = (quotaUs: number): bigint => (quotaUs < 0 ? RUNTIME_INF : BigInt(quotaUs) * NSEC_PER_USEC);

/** to_ratio(): the share of one CPU a quota gives, in 2^-20 units. */
function ratio(b: Bandwidth): bigint {
  const quota = nsQuota(b.quotaUs);
  if (quota === RUNTIME_INF) return RUNTIME_INF;
  return (quota << BW_SHIFT) / (BigInt(b.periodUs) * NSEC_PER_USEC);
}

/**
 * tg_cfs_schedulable_down() over the whole tree with `cg` set to `next`: on cgroup v1 a child
 * may not be granted more CPU than its nearest limited ancestor.
 */
function schedulable(root: Cgroup, cg: Cgroup, next: Bandwidth): boolean {
  const walk = (c: Cgroup, parentQuota: bigint): boolean => {
    let q = RUNTIME_INF;
    if (c.parent) {
      q = ratio(c === cg ? next : stateOf(c, cpu));
      if (q === RUNTIME_INF) q = parentQuota;
      else if (parentQuota !== RUNTIME_INF && q > parentQuota) return false;
    }
    for (const child of c.children.values()) if (!walk(child, q)) return false;
    return true;
  };
  return walk(root, RUNTIME_INF);
}

/** tg_set_cfs_bandwidth(): validates and applies a new period/quota/burst. */
export function setBandwidth(cg: Cgroup, next: Bandwidth): void {
  if (cg.isRoot) throw new FsError('EINVAL');
  const period = BigInt(next.periodUs) * NSEC_PER_USEC;
  const quota = nsQuota(next.quotaUs);
  const burst = BigInt(next.burstUs) * NSEC_PER_USEC;
  if (quota < MIN_PERIOD || period < MIN_PERIOD || period > MAX_PERIOD) throw new FsError('EINVAL');
  if (quota !== RUNTIME_INF && (quota > MAX_CFS_RUNTIME || burst > quota || burst + quota > MAX_CFS_RUNTIME)) throw new FsError('EINVAL');
  let root = cg;
  while (root.parent) root = root.parent;
  if (!schedulable(root, cg, next)) throw new FsError('EINVAL');
  Object.assign(stateOf(cg, cpu), next);
}

/** Microsecond values the kernel converts to ns must not overflow u64. */
export function checkUsecRange(v: bigint): number {
  if (v > U64_MAX / NSEC_PER_USEC) throw new FsError('EINVAL');
  return Number(v);
}
