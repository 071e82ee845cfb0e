import type { Process } from '../proc/process.ts';
import type { Cgroup } from './cgroup.ts';
import type { CgroupHierarchy } from './hierarchy.ts';

/**
 * CPU time charged to cgroups, from `Process.cpuMicros`. As in the kernel, time stays with the
 * cgroup where it was spent: a task that moves or exits leaves its time behind ("retired"), and
 * its live contribution counts from the moment it joined.
 */
export class CpuAccounting {
  /** cpuMicros of each task when it joined its current cgroup, per hierarchy key. */
  private readonly joined = new Map<string, WeakMap<Process, number>>();
  /** Time left behind in a cgroup by tasks that moved out or exited, per CPU. */
  private readonly retired = new WeakMap<Cgroup, number[]>();
  private readonly gone = new WeakSet<Process>();

  constructor(
    private readonly cpus: number,
    private readonly procs: () => Iterable<Process>,
  ) {}

  /** The CPU a task's time is shown on: fixed per task, so per-CPU files are stable. */
  cpuOf(p: Process): number {
    return p.id % this.cpus;
  }

  private baseline(h: CgroupHierarchy, p: Process): number {
    return this.joined.get(h.key)?.get(p) ?? 0;
  }

  private retire(h: CgroupHierarchy, cg: Cgroup, p: Process): void {
    const used = p.cpuMicros - this.baseline(h, p);
    const slot = this.retired.get(cg) ?? new Array<number>(this.cpus).fill(0);
    slot[this.cpuOf(p)]! += used;
    this.retired.set(cg, slot);
    let m = this.joined.get(h.key);
    if (!m) this.joined.set(h.key, (m = new WeakMap()));
    m.set(p, p.cpuMicros);
  }

  /** `p` moved out of `from` in `h`: the time it spent there stays there. */
  moved(h: CgroupHierarchy, p: Process, from: Cgroup): void {
    this.retire(h, from, p);
  }

  /** `p` exited: its final time stays in the cgroups it was in. */
  exited(hierarchies: readonly CgroupHierarchy[], p: Process): void {
    if (this.gone.has(p)) return;
    for (const h of hierarchies) this.retire(h, h.cgroupOf(p), p);
    this.gone.add(p);
  }

  /** Time spent directly in `cg` (not below), per CPU, in microseconds. */
  ownPerCpu(cg: Cgroup): number[] {
    const h = cg.hierarchy;
    const out = [...(this.retired.get(cg) ?? new Array<number>(this.cpus).fill(0))];
    const path = cg.path;
    for (const p of this.procs()) {
      if (this.gone.has(p) || h.pathOf(p) !== path) continue;
      out[this.cpuOf(p)]! += p.cpuMicros - this.baseline(h, p);
    }
    return out;
  }

  /** Time spent in `cg` and below, per CPU, in microseconds. */
  perCpu(cg: Cgroup): number[] {
    const out = new Array<number>(this.cpus).fill(0);
    for (const c of cg.subtree()) this.ownPerCpu(c).forEach((v, i) => (out[i]! += v));
    return out;
  }

  totalMicros(cg: Cgroup): number {
    return this.perCpu(cg).reduce((a, b) => a + b, 0);
  }
}
