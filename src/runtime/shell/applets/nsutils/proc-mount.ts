import { FsError } from '../../../kernel/fs/errors.ts';
import { capableOver } from '../../../kernel/ns/caps.ts';
import type { AppletContext } from '../types.ts';
import { mountFs, newProcFs } from './fs-factory.ts';

/**
 * unshare --mount-proc: make DIR private (which needs it to be a mount point), then mount a new
 * proc there for the caller's pid namespace. Returns the failing step and errno, or null.
 */
export function mountProcFor(ctx: AppletContext, dir: string): { step: 'umount' | 'mount'; error: FsError } | null {
  let target: string;
  try {
    target = ctx.fs.realpath(dir);
  } catch (e) {
    if (e instanceof FsError) return { step: 'umount', error: e };
    throw e;
  }
  const table = ctx.proc.ns.mnt.table;
  if (!capableOver(ctx.proc, ctx.proc.ns.mnt)) return { step: 'umount', error: new FsError('EPERM') };
  if (!table.at(target)) return { step: 'umount', error: new FsError('EINVAL') };
  // proc may be mounted only by someone who administers the pid namespace it will show.
  if (!capableOver(ctx.proc, ctx.proc.ns.pid)) return { step: 'mount', error: new FsError('EPERM') };
  mountFs(table, target, newProcFs(ctx, ctx.proc.ns.pid), 'proc', { ro: false, nosuid: true, nodev: true, noexec: true });
  return null;
}
