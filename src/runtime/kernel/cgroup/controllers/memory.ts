import { FsError } from '../../fs/errors.ts';
import type { Cgroup } from '../cgroup.ts';
import { type ControlFile, type Controller, type FileCtx, noOpFile, roFile, rwFile, stateOf, u64File, woFile } from '../controller.ts';
import { PAGE_COUNTER_MAX, pageCounterMemparse, pagesToBytes, strstrip } from '../kernel-parse.ts';
import { observeUsage, usagePages } from '../memory-charge.ts';
import { memoryStat, numaStat } from './memory-stat.ts';

/**
 * The memory controller as cgroup v1 shows it on 5.15 (mm/memcontrol.c, mem_cgroup_legacy_files)
 * booted without swap accounting, so no memory.memsw.* files. Usage is what the member tasks hold
 * (`Process.memoryBytes`, in whole pages), summed down the subtree.
 */
export interface MemoryState {
  /** Limits and watermarks in pages. */
  limit: number;
  softLimit: number;
  kmemLimit: number;
  tcpLimit: number;
  watermark: number;
  kmemWatermark: number;
  tcpWatermark: number;
  failcnt: number;
  kmemFailcnt: number;
  tcpFailcnt: number;
  swappiness: number;
  oomKillDisable: boolean;
  underOom: boolean;
  /** memory_events[MEMCG_OOM_KILL]: kills in this cgroup or below. */
  oomKills: number;
  moveChargeAtImmigrate: number;
}

/** vm.swappiness: what the root memory cgroup shows and sets. */
export const VM_SWAPPINESS_DEFAULT = 60;

const st = (ctx: FileCtx) => stateOf(ctx.cg, memory);

/** mem_cgroup_write(): parse first (garbage is EINVAL even on the root), then apply. */
function writeLimit(which: 'limit' | 'softLimit' | 'kmemLimit' | 'tcpLimit') {
  return (ctx: FileCtx, data: string) => {
    const pages = pageCounterMemparse(strstrip(data), '-1');
    const s = st(ctx);
    if (which === 'softLimit') {
      s.softLimit = pages;
      return;
    }
    // "Can't set limit on root".
    if (ctx.cg.isRoot) throw new FsError('EINVAL');
    if (which === 'limit') {
      // mem_cgroup_resize_max(): nothing here is reclaimable (anonymous memory, no swap),
      // so a limit below current usage cannot be met.
      if (pages < usagePages(ctx.cg)) throw new FsError('EBUSY');
      s.limit = pages;
      s.underOom = false;
      return;
    }
    s[which] = pages;
  };
}

/** mem_cgroup_reset(): any write to max_usage_in_bytes or failcnt resets it. */
function resetFile(name: string, get: (ctx: FileCtx) => string, reset: (ctx: FileCtx) => void): ControlFile {
  return rwFile(name, get, (ctx) => reset(ctx));
}

function counterFiles(prefix: string, usage: (ctx: FileCtx) => number, keys: { limit: 'limit' | 'kmemLimit' | 'tcpLimit'; wm: 'watermark' | 'kmemWatermark' | 'tcpWatermark'; fail: 'failcnt' | 'kmemFailcnt' | 'tcpFailcnt' }): ControlFile[] {
  return [
    roFile(`${prefix}usage_in_bytes`, (ctx) => `${pagesToBytes(usage(ctx))}\n`),
    resetFile(`${prefix}max_usage_in_bytes`, (ctx) => {
      usage(ctx);
      return `${pagesToBytes(st(ctx)[keys.wm])}\n`;
    }, (ctx) => (st(ctx)[keys.wm] = usage(ctx))),
    rwFile(`${prefix}limit_in_bytes`, (ctx) => `${pagesToBytes(st(ctx)[keys.limit])}\n`, writeLimit(keys.limit)),
    resetFile(`${prefix}failcnt`, (ctx) => `${st(ctx)[keys.fail]}\n`, (ctx) => (st(ctx)[keys.fail] = 0)),
  ];
}

