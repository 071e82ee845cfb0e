import type { Kernel } from '../../kernel.ts';
import type { PidNamespace } from '../../ns/pid.ts';
import { NAMESPACE_KINDS } from '../../ns/namespace.ts';
import { UserNamespace } from '../../ns/user.ts';
import type { Process } from '../../proc/process.ts';
import { type SynthNode, synthDir, synthFile, synthLink } from '../synthfs.ts';
import { mountsText, mountinfoText } from './mounts-text.ts';
import { procStat, procStatus } from './proc-status.ts';
import { limitsText } from '../../proc/rlimits.ts';
import { systemFiles, type MachineInfo } from './proc-system.ts';
import { sysvipcDir } from '../../ipc/sysvipc.ts';

const dir = (entries: [string, SynthNode][]) => new Map(entries);

/** /proc as mounted in one pid namespace: its processes by their pid there, plus system files. */
export function procRoot(kernel: Kernel, pidns: PidNamespace, machine: MachineInfo): () => SynthNode {
  const viewer = (): Process | null => kernel.current;
  const pidOf = (p: Process): number => p.pidAt(pidns.level);
  const processes = (): Process[] =>
    [...kernel.procs.values()].filter((p) => !p.reaped && pidns.isAncestorOf(p.ns.pid)).sort((a, b) => pidOf(a) - pidOf(b));
  return () =>
    synthDir(() => {
      const m = new Map<string, SynthNode>();
      for (const p of processes()) m.set(String(pidOf(p)), processDir(kernel, p, pidns, machine));
      m.set('self', synthLink(() => String(viewer() ? viewer()!.pidAt(pidns.level) : 1)));
      m.set('thread-self', synthLink(() => `${viewer()?.pidAt(pidns.level) ?? 1}/task/${viewer()?.pidAt(pidns.level) ?? 1}`));
      m.set('mounts', synthLink(() => 'self/mounts'));
      m.set('net', synthLink(() => 'self/net'));
      for (const [k, v] of systemFiles(kernel, machine, viewer, processes)) m.set(k, v);
      m.set('sysvipc', sysvipcDir(viewer, pidns));
      return m;
    });
}

function processDir(kernel: Kernel, p: Process, pidns: PidNamespace, machine: MachineInfo): SynthNode {
  const node = synthDir(() =>
    dir([
      ['cmdline', synthFile(() => (p.alive ? p.argv.map((a) => `${a}\0`).join('') : ''))],
      ['comm', synthFile(() => `${p.comm}\n`, (d) => (p.comm = d.replace(/\n$/, '').slice(0, 15)), 0o644)],
      ['environ', { ...synthFile(() => [...p.env].map(([k, v]) => `${k}=${v}\0`).join('')), mode: 0o400 }],
      ['status', synthFile(() => procStatus(p, pidns, machine))],
      ['stat', synthFile(() => procStat(kernel, p, pidns))],
      ['limits', synthFile(() => limitsText(p.rlimits))],
      ['cwd', { ...synthLink(() => p.cwd), mode: 0o777 }],
      ['root', synthLink(() => '/')],
      ['exe', synthLink(() => p.exe ?? '')],
      ['fd', synthDir(() => dir(p.fds.entries().map(([fd, f]) => [String(fd), synthLink(() => f.label)])), 0o500)],
      ['ns', synthDir(() => dir(NAMESPACE_KINDS.flatMap((k) => {
        const ns = p.ns[k];
        const entries: [string, SynthNode][] = [[k, { ...synthLink(() => ns.label), ino: ns.inode }]];
        if (k === 'pid') entries.push(['pid_for_children', synthLink(() => p.pidNsForChildren.label)]);
        return entries;
      })), 0o511)],
      ['cgroup', synthFile(() => cgroupText(p))],
      ['mounts', synthFile(() => mountsText(p.ns.mnt.table))],
      ['mountinfo', synthFile(() => mountinfoText(p.ns.mnt.table))],
      ['uid_map', synthFile(() => UserNamespace.render(p.ns.user.uidMap), (d) => writeMap(p.ns.user, 'uid', d), 0o644)],
      ['gid_map', synthFile(() => UserNamespace.render(p.ns.user.gidMap), (d) => writeMap(p.ns.user, 'gid', d), 0o644)],
      ['setgroups', synthFile(() => 'allow\n', () => {}, 0o644)],
      ['oom_score_adj', synthFile(() => `${p.oomScoreAdj}\n`, (d) => (p.oomScoreAdj = Number(d.trim()) || 0), 0o644)],
      ['oom_score', synthFile(() => '0\n')],
      ['task', synthDir(() => dir([[String(p.pidAt(pidns.level)), synthDir(() => new Map())]]))],
      ['net', synthDir(() => new Map())],
    ]),
  );
  return { ...node, uid: p.creds.uid, gid: p.creds.gid };
}

function writeMap(ns: UserNamespace, which: 'uid' | 'gid', data: string): void {
  const ranges = data
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => l.trim().split(/\s+/).map(Number))
    .map(([inside, outside, count]) => ({ inside: inside!, outside: outside!, count: count! }));
  if (which === 'uid') ns.uidMap = ranges;
  else ns.gidMap = ranges;
}

/** /proc/PID/cgroup for cgroup v1: one line per hierarchy, `id:controllers:path`. */
function cgroupText(p: Process): string {
  const lines = CGROUP_HIERARCHIES.map(([id, name]) => `${id}:${name}:${p.cgroups.get(name) ?? '/'}`);
  return `${lines.join('\n')}\n`;
}

/** Hierarchy ids and names as on Ubuntu 22.04 booted with cgroup v1. */
export const CGROUP_HIERARCHIES: [number, string][] = [
  [12, 'perf_event'], [11, 'freezer'], [10, 'cpuset'], [9, 'net_cls,net_prio'], [8, 'memory'], [7, 'blkio'],
  [6, 'devices'], [5, 'pids'], [4, 'cpu,cpuacct'], [3, 'hugetlb'], [2, 'rdma'], [1, 'name=systemd'], [0, ''],
];
