import type { Kernel } from '../../../kernel/kernel.ts';
import { MemFs } from '../../../kernel/fs/memfs.ts';
import type { Mount, MountOptions, MountTable } from '../../../kernel/fs/mounts.ts';
import { procRoot } from '../../../kernel/fs/pseudo/procfs.ts';
import { SynthFs } from '../../../kernel/fs/synthfs.ts';
import type { Filesystem } from '../../../kernel/fs/types.ts';
import type { PidNamespace } from '../../../kernel/ns/pid.ts';
import { DEFAULT_MACHINE } from '../../../machine.ts';
import type { AppletContext } from '../types.ts';

/** Device numbers for filesystems mounted at run time, above those the host hands out at boot. */
const nextDev = new WeakMap<Kernel, number>();
function allocDev(kernel: Kernel): number {
  const d = nextDev.get(kernel) ?? 200;
  nextDev.set(kernel, d + 1);
  return d;
}

/** A new proc instance shows the pid namespace of the task that mounts it. */
export function newProcFs(ctx: AppletContext, pidns: PidNamespace): Filesystem {
  const machine = { ...DEFAULT_MACHINE, ...ctx.host };
  return new SynthFs('proc', allocDev(ctx.kernel), procRoot(ctx.kernel, pidns, machine), () => ctx.kernel.clock.now);
}

/** A new tmpfs; its root is world-writable and sticky (1777) unless `mode=` says otherwise. */
export function newTmpfs(ctx: AppletContext, mode = 0o1777): Filesystem {
  const fs = new MemFs({ fstype: 'tmpfs', dev: allocDev(ctx.kernel), now: () => ctx.kernel.clock.now });
  fs.setattr(fs.root(), { mode });
  return fs;
}

/** Mounts the root of `fs` at `target` (a canonical path) in `table`. */
export function mountFs(table: MountTable, target: string, fs: Filesystem, source: string, options: MountOptions): Mount {
  return table.add({ target, fs, root: fs.root(), rootPath: '/', source, options });
}
