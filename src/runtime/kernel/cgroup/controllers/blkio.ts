import { FsError } from '../../fs/errors.ts';
import type { Cgroup } from '../cgroup.ts';
import { type ControlFile, type Controller, type FileCtx, roFile, rwFile, stateOf, u64File } from '../controller.ts';
import { strstrip } from '../kernel-parse.ts';

/**
 * blkio on 5.15 (block/blk-cgroup.c and blk-throttle.c legacy files). CFQ is gone and the VM's
 * virtio disk runs without BFQ, so there is no blkio.weight: what remains is reset_stats and the
 * throttle files. Limits are per whole disk `MAJ:MIN`; the model's disk is vda (252:0) and it
 * does no I/O, so the service counters stay 0.
 */
type Limit = 'read_bps_device' | 'write_bps_device' | 'read_iops_device' | 'write_iops_device';

export interface BlkioState {
  /** device "252:0" → limit → value; absent means unlimited. */
  limits: Map<string, Map<Limit, bigint>>;
}

/** Whole disks a limit can name; partitions (252:1) are refused with ENODEV. */
const DISKS = ['252:0'];
const U64_MAX = (1n << 64n) - 1n;

const st = (ctx: FileCtx) => stateOf(ctx.cg, blkio);

/** The disks this cgroup has a blkg for: the root has one per disk, others once configured. */
function blkgs(ctx: FileCtx): string[] {
  return ctx.cg.isRoot ? DISKS : DISKS.filter((d) => st(ctx).limits.has(d));
}

/**
 * blkg_conf_prep() then tg_set_conf(): `MAJ:MIN VALUE`. The disk's blkg exists from then on,
 * even if the value is refused. 0 means no limit; iops values are cut to 32 bits afterwards
 * (so 4294967296 becomes a limit of 0), and UINT_MAX is no limit again.
 */
function writeLimit(which: Limit) {
  return (ctx: FileCtx, data: string) => {
    const m = /^\s*(\d+):(\d+)(\s+)(.*)$/s.exec(data);
    if (!m) throw new FsError('EINVAL');
    const dev = `${Number(m[1])}:${Number(m[2])}`;
    if (!DISKS.includes(dev)) throw new FsError('ENODEV');
    const perDev = st(ctx).limits.get(dev) ?? new Map<Limit, bigint>();
    st(ctx).limits.set(dev, perDev);
    // sscanf("%llu"): digits only, so a sign or a word is EINVAL; trailing junk is ignored.
    const v = /^\s*(\d+)/.exec(m[4]!);
    if (!v) throw new FsError('EINVAL');
    let value = BigInt(v[1]!) & U64_MAX;
    if (value === 0n) value = U64_MAX;
    const iops = which.endsWith('iops_device');
    if (iops) value &= 0xffffffffn;
    if (value === (iops ? 0xffffffffn : U64_MAX)) perDev.delete(which);
    else perDev.set(which, value);
  };
}

function limitText(which: Limit) {
  return (ctx: FileCtx) =>
    blkgs(ctx)
      .filter((d) => st(ctx).limits.get(d)?.has(which))
      .map((d) => `${d} ${st(ctx).limits.get(d)!.get(which)}\n`)
      .join('');
}

/** blkg_prfill_rwstat() per disk, then the grand total. */
function rwstatText(ctx: FileCtx): string {
  const rows = blkgs(ctx).map((d) => ['Read', 'Write', 'Sync', 'Async', 'Discard', 'Total'].map((k) => `${d} ${k} 0\n`).join(''));
  return `${rows.join('')}Total 0\n`;
}

export const blkio: Controller<BlkioState> = {
  name: 'blkio',
  init: () => ({ limits: new Map() }),
  files(_cg: Cgroup): ControlFile[] {
    const limits: Limit[] = ['read_bps_device', 'write_bps_device', 'read_iops_device', 'write_iops_device'];
    return [
      { ...u64File('blkio.reset_stats', () => 0, () => {}), read: undefined, mode: 0o200 },
      ...limits.map((l) => rwFile(`blkio.throttle.${l}`, limitText(l), writeLimit(l))),
      ...['io_service_bytes', 'io_serviced', 'io_service_bytes_recursive', 'io_serviced_recursive'].map((n) => roFile(`blkio.throttle.${n}`, rwstatText)),
    ];
  },
};
