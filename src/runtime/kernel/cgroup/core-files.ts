import { FsError } from '../fs/errors.ts';
import type { Process } from '../proc/process.ts';
import type { Cgroup } from './cgroup.ts';
import { type ControlFile, type FileCtx, flagFile, roFile, rwFile } from './controller.ts';
import { kstrtoint, strstrip } from './kernel-parse.ts';

/** The pid of `p` as `viewer`'s pid namespace numbers it (0: not visible from there). */
export function pidSeenBy(p: Process, viewer: Process | null): number {
  if (!viewer) return p.pidAt(0);
  if (!viewer.ns.pid.isAncestorOf(p.ns.pid)) return 0;
  return p.pidAt(viewer.ns.pid.level);
}

/** cgroup.procs / tasks: member pids as the reader's namespace sees them, sorted, one a line. */
export function readPidList(ctx: FileCtx): string {
  const pids = ctx.cg.hierarchy
    .members(ctx.cg)
    .map((p) => pidSeenBy(p, ctx.caller))
    .filter((pid) => pid > 0)
    .sort((a, b) => a - b);
  return pids.map((pid) => `${pid}\n`).join('');
}

/**
 * cgroup_procs_write_start() and the credential check of __cgroup1_procs_write: one pid (0 = the
 * writer itself) in the writer's pid namespace. Returns null for a task already exiting, which
 * cgroup_migrate_add_task() skips silently.
 */
export function pidTarget(ctx: FileCtx, data: string): Process | null {
  const pid = kstrtoint(strstrip(data));
  if (pid < 0) throw new FsError('EINVAL');
  const caller = ctx.caller;
  let target: Process | undefined;
  if (pid === 0) target = caller ?? undefined;
  else target = caller ? ctx.sys.kernel.byPid(pid, caller) : ctx.sys.kernel.procs.get(pid);
  if (!target || target.reaped) throw new FsError('ESRCH');
  if (caller && caller.creds.uid !== 0 && caller.creds.uid !== target.creds.uid) throw new FsError('EACCES');
  return target.alive ? target : null;
}

/** Writing a pid to cgroup.procs or tasks moves that task here. */
export function writePid(ctx: FileCtx, data: string): void {
  const target = pidTarget(ctx, data);
  if (target) ctx.cg.hierarchy.attach(target, ctx.cg);
}

/** cgroup1_base_files: the interface files every v1 cgroup directory has. */
export function coreFilesV1(cg: Cgroup): ControlFile[] {
  const files: ControlFile[] = [
    rwFile('cgroup.procs', readPidList, writePid),
    flagFile('cgroup.clone_children', (c) => c.cg.cloneChildren, (c, on) => (c.cg.cloneChildren = on)),
    rwFile('tasks', readPidList, writePid),
    flagFile('notify_on_release', (c) => c.cg.notifyOnRelease, (c, on) => (c.cg.notifyOnRelease = on)),
  ];
  if (cg.isRoot) {
    files.push(
      roFile('cgroup.sane_behavior', () => '0\n'),
      rwFile('release_agent', (c) => `${c.cg.hierarchy.releaseAgent}\n`, (c, d) => (c.cg.hierarchy.releaseAgent = strstrip(d).slice(0, 4095))),
    );
  }
  return files;
}