function oomControlText(ctx: FileCtx): string {
  const s = st(ctx);
  return `oom_kill_disable ${s.oomKillDisable ? 1 : 0}\nunder_oom ${s.underOom ? 1 : 0}\noom_kill ${s.oomKills}\n`;
}

/** memcg_write_event_control(): "<event_fd> <control_fd> [args]"; the model has no eventfds. */
function writeEventControl(_ctx: FileCtx, data: string): void {
  const m = /^(\d*)( )(\d*)([ ]|$)/.exec(strstrip(data));
  if (!m) throw new FsError('EINVAL');
  throw new FsError('EBADF');
}

export const memory: Controller<MemoryState> = {
  name: 'memory',
  init(_cg, parent, sys) {
    const p = parent ? stateOf(parent, memory) : null;
    return {
      limit: PAGE_COUNTER_MAX, softLimit: PAGE_COUNTER_MAX, kmemLimit: PAGE_COUNTER_MAX, tcpLimit: PAGE_COUNTER_MAX,
      watermark: 0, kmemWatermark: 0, tcpWatermark: 0, failcnt: 0, kmemFailcnt: 0, tcpFailcnt: 0,
      // A child starts with its parent's swappiness and oom_kill_disable (mem_cgroup_css_alloc).
      swappiness: p ? (parent!.isRoot ? sys.vmSwappiness : p.swappiness) : VM_SWAPPINESS_DEFAULT,
      oomKillDisable: p?.oomKillDisable ?? false,
      underOom: false, oomKills: 0, moveChargeAtImmigrate: 0,
    };
  },
  files(_cg: Cgroup): ControlFile[] {
    const zero = () => 0;
    return [
      ...counterFiles('memory.', (ctx) => observeUsage(ctx.cg), { limit: 'limit', wm: 'watermark', fail: 'failcnt' }),
      rwFile('memory.soft_limit_in_bytes', (ctx) => `${pagesToBytes(st(ctx).softLimit)}\n`, writeLimit('softLimit')),
      roFile('memory.stat', (ctx) => memoryStat(ctx.cg)),
      // Anonymous memory cannot be reclaimed without swap: force_empty succeeds and frees nothing.
      woFile('memory.force_empty', (ctx) => {
        if (ctx.cg.isRoot) throw new FsError('EINVAL');
      }),
      u64File('memory.use_hierarchy', () => 1, (_ctx, v) => {
        // Non-hierarchical mode is gone since 5.11: only 1 is accepted.
        if (v !== 1n) throw new FsError('EINVAL');
      }),
      woFile('cgroup.event_control', writeEventControl, true),
      u64File('memory.swappiness', (ctx) => (ctx.cg.isRoot ? ctx.sys.vmSwappiness : st(ctx).swappiness), (ctx, v) => {
        if (v > 200n) throw new FsError('EINVAL');
        if (ctx.cg.isRoot) ctx.sys.vmSwappiness = Number(v);
        else st(ctx).swappiness = Number(v);
      }),
      u64File('memory.move_charge_at_immigrate', (ctx) => st(ctx).moveChargeAtImmigrate, (ctx, v) => {
        if (v & ~3n) throw new FsError('EINVAL');
        st(ctx).moveChargeAtImmigrate = Number(v);
      }),
      { ...u64File('memory.oom_control', () => 0, (ctx, v) => {
        if (ctx.cg.isRoot || v > 1n) throw new FsError('EINVAL');
        st(ctx).oomKillDisable = v === 1n;
      }), read: oomControlText },
      noOpFile('memory.pressure_level'),
      roFile('memory.numa_stat', (ctx) => numaStat(ctx.cg)),
      ...counterFiles('memory.kmem.', zero, { limit: 'kmemLimit', wm: 'kmemWatermark', fail: 'kmemFailcnt' }),
      // mem_cgroup_slab_show() is a deprecated stub on 5.15: the file reads empty.
      roFile('memory.kmem.slabinfo', () => ''),
      ...counterFiles('memory.kmem.tcp.', zero, { limit: 'tcpLimit', wm: 'tcpWatermark', fail: 'tcpFailcnt' }),
    ];
  },
};
