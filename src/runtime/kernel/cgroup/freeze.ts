import type { Process } from '../proc/process.ts';
import type { Cgroup } from './cgroup.ts';
import { stateOf } from './controller.ts';
import { freezer } from './controllers/freezer.ts';
import { v2State } from './core-files-v2.ts';
import type { CgroupSystem } from './system.ts';

/**
 * Freezing shared by the v1 freezer controller and cgroup2's cgroup.freeze: a task is frozen
 * while any cgroup it is in (or above it) asks so. Frozen tasks are stopped through
 * `Process.stop()`; only tasks the freezer stopped are resumed by a thaw, so a task stopped by
 * SIGSTOP beforehand stays stopped.
 */
export function freezingAbove(cg: Cgroup, self: (c: Cgroup) => boolean): boolean {
  for (const c of cg.ancestry()) if (self(c)) return true;
  return false;
}

export function frozenByCgroups(sys: CgroupSystem, proc: Process): boolean {
  const v1 = sys.byKey('freezer');
  if (v1 && freezingAbove(v1.cgroupOf(proc), (c) => stateOf(c, freezer).self)) return true;
  const v2 = sys.byKey('');
  return !!v2 && freezingAbove(v2.cgroupOf(proc), (c) => v2State(c).freeze);
}

/** Freezes or thaws each task as its cgroups now require. */
export function applyFreeze(sys: CgroupSystem, procs: Iterable<Process>): void {
  for (const p of procs) {
    if (!p.alive) continue;
    const want = frozenByCgroups(sys, p);
    if (want && !sys.frozenTasks.has(p)) {
      if (p.stopped) continue;
      sys.frozenTasks.add(p);
      p.stop();
    } else if (!want && sys.frozenTasks.has(p)) {
      sys.frozenTasks.delete(p);
      p.resume();
    }
  }
}
