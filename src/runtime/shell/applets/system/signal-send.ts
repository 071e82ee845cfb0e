import type { Process } from '../../../kernel/proc/process.ts';
import type { AppletContext } from '../types.ts';

/**
 * kill(2) from `ctx`'s process, with the kernel's order of checks: the targets must exist
 * (ESRCH), then the signal must be valid (EINVAL), then permission (EPERM). pid 0 is the
 * caller's group, -1 every process but init and the caller, < -1 the group -pid.
 * Returns null on success or the strerror text.
 */
export function killPid(ctx: AppletContext, pid: number, sig: number): string | null {
  const me = ctx.proc;
  const level = me.ns.pid.level;
  let targets: Process[];
  if (pid > 0) {
    const p = ctx.kernel.byPid(pid, me);
    targets = p && !p.reaped ? [p] : [];
  } else {
    const all = ctx.kernel.visible(me).filter((p) => p.alive);
    if (pid === -1) targets = all.filter((p) => p !== me && p.pidAt(level) !== 1);
    else {
      const group = pid === 0 ? me.pgid : groupGlobalId(ctx, -pid);
      targets = all.filter((p) => p.pgid === group);
    }
  }
  if (targets.length === 0) return 'No such process';
  if (sig < 0 || sig > 64) return 'Invalid argument';
  let sent = 0;
  for (const p of targets) {
    if (me.creds.uid !== 0 && me.creds.uid !== p.creds.uid) continue;
    ctx.kernel.signal(p, sig, me);
    sent++;
  }
  return sent === 0 ? 'Operation not permitted' : null;
}

/** Process group ids are stored as global pids; translate one seen from the caller's namespace. */
function groupGlobalId(ctx: AppletContext, pgid: number): number {
  const id = ctx.proc.ns.pid.members.get(pgid);
  return id ?? -1;
}

/** A signal to ourselves (or our group) takes effect before the program goes on. */
export async function settle(ctx: AppletContext): Promise<void> {
  if (ctx.proc.needsCheckpoint) await ctx.proc.checkpoint();
}
