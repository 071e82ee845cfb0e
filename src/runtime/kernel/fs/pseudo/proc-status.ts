import { ALL_CAPS } from '../../ns/caps.ts';
import type { Kernel } from '../../kernel.ts';
import type { PidNamespace } from '../../ns/pid.ts';
import type { Process } from '../../proc/process.ts';
import type { MachineInfo } from './proc-system.ts';

const STATE_NAMES: Record<string, string> = { R: 'R (running)', S: 'S (sleeping)', D: 'D (disk sleep)', T: 'T (stopped)', Z: 'Z (zombie)' };

function sigMask(p: Process, want: 'ignore' | 'handle'): string {
  let mask = 0n;
  for (const [sig, d] of p.dispositions) if (d === want) mask |= 1n << BigInt(sig - 1);
  return mask.toString(16).padStart(16, '0');
}

/** /proc/PID/status, the fields tools and students look at. */
export function procStatus(p: Process, pidns: PidNamespace, machine: MachineInfo): string {
  const levels = p.ns.pid.chain().slice(pidns.level).map((ns) => p.pidAt(ns.level));
  const rssKb = Math.round(p.memoryBytes / 1024);
  const lines = [
    `Name:\t${p.comm}`,
    'Umask:\t' + p.umask.toString(8).padStart(4, '0'),
    `State:\t${STATE_NAMES[p.state] ?? p.state}`,
    `Tgid:\t${p.pidAt(pidns.level)}`,
    'Ngid:\t0',
    `Pid:\t${p.pidAt(pidns.level)}`,
    `PPid:\t${p.parent ? p.parent.pidAt(pidns.level) : 0}`,
    'TracerPid:\t0',
    `Uid:\t${p.creds.uid}\t${p.creds.uid}\t${p.creds.uid}\t${p.creds.uid}`,
    `Gid:\t${p.creds.gid}\t${p.creds.gid}\t${p.creds.gid}\t${p.creds.gid}`,
    `FDSize:\t64`,
    `Groups:\t${p.creds.groups.join(' ')} `,
    `NStgid:\t${levels.join('\t')}`,
    `NSpid:\t${levels.join('\t')}`,
    `NSpgid:\t${levels.join('\t')}`,
    `NSsid:\t${levels.join('\t')}`,
    `VmRSS:\t${String(rssKb).padStart(8)} kB`,
    'Threads:\t1',
    `SigIgn:\t${sigMask(p, 'ignore')}`,
    `SigCgt:\t${sigMask(p, 'handle')}`,
    ...capLines(p),
    `Cpus_allowed_list:\t0-${machine.cpus - 1}`,
    'voluntary_ctxt_switches:\t0',
  ];
  return `${lines.join('\n')}\n`;
}

/** /proc/PID/stat: the fields ps and top read (times in clock ticks of 100 Hz). */
export function procStat(kernel: Kernel, p: Process, pidns: PidNamespace): string {
  const ticks = (us: number) => Math.round(us / 10000);
  const start = ticks((p.startTime - kernel.bootTime) * 1000);
  const ppid = p.parent ? p.parent.pidAt(pidns.level) : 0;
  const f = [p.pidAt(pidns.level), `(${p.comm})`, p.state, ppid, p.pgid, p.sid, 34816, 0, 4194560, 0, 0, 0, 0, ticks(p.cpuMicros), 0, 0, 0, 20, 0, 1, 0, start, Math.max(p.memoryBytes, 4 << 20), Math.round(p.memoryBytes / 4096)];
  return `${f.join(' ')}\n`;
}

function capLines(p: Process): string[] {
  const hex = (n: bigint) => n.toString(16).padStart(16, '0');
  const bnd = p.creds.capBnd ?? ALL_CAPS;
  const eff = p.creds.uid === 0 ? bnd : 0n;
  return [`CapInh:\t${hex(0n)}`, `CapPrm:\t${hex(eff)}`, `CapEff:\t${hex(eff)}`, `CapBnd:\t${hex(bnd)}`, `CapAmb:\t${hex(0n)}`];
}
