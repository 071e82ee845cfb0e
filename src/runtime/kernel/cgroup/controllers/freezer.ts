import { FsError } from '../../fs/errors.ts';
import type { Cgroup } from '../cgroup.ts';
import { type ControlFile, type Controller, type FileCtx, roFile, rwFile, stateOf } from '../controller.ts';
import { applyFreeze, freezingAbove } from '../freeze.ts';
import { strstrip } from '../kernel-parse.ts';

/**
 * The v1 freezer (kernel/cgroup/legacy_freezer.c). Writing FROZEN stops every task of the
 * subtree; the model's tasks stop at once, so the state goes straight to FROZEN (FREEZING is
 * only seen while a task cannot be frozen yet). Its files exist only below the root.
 */
export interface FreezerState {
  /** freezer.self_freezing: FROZEN was written here. */
  self: boolean;
}

const selfOf = (c: Cgroup) => stateOf(c, freezer).self;

function stateText(ctx: FileCtx): string {
  return freezingAbove(ctx.cg, selfOf) ? 'FROZEN\n' : 'THAWED\n';
}

function writeState(ctx: FileCtx, data: string): void {
  const buf = strstrip(data);
  if (buf !== 'THAWED' && buf !== 'FROZEN') throw new FsError('EINVAL');
  stateOf(ctx.cg, freezer).self = buf === 'FROZEN';
  applyFreeze(ctx.sys, ctx.cg.hierarchy.subtreeMembers(ctx.cg));
}

export const freezer: Controller<FreezerState> = {
  name: 'freezer',
  init: () => ({ self: false }),
  files(cg: Cgroup): ControlFile[] {
    if (cg.isRoot) return [];
    return [
      rwFile('freezer.state', stateText, writeState),
      roFile('freezer.self_freezing', (ctx) => (selfOf(ctx.cg) ? '1\n' : '0\n')),
      roFile('freezer.parent_freezing', (ctx) => (ctx.cg.parent && freezingAbove(ctx.cg.parent, selfOf) ? '1\n' : '0\n')),
    ];
  },
  // freezer_attach(): a task moved into a frozen cgroup freezes, one moved out thaws.
  attached(sys, _cg, proc) {
    applyFreeze(sys, [proc]);
  },
};
