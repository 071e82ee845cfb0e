import { FsError } from '../../fs/errors.ts';
import { type ControlFile, type Controller, type FileCtx, roFile, stateOf, u64File } from '../controller.ts';

/**
 * cpuacct (kernel/sched/cpuacct.c): CPU time of the cgroup and below, in nanoseconds, per CPU.
 * The model's tasks spend all their time in user mode, so every *_sys counter stays 0.
 */
export interface CpuacctState {
  /** Per-CPU usage (µs) at the last `echo 0 > cpuacct.usage`. */
  resetAt: number[];
}

const perCpuNs = (ctx: FileCtx): bigint[] => {
  const now = ctx.sys.cpu.perCpu(ctx.cg);
  const base = stateOf(ctx.cg, cpuacct).resetAt;
  return now.map((v, i) => BigInt(Math.max(0, v - (base[i] ?? 0))) * 1000n);
};

const total = (ctx: FileCtx): bigint => perCpuNs(ctx).reduce((a, b) => a + b, 0n);
const zeros = (ctx: FileCtx): bigint[] => perCpuNs(ctx).map(() => 0n);
const list = (vs: bigint[]): string => `${vs.map((v) => `${v} `).join('')}\n`;
/** nsec_to_clock_t(): USER_HZ is 100. */
const ticks = (ns: bigint): bigint => ns / 10_000_000n;

export const cpuacct: Controller<CpuacctState> = {
  name: 'cpuacct',
  init: (_cg, _parent, sys) => ({ resetAt: new Array<number>(sys.machine.cpus).fill(0) }),
  files(): ControlFile[] {
    return [
      u64File('cpuacct.usage', total, (ctx, v) => {
        // Only a reset to 0 is allowed.
        if (v !== 0n) throw new FsError('EINVAL');
        stateOf(ctx.cg, cpuacct).resetAt = ctx.sys.cpu.perCpu(ctx.cg);
      }),
      u64File('cpuacct.usage_user', total),
      u64File('cpuacct.usage_sys', () => 0),
      roFile('cpuacct.usage_percpu', (ctx) => list(perCpuNs(ctx))),
      roFile('cpuacct.usage_percpu_user', (ctx) => list(perCpuNs(ctx))),
      roFile('cpuacct.usage_percpu_sys', (ctx) => list(zeros(ctx))),
      roFile('cpuacct.usage_all', (ctx) => `cpu user system\n${perCpuNs(ctx).map((v, i) => `${i} ${v} 0\n`).join('')}`),
      roFile('cpuacct.stat', (ctx) => `user ${ticks(total(ctx))}\nsystem 0\n`),
    ];
  },
};
