import { FsError } from '../../fs/errors.ts';
import type { Cgroup } from '../cgroup.ts';
import { type ControlFile, type Controller, type FileCtx, roFile, rwFile, s64File, stateOf, u64File } from '../controller.ts';
import { erange, strstrip } from '../kernel-parse.ts';
import { type Bandwidth, checkUsecRange, setBandwidth } from './cpu-bandwidth.ts';

/**
 * The cpu controller's v1 files on Ubuntu's 5.15 (cpu_legacy_files): shares, idle, CFS bandwidth
 * and uclamp. Ubuntu builds without CONFIG_RT_GROUP_SCHED, so there are no cpu.rt_* files.
 */
export interface CpuState extends Bandwidth {
  shares: number;
  idle: number;
  /** uclamp in hundredths of a percent; 10000 prints as "max". */
  uclampMin: number;
  uclampMax: number;
  /** CPU time of the subtree (µs) when the current quota was set, for cpu.stat. */
  quotaSince: number;
}

const MIN_SHARES = 2;
const MAX_SHARES = 1 << 18;

const st = (ctx: FileCtx) => stateOf(ctx.cg, cpu);

/**
 * cpu.stat (cpu_cfs_stat_show). The model's scheduler does not throttle, so the counters are
 * what one CPU-bound task would have met since the quota was set: it runs `quota` per period
 * and waits out the rest when the quota is below the period.
 */
function cfsStat(ctx: FileCtx): string {
  const s = st(ctx);
  let periods = 0;
  let throttled = 0;
  let throttledNs = 0n;
  if (s.quotaUs >= 0) {
    const used = Math.max(0, ctx.sys.cpu.totalMicros(ctx.cg) - s.quotaSince);
    periods = Math.ceil(used / Math.min(s.quotaUs, s.periodUs));
    if (s.quotaUs < s.periodUs) {
      throttled = Math.floor(used / s.quotaUs);
      throttledNs = BigInt(throttled) * BigInt(s.periodUs - s.quotaUs) * 1000n;
    }
  }
  return `nr_periods ${periods}\nnr_throttled ${throttled}\nthrottled_time ${throttledNs}\n`;
}

function bandwidthWrite(ctx: FileCtx, change: Partial<Bandwidth>): void {
  const s = st(ctx);
  const hadQuota = s.quotaUs >= 0;
  setBandwidth(ctx.cg, { periodUs: s.periodUs, quotaUs: s.quotaUs, burstUs: s.burstUs, ...change });
  if (!hadQuota || change.quotaUs !== undefined) s.quotaSince = ctx.sys.cpu.totalMicros(ctx.cg);
}

/** cpu_uclamp_print(): "max" at full scale, else a percentage with two decimals. */
function uclampText(v: number): string {
  return v >= 10000 ? 'max\n' : `${Math.floor(v / 100)}.${String(v % 100).padStart(2, '0')}\n`;
}

/** capacity_from_percent(): "max" or a percentage with at most two decimals, 0 to 100. */
function parseUclamp(data: string): number {
  const s = strstrip(data);
  if (s === 'max') return 10000;
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) throw new FsError('EINVAL');
  const v = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (v > 10000) throw erange();
  return v;
}

export const cpu: Controller<CpuState> = {
  name: 'cpu',
  init: () => ({ shares: 1024, idle: 0, periodUs: 100000, quotaUs: -1, burstUs: 0, uclampMin: 0, uclampMax: 10000, quotaSince: 0 }),
  files(cg: Cgroup): ControlFile[] {
    const files: ControlFile[] = [
      u64File('cpu.shares', (ctx) => st(ctx).shares, (ctx, v) => {
        // The root task group has no scheduling entity whose weight could change.
        if (ctx.cg.isRoot) throw new FsError('EINVAL');
        st(ctx).shares = v > BigInt(MAX_SHARES) ? MAX_SHARES : Math.max(MIN_SHARES, Number(v));
      }),
      s64File('cpu.idle', (ctx) => st(ctx).idle, (ctx, v) => {
        if (ctx.cg.isRoot || v < 0n || v > 1n) throw new FsError('EINVAL');
        st(ctx).idle = Number(v);
      }),
      s64File('cpu.cfs_quota_us', (ctx) => st(ctx).quotaUs, (ctx, v) => {
        bandwidthWrite(ctx, { quotaUs: v < 0n ? -1 : checkUsecRange(v) });
      }),
      u64File('cpu.cfs_period_us', (ctx) => st(ctx).periodUs, (ctx, v) => bandwidthWrite(ctx, { periodUs: checkUsecRange(v) })),
      u64File('cpu.cfs_burst_us', (ctx) => st(ctx).burstUs, (ctx, v) => bandwidthWrite(ctx, { burstUs: checkUsecRange(v) })),
      roFile('cpu.stat', cfsStat),
    ];
    if (!cg.isRoot) {
      files.push(
        rwFile('cpu.uclamp.min', (ctx) => uclampText(st(ctx).uclampMin), (ctx, d) => (st(ctx).uclampMin = parseUclamp(d))),
        rwFile('cpu.uclamp.max', (ctx) => uclampText(st(ctx).uclampMax), (ctx, d) => (st(ctx).uclampMax = parseUclamp(d))),
      );
    }
    return files;
  },
};
