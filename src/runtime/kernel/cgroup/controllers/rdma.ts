import { FsError } from '../../fs/errors.ts';
import type { Cgroup } from '../cgroup.ts';
import { type ControlFile, type Controller, roFile, rwFile } from '../controller.ts';
import { kstrtoint, strstrip } from '../kernel-parse.ts';

/**
 * rdma (kernel/cgroup/rdma.c): limits per RDMA device. The machine has no RDMA devices, so both
 * files read empty and any well-formed limit names a device that does not exist (ENODEV).
 * Its files exist only below the root.
 */
const RESOURCES = ['hca_handle', 'hca_object'];

/** rdmacg_parse_limits(): space-separated `name=value`, value `max` or a number >= 0. */
function parseLimits(options: string | undefined): void {
  if (options === undefined) return;
  for (const tok of options.split(' ')) {
    const eq = tok.indexOf('=');
    if (eq < 0) throw new FsError('EINVAL');
    const name = tok.slice(0, eq);
    const value = tok.slice(eq + 1);
    if (!RESOURCES.includes(name)) throw new FsError('EINVAL');
    if (value !== 'max' && kstrtoint(value, 10) < 0) throw new FsError('EINVAL');
  }
}

export const rdma: Controller<null> = {
  name: 'rdma',
  init: () => null,
  files(cg: Cgroup): ControlFile[] {
    if (cg.isRoot) return [];
    return [
      rwFile('rdma.max', () => '', (_ctx, data) => {
        const buf = strstrip(data);
        const sp = buf.indexOf(' ');
        parseLimits(sp < 0 ? undefined : buf.slice(sp + 1));
        throw new FsError('ENODEV');
      }),
      roFile('rdma.current', () => ''),
    ];
  },
};
