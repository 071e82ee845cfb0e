import { FsError } from '../../fs/errors.ts';
import type { Cgroup } from '../cgroup.ts';
import { type ControlFile, type Controller, type FileCtx, flagFile, roFile, rwFile, s64File, stateOf } from '../controller.ts';
import { formatCpuList, parseCpuList, strstrip } from '../kernel-parse.ts';

/**
 * cpuset on cgroup v1 (kernel/cgroup/cpuset.c, legacy_files). A new cpuset starts with no CPUs
 * and no memory nodes (unless the parent has cgroup.clone_children), and no task may join it
 * until both are set: the classic `echo $$ > tasks` → "No space left on device".
 */
export interface CpusetState {
  cpus: Set<number>;
  mems: Set<number>;
  flags: Set<CpusetFlag>;
  relaxDomainLevel: number;
}

type CpusetFlag = 'cpu_exclusive' | 'mem_exclusive' | 'mem_hardwall' | 'sched_load_balance' | 'memory_migrate' | 'memory_spread_page' | 'memory_spread_slab';

/** MAX_NUMNODES on Ubuntu's kernels (NODES_SHIFT 10); the machine has one node. */
const MAX_NUMNODES = 1024;
/** sched_domain_level_max + 1 on a 2-CPU VM: levels -1..2 are accepted (seen on a real kernel). */
const SCHED_DOMAIN_LEVEL_MAX = 3;

const st = (cg: Cgroup) => stateOf(cg, cpuset);
const overlaps = (a: Set<number>, b: Set<number>) => [...a].some((x) => b.has(x));
const subset = (a: Set<number>, b: Set<number>) => [...a].every((x) => b.has(x));

/** is_cpuset_subset(): masks within, and exclusive only where the other is exclusive too. */
function within(p: CpusetState, q: CpusetState): boolean {
  const flagWithin = (f: CpusetFlag) => !p.flags.has(f) || q.flags.has(f);
  return subset(p.cpus, q.cpus) && subset(p.mems, q.mems) && flagWithin('cpu_exclusive') && flagWithin('mem_exclusive');
}

/** validate_change(): the rules every change of cpus, mems or exclusivity must keep. */
function validateChange(cg: Cgroup, trial: CpusetState): void {
  for (const c of cg.children.values()) if (!within(st(c), trial)) throw new FsError('EBUSY');
  const par = cg.parent;
  if (!par) return;
  // On the legacy hierarchy a cpuset must stay within its parent.
  if (!within(trial, st(par))) throw new FsError('EACCES');
  for (const c of par.children.values()) {
    if (c === cg) continue;
    const s = st(c);
    if ((trial.flags.has('cpu_exclusive') || s.flags.has('cpu_exclusive')) && overlaps(trial.cpus, s.cpus)) throw new FsError('EINVAL');
    if ((trial.flags.has('mem_exclusive') || s.flags.has('mem_exclusive')) && overlaps(trial.mems, s.mems)) throw new FsError('EINVAL');
  }
  // A cpuset with tasks cannot lose all its CPUs or nodes.
  const cur = st(cg);
  if (cg.hierarchy.subtreeMembers(cg).length > 0) {
    if ((cur.cpus.size > 0 && trial.cpus.size === 0) || (cur.mems.size > 0 && trial.mems.size === 0)) throw new FsError('ENOSPC');
  }
}

function trialOf(cg: Cgroup): CpusetState {
  const s = st(cg);
  return { cpus: new Set(s.cpus), mems: new Set(s.mems), flags: new Set(s.flags), relaxDomainLevel: s.relaxDomainLevel };
}

/** update_cpumask() / update_nodemask(): the root's masks follow the hardware and are read-only. */
function writeMask(which: 'cpus' | 'mems') {
  return (ctx: FileCtx, data: string) => {
    if (ctx.cg.isRoot) throw new FsError('EACCES');
    const buf = strstrip(data);
    const all = st(ctx.cg.hierarchy.root)[which];
    const mask = parseCpuList(buf, which === 'cpus' ? ctx.sys.machine.cpus : MAX_NUMNODES);
    if (!subset(mask, all)) throw new FsError('EINVAL');
    const trial = trialOf(ctx.cg);
    if (mask.size === trial[which].size && subset(mask, trial[which])) return;
    trial[which] = mask;
    validateChange(ctx.cg, trial);
    st(ctx.cg)[which] = mask;
  };
}

function flag(name: CpusetFlag): ControlFile {
  return flagFile(`cpuset.${name}`, (ctx) => st(ctx.cg).flags.has(name), (ctx, on) => {
    const trial = trialOf(ctx.cg);
    if (on) trial.flags.add(name);
    else trial.flags.delete(name);
    validateChange(ctx.cg, trial);
    st(ctx.cg).flags = trial.flags;
  });
}

const maskText = (which: 'cpus' | 'mems') => (ctx: FileCtx) => `${formatCpuList(st(ctx.cg)[which])}\n`;

export const cpuset: Controller<CpusetState> = {
  name: 'cpuset',
  init(cg, parent, sys) {
    if (!parent) {
      const cpus = new Set(Array.from({ length: sys.machine.cpus }, (_, i) => i));
      return { cpus, mems: new Set([0]), flags: new Set<CpusetFlag>(['cpu_exclusive', 'mem_exclusive', 'sched_load_balance']), relaxDomainLevel: -1 };
    }
    const p = st(parent);
    const flags = new Set<CpusetFlag>(['sched_load_balance']);
    for (const f of ['memory_spread_page', 'memory_spread_slab'] as const) if (p.flags.has(f)) flags.add(f);
    // cpuset_css_online(): clone_children copies the parent's masks unless a sibling is exclusive.
    const exclusiveSibling = [...parent.children.values()].some((c) => c !== cg && (st(c).flags.has('cpu_exclusive') || st(c).flags.has('mem_exclusive')));
    const clone = cg.cloneChildren && !exclusiveSibling;
    return { cpus: clone ? new Set(p.cpus) : new Set(), mems: clone ? new Set(p.mems) : new Set(), flags, relaxDomainLevel: -1 };
  },
  files(cg: Cgroup): ControlFile[] {
    const files: ControlFile[] = [
      rwFile('cpuset.cpus', maskText('cpus'), writeMask('cpus')),
      rwFile('cpuset.mems', maskText('mems'), writeMask('mems')),
      roFile('cpuset.effective_cpus', maskText('cpus')),
      roFile('cpuset.effective_mems', maskText('mems')),
      flag('cpu_exclusive'),
      flag('mem_exclusive'),
      flag('mem_hardwall'),
      flag('sched_load_balance'),
      s64File('cpuset.sched_relax_domain_level', (ctx) => st(ctx.cg).relaxDomainLevel, (ctx, v) => {
        if (v < -1n || v >= BigInt(SCHED_DOMAIN_LEVEL_MAX)) throw new FsError('EINVAL');
        st(ctx.cg).relaxDomainLevel = Number(v);
      }),
      flag('memory_migrate'),
      roFile('cpuset.memory_pressure', () => '0\n'),
      flag('memory_spread_page'),
      flag('memory_spread_slab'),
    ];
    if (cg.isRoot) {
      files.push(flagFile('cpuset.memory_pressure_enabled', (ctx) => ctx.sys.cpusetPressureEnabled, (ctx, on) => (ctx.sys.cpusetPressureEnabled = on)));
    }
    return files;
  },
  canAttach(_sys, cg) {
    const s = st(cg);
    if (s.cpus.size === 0 || s.mems.size === 0) throw new FsError('ENOSPC');
  },
};
