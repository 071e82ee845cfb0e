import { FsError } from '../../fs/errors.ts';
import type { ControlFile, Controller, FileCtx } from '../controller.ts';
import { roFile, rwFile, stateOf } from '../controller.ts';
import { PAGE_COUNTER_MAX, pageCounterMemparse, pagesToBytes, strstrip } from '../kernel-parse.ts';

/**
 * hugetlb (mm/hugetlb_cgroup.c) for the machine's two huge page sizes: 2MB, and 1GB since the CPU
 * has pdpe1gb. Tasks in the model never map huge pages, so usage stays 0. Limits are kept in
 * base pages, rounded down to whole huge pages as the kernel does.
 */
interface Counter {
  limit: number;
  failcnt: number;
  watermark: number;
}

export interface HugetlbState {
  counters: Map<string, { fault: Counter; rsvd: Counter }>;
}

/** Size label and base pages per huge page. */
const HSTATES: [string, number][] = [['2MB', 512], ['1GB', 262144]];

const defaultLimit = (perHuge: number) => PAGE_COUNTER_MAX - (PAGE_COUNTER_MAX % perHuge);
const counter = (perHuge: number): Counter => ({ limit: defaultLimit(perHuge), failcnt: 0, watermark: 0 });

function files(size: string, perHuge: number, rsvd: boolean): ControlFile[] {
  const pre = `hugetlb.${size}.${rsvd ? 'rsvd.' : ''}`;
  const c = (ctx: FileCtx) => {
    const pair = stateOf(ctx.cg, hugetlb).counters.get(size)!;
    return rsvd ? pair.rsvd : pair.fault;
  };
  return [
    rwFile(`${pre}limit_in_bytes`, (ctx) => `${pagesToBytes(c(ctx).limit)}\n`, (ctx, data) => {
      // "Can't set limit on root", checked before the value is parsed.
      if (ctx.cg.isRoot) throw new FsError('EINVAL');
      const pages = pageCounterMemparse(strstrip(data), '-1');
      c(ctx).limit = pages - (pages % perHuge);
    }),
    roFile(`${pre}usage_in_bytes`, () => '0\n'),
    rwFile(`${pre}max_usage_in_bytes`, (ctx) => `${pagesToBytes(c(ctx).watermark)}\n`, (ctx) => (c(ctx).watermark = 0)),
    rwFile(`${pre}failcnt`, (ctx) => `${c(ctx).failcnt}\n`, (ctx) => (c(ctx).failcnt = 0)),
  ];
}

export const hugetlb: Controller<HugetlbState> = {
  name: 'hugetlb',
  init: () => ({ counters: new Map(HSTATES.map(([size, n]) => [size, { fault: counter(n), rsvd: counter(n) }])) }),
  files: () => HSTATES.flatMap(([size, n]) => [...files(size, n, false), ...files(size, n, true)]),
};
