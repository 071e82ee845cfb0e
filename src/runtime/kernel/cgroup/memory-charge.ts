import type { Process } from '../proc/process.ts';
import { SIGNALS } from '../proc/signals.ts';
import type { Cgroup } from './cgroup.ts';
import { stateOf } from './controller.ts';
import { memory } from './controllers/memory.ts';
import type { CgroupHierarchy } from './hierarchy.ts';
import { PAGE_SIZE } from './kernel-parse.ts';

/** Resident memory of a task in whole pages, as the page counters charge it. */
export const pagesOf = (bytes: number): number => Math.ceil(Math.max(0, bytes) / PAGE_SIZE);

/** Pages charged directly to `cg` by its live tasks. */
export function ownPages(cg: Cgroup): number {
  return cg.hierarchy.members(cg).reduce((s, p) => s + pagesOf(p.memoryBytes), 0);
}

/** Pages charged to `cg` and below (use_hierarchy is always 1 since 5.11). */
export function usagePages(cg: Cgroup): number {
  return cg.hierarchy.subtreeMembers(cg).reduce((s, p) => s + pagesOf(p.memoryBytes), 0);
}

/** Usage now, raising the max_usage watermark if it was passed since the last look. */
export function observeUsage(cg: Cgroup): number {
  const st = stateOf(cg, memory);
  const used = usagePages(cg);
  if (used > st.watermark) st.watermark = used;
  return used;
}

/** What a charge came to: done, or an OOM in `cgroup` with the task the OOM killer picks. */
export type ChargeResult =
  | { ok: true }
  | { ok: false; cgroup: Cgroup; victim: Process | null; oomKillDisabled: boolean };

/**
 * try_charge(): `bytes` more resident memory for `proc`. The first cgroup from the task's own
 * upwards whose limit would be passed fails the charge (its failcnt goes up) and goes OOM; with
 * oom_kill_disable set it is only marked under_oom. A negative `bytes` uncharges.
 */
export function chargeMemory(h: CgroupHierarchy, proc: Process, bytes: number): ChargeResult {
  const cg = h.cgroupOf(proc);
  const delta = pagesOf(proc.memoryBytes + bytes) - pagesOf(proc.memoryBytes);
  if (delta > 0) {
    for (const c of cg.ancestry()) {
      const st = stateOf(c, memory);
      if (usagePages(c) + delta <= st.limit) continue;
      st.failcnt++;
      if (st.oomKillDisable) {
        st.underOom = true;
        return { ok: false, cgroup: c, victim: null, oomKillDisabled: true };
      }
      return { ok: false, cgroup: c, victim: pickVictim(c), oomKillDisabled: false };
    }
  }
  proc.memoryBytes = Math.max(0, proc.memoryBytes + bytes);
  for (const c of cg.ancestry()) {
    const st = stateOf(c, memory);
    st.underOom = false;
    observeUsage(c);
  }
  return { ok: true };
}

/**
 * oom_badness() over the tasks of the OOM cgroup: resident pages plus oom_score_adj scaled to
 * the cgroup's limit; -1000 is never chosen, nor the host's init. On a tie the task met later
 * (higher pid) wins, as select_bad_process() replaces on equal points.
 */
export function pickVictim(cg: Cgroup): Process | null {
  const totalPages = stateOf(cg, memory).limit;
  let chosen: Process | null = null;
  let best = -Infinity;
  const tasks = cg.hierarchy.subtreeMembers(cg).sort((a, b) => a.id - b.id);
  for (const p of tasks) {
    if (p.id === 1 || p.oomScoreAdj <= -1000 || p.fatalSignal) continue;
    const points = pagesOf(p.memoryBytes) + p.oomScoreAdj * Math.floor(totalPages / 1000);
    if (points < best) continue;
    best = points;
    chosen = p;
  }
  return chosen;
}

/**
 * The OOM killer acting on a failed charge: SIGKILL to the victim, and an `oom_kill` event
 * counted in its cgroup and every non-root ancestor (memory.oom_control). Returns the victim.
 */
export function oomKill(h: CgroupHierarchy, result: ChargeResult): Process | null {
  if (result.ok || !result.victim) return null;
  const victim = result.victim;
  for (const c of h.cgroupOf(victim).ancestry()) {
    if (c.isRoot) break;
    stateOf(c, memory).oomKills++;
  }
  h.sys.kernel.signal(victim, SIGNALS.KILL!, null);
  return victim;
}
