import { FsError } from '../fs/errors.ts';
import { SIGNALS } from '../proc/signals.ts';
import type { Cgroup } from './cgroup.ts';
import { type ControlFile, type FileCtx, roFile, rwFile, woFile } from './controller.ts';
import { pidTarget, readPidList, writePid } from './core-files.ts';
import { applyFreeze } from './freeze.ts';
import { erange, kstrtoint, strstrip } from './kernel-parse.ts';

/**
 * The cgroup2 hierarchy Ubuntu mounts at /sys/fs/cgroup/unified in hybrid mode: every
 * controller is bound to a v1 hierarchy, so it only has the core interface files (cgroup_base_files
 * of 5.15) and pressure stall information.
 */
export interface V2State {
  freeze: boolean;
  /** null: "max". */
  maxDepth: number | null;
  maxDescendants: number | null;
  type: 'domain' | 'threaded';
}

const KEY = 'cgroup2';
const V1_CONTROLLERS = ['cpuset', 'cpu', 'cpuacct', 'io', 'blkio', 'memory', 'devices', 'freezer', 'net_cls', 'perf_event', 'net_prio', 'hugetlb', 'pids', 'rdma', 'misc'];

export function v2State(cg: Cgroup): V2State {
  let s = cg.state.get(KEY) as V2State | undefined;
  if (!s) cg.state.set(KEY, (s = { freeze: false, maxDepth: null, maxDescendants: null, type: 'domain' }));
  return s;
}

const descendants = (cg: Cgroup): number => [...cg.subtree()].length - 1;

/** cgroup_check_hierarchy_limits(): mkdir fails with EAGAIN past max.depth or max.descendants. */
export function checkV2Limits(parent: Cgroup): void {
  let level = 1;
  for (const c of parent.ancestry()) {
    const s = v2State(c);
    if (s.maxDescendants !== null && descendants(c) >= s.maxDescendants) throw new FsError('EAGAIN');
    if (s.maxDepth !== null && level > s.maxDepth) throw new FsError('EAGAIN');
    level++;
  }
}

function limitFile(name: string, key: 'maxDepth' | 'maxDescendants'): ControlFile {
  return rwFile(name, (ctx) => `${v2State(ctx.cg)[key] ?? 'max'}\n`, (ctx, data) => {
    const buf = strstrip(data);
    const v = buf === 'max' ? null : kstrtoint(buf);
    if (v !== null && v < 0) throw erange();
    v2State(ctx.cg)[key] = v;
  });
}

/** cgroup.subtree_control: `+name`/`-name` tokens; controllers bound to v1 cannot be enabled. */
function writeSubtreeControl(_ctx: FileCtx, data: string): void {
  for (const tok of strstrip(data).split(/\s+/).filter(Boolean)) {
    const sign = tok[0];
    if ((sign !== '+' && sign !== '-') || !V1_CONTROLLERS.includes(tok.slice(1))) throw new FsError('EINVAL');
    if (sign === '+') throw new FsError('ENOENT');
  }
}

/** PSI trigger syntax: `some|full <threshold_us> <window_us>`, window 500ms..10s. */
function writePressure(_ctx: FileCtx, data: string): void {
  const m = /^(some|full) (\d+) (\d+)/.exec(data);
  if (!m) throw new FsError('EINVAL');
  const threshold = Number(m[2]);
  const window = Number(m[3]);
  if (window < 500000 || window > 10000000 || threshold === 0 || threshold > window) throw new FsError('EINVAL');
}

const PRESSURE = 'some avg10=0.00 avg60=0.00 avg300=0.00 total=0\nfull avg10=0.00 avg60=0.00 avg300=0.00 total=0\n';

function cpuStat(ctx: FileCtx): string {
  const usec = ctx.sys.cpu.totalMicros(ctx.cg);
  return `usage_usec ${usec}\nuser_usec ${usec}\nsystem_usec 0\n`;
}

function freezeWrite(ctx: FileCtx, data: string): void {
  const v = kstrtoint(strstrip(data));
  if (v < 0 || v > 1) throw erange();
  v2State(ctx.cg).freeze = v === 1;
  applyFreeze(ctx.sys, ctx.cg.hierarchy.subtreeMembers(ctx.cg));
}

function killWrite(ctx: FileCtx, data: string): void {
  if (kstrtoint(strstrip(data)) !== 1) throw erange();
  for (const p of ctx.cg.hierarchy.subtreeMembers(ctx.cg)) ctx.sys.kernel.signal(p, SIGNALS.KILL!, null);
}

export function coreFilesV2(cg: Cgroup): ControlFile[] {
  const files: ControlFile[] = [
    rwFile('cgroup.procs', readPidList, writePid),
    rwFile('cgroup.threads', readPidList, (ctx, d) => {
      // Moving one thread between domain cgroups is EOPNOTSUPP in the kernel (EINVAL here).
      const target = pidTarget(ctx, d);
      if (target && ctx.cg.hierarchy.cgroupOf(target) !== ctx.cg) throw new FsError('EINVAL');
    }),
    roFile('cgroup.controllers', () => '\n'),
    rwFile('cgroup.subtree_control', () => '\n', writeSubtreeControl),
    limitFile('cgroup.max.descendants', 'maxDescendants'),
    limitFile('cgroup.max.depth', 'maxDepth'),
    roFile('cgroup.stat', (ctx) => `nr_descendants ${descendants(ctx.cg)}\nnr_dying_descendants 0\n`),
    roFile('cpu.stat', cpuStat),
    rwFile('io.pressure', () => PRESSURE, writePressure),
    rwFile('memory.pressure', () => PRESSURE, writePressure),
    rwFile('cpu.pressure', () => PRESSURE, writePressure),
  ];
  if (!cg.isRoot) {
    files.push(
      rwFile('cgroup.type', (ctx) => `${v2State(ctx.cg).type}\n`, (ctx, d) => {
        if (strstrip(d) !== 'threaded') throw new FsError('EINVAL');
        v2State(ctx.cg).type = 'threaded';
      }),
      roFile('cgroup.events', (ctx) => {
        const populated = ctx.cg.hierarchy.subtreeMembers(ctx.cg).length > 0 ? 1 : 0;
        let frozen = 0;
        for (const c of ctx.cg.ancestry()) if (v2State(c).freeze) frozen = 1;
        return `populated ${populated}\nfrozen ${frozen}\n`;
      }),
      rwFile('cgroup.freeze', (ctx) => `${v2State(ctx.cg).freeze ? 1 : 0}\n`, freezeWrite),
      woFile('cgroup.kill', killWrite),
    );
  }
  return files;
}
