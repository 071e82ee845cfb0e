import type { Process } from '../../../kernel/proc/process.ts';
import type { AppletContext } from '../types.ts';
import { CgError, ECG, fromFs, hierarchiesFor, mayWrite, systemOf, type GroupSpec } from './libcg.ts';

/**
 * cgroup_change_cgroup_path: writes `proc`'s pid to the tasks file of the group in each
 * hierarchy of the spec. The tasks file must be writable by the caller (fopen fails otherwise:
 * "not allowed"); a missing group is "does not exist"; the kernel may then still refuse.
 */
export function moveTo(ctx: AppletContext, spec: GroupSpec, proc: Process): void {
  const hs = hierarchiesFor(systemOf(ctx), spec.controllers);
  for (const h of hs) {
    if (!h) throw new CgError(ECG.SUBSYSNOTMOUNTED);
    const cg = h.find(spec.path);
    if (!cg) throw new CgError(ECG.NOTEXIST);
    const tasks = h.file(cg, 'tasks')!;
    const a = cg.fileAttrs.get('tasks') ?? {};
    if (!mayWrite(ctx, a.mode ?? tasks.mode, a.uid ?? cg.uid, a.gid ?? cg.gid)) throw new CgError(ECG.NOTALLOWED);
    const c = ctx.proc.creds;
    if (c.uid !== 0 && c.uid !== proc.creds.uid) throw new CgError(ECG.OTHER, 'Permission denied');
    try {
      h.attach(proc, cg);
    } catch (e) {
      throw fromFs(e);
    }
  }
}
