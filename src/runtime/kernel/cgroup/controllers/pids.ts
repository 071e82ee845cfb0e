import { FsError } from '../../fs/errors.ts';
import type { Process } from '../../proc/process.ts';
import type { Cgroup } from '../cgroup.ts';
import { type ControlFile, type Controller, roFile, rwFile, stateOf } from '../controller.ts';
import type { CgroupHierarchy } from '../hierarchy.ts';
import { kstrtoll, strstrip } from '../kernel-parse.ts';

/**
 * The pids controller (kernel/cgroup/pids.c): a limit on tasks in a subtree, checked at fork.
 * Its files exist only below the root. Tasks count until they are reaped, as the charge is
 * dropped in release_task().
 */
export interface PidsState {
  /** null: "max". */
  max: number | null;
  /** pids.events "max": forks refused in this cgroup. */
  forkRefusals: number;
}

/** PID_MAX_LIMIT + 1: values at or above it are refused. */
const PIDS_MAX = 4 * 1024 * 1024 + 1;

export function pidsCurrent(cg: Cgroup): number {
  return cg.hierarchy.subtreeMembers(cg, true).length;
}

/**
 * pids_can_fork(): one more task in the forking task's cgroup must fit under every limit up to
 * the root; a refusal is counted in the task's own cgroup, whichever ancestor's limit it hit.
 */
export function pidsCanFork(h: CgroupHierarchy, parent: Process): boolean {
  const own = h.cgroupOf(parent);
  for (const c of own.ancestry()) {
    const max = stateOf(c, pids).max;
    if (max !== null && pidsCurrent(c) + 1 > max) {
      stateOf(own, pids).forkRefusals++;
      return false;
    }
  }
  return true;
}

export const pids: Controller<PidsState> = {
  name: 'pids',
  init: () => ({ max: null, forkRefusals: 0 }),
  files(cg: Cgroup): ControlFile[] {
    if (cg.isRoot) return [];
    return [
      rwFile('pids.max', (ctx) => {
        const max = stateOf(ctx.cg, pids).max;
        return `${max === null ? 'max' : max}\n`;
      }, (ctx, data) => {
        const buf = strstrip(data);
        if (buf === 'max') {
          stateOf(ctx.cg, pids).max = null;
          return;
        }
        const v = kstrtoll(buf);
        if (v < 0n || v >= BigInt(PIDS_MAX)) throw new FsError('EINVAL');
        stateOf(ctx.cg, pids).max = Number(v);
      }),
      roFile('pids.current', (ctx) => `${pidsCurrent(ctx.cg)}\n`),
      roFile('pids.events', (ctx) => `max ${stateOf(ctx.cg, pids).forkRefusals}\n`),
    ];
  },
};
