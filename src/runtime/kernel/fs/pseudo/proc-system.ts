import type { Kernel } from '../../kernel.ts';
import type { Process } from '../../proc/process.ts';
import { type SynthNode, synthDir, synthFile } from '../synthfs.ts';
import { CGROUP_HIERARCHIES } from './procfs.ts';

/** Facts about the modelled machine that /proc, uname and free report. */
export interface MachineInfo {
  kernelRelease: string;
  kernelVersion: string;
  machine: string;
  cpus: number;
  memTotalKb: number;
  cpuModel: string;
}

const FILESYSTEMS = ['nodev\tsysfs', 'nodev\ttmpfs', 'nodev\tbdev', 'nodev\tproc', 'nodev\tcgroup', 'nodev\tcgroup2', 'nodev\tcpuset', 'nodev\tdevtmpfs', 'nodev\tdebugfs', 'nodev\tsecurityfs', 'nodev\tsockfs', 'nodev\tpipefs', 'nodev\tdevpts', 'nodev\tmqueue', 'nodev\toverlay', '\text4', '\tsquashfs', '\tvfat'];

export function systemFiles(kernel: Kernel, machine: MachineInfo, viewer: () => Process | null, processes: () => Process[]): [string, SynthNode][] {
  const uptime = () => (kernel.clock.now - kernel.bootTime) / 1000;
  const used = () => processes().reduce((s, p) => s + p.memoryBytes, 0);
  return [
    ['uptime', synthFile(() => `${uptime().toFixed(2)} ${(uptime() * machine.cpus * 0.98).toFixed(2)}\n`)],
    ['loadavg', synthFile(() => `0.00 0.00 0.00 1/${processes().length} ${kernel.lastPid}\n`)],
    ['version', synthFile(() => `Linux version ${machine.kernelRelease} (buildd@lcy02-amd64-059) (gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0, GNU ld (GNU Binutils for Ubuntu) 2.38) ${machine.kernelVersion}\n`)],
    ['cmdline', synthFile(() => `BOOT_IMAGE=/boot/vmlinuz-${machine.kernelRelease} root=/dev/vda1 ro systemd.unified_cgroup_hierarchy=0\n`)],
    ['filesystems', synthFile(() => FILESYSTEMS.map((l) => `${l}\n`).join(''))],
    ['cgroups', synthFile(() => cgroupsText())],
    ['meminfo', synthFile(() => meminfo(machine, used()))],
    ['cpuinfo', synthFile(() => cpuinfo(machine))],
    ['stat', synthFile(() => `cpu  0 0 0 0 0 0 0 0 0 0\nbtime ${Math.floor(kernel.bootTime / 1000)}\nprocesses ${kernel.lastPid}\nprocs_running 1\nprocs_blocked 0\n`)],
    ['swaps', synthFile(() => 'Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n')],
    ['sys', synthDir(() => new Map([
      ['kernel', synthDir(() => new Map([
        ['hostname', synthFile(() => `${viewer()?.ns.uts.hostname ?? ''}\n`, (d) => setHost(viewer(), d), 0o644)],
        ['domainname', synthFile(() => `${viewer()?.ns.uts.domainname ?? ''}\n`, (d) => { const v = viewer(); if (v) v.ns.uts.domainname = d.replace(/\n$/, ''); }, 0o644)],
        ['osrelease', synthFile(() => `${machine.kernelRelease}\n`)],
        ['ostype', synthFile(() => 'Linux\n')],
        ['version', synthFile(() => `${machine.kernelVersion}\n`)],
        ['pid_max', synthFile(() => `${kernel.pidMax}\n`)],
        ['threads-max', synthFile(() => `${kernel.taskLimit}\n`)],
      ]))],
      ['net', synthDir(() => new Map([['ipv4', synthDir(() => new Map([['ip_forward', synthFile(() => `${kernel.ipForward ? 1 : 0}\n`, (d) => (kernel.ipForward = d.trim() === '1'), 0o644)]]))]]))],
      ['vm', synthDir(() => new Map([['overcommit_memory', synthFile(() => '0\n')], ['swappiness', synthFile(() => '60\n')]]))],
    ]))],
  ];
}

function setHost(p: Process | null, d: string): void {
  if (p) p.ns.uts.hostname = d.replace(/\n$/, '').slice(0, 64);
}

function cgroupsText(): string {
  const rows = [['cpuset', 10], ['cpu', 4], ['cpuacct', 4], ['blkio', 7], ['memory', 8], ['devices', 6], ['freezer', 11], ['net_cls', 9], ['perf_event', 12], ['net_prio', 9], ['hugetlb', 3], ['pids', 5], ['rdma', 2]];
  void CGROUP_HIERARCHIES;
  return `#subsys_name\thierarchy\tnum_cgroups\tenabled\n${rows.map(([n, h]) => `${n}\t${h}\t1\t1\n`).join('')}`;
}

function meminfo(m: MachineInfo, usedBytes: number): string {
  const total = m.memTotalKb;
  const used = 180000 + Math.round(usedBytes / 1024);
  const free = total - used - 900000;
  const rows: [string, number][] = [
    ['MemTotal', total], ['MemFree', free], ['MemAvailable', total - used], ['Buffers', 60000], ['Cached', 800000],
    ['SwapCached', 0], ['Active', 400000], ['Inactive', 500000], ['SwapTotal', 0], ['SwapFree', 0],
    ['Shmem', 1200], ['SReclaimable', 40000], ['Slab', 80000],
  ];
  return rows.map(([k, v]) => `${`${k}:`.padEnd(16)}${String(v).padStart(8)} kB\n`).join('');
}

function cpuinfo(m: MachineInfo): string {
  let out = '';
  for (let i = 0; i < m.cpus; i++) {
    out += `processor\t: ${i}\nvendor_id\t: GenuineIntel\ncpu family\t: 6\nmodel\t\t: 85\nmodel name\t: ${m.cpuModel}\nstepping\t: 7\ncpu MHz\t\t: 2294.608\ncache size\t: 16384 KB\nphysical id\t: 0\nsiblings\t: ${m.cpus}\ncore id\t\t: ${i}\ncpu cores\t: ${m.cpus}\nflags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ss ht syscall nx pdpe1gb rdtscp lm constant_tsc rep_good nopl xtopology cpuid tsc_known_freq pni pclmulqdq vmx ssse3 fma cx16 pcid sse4_1 sse4_2 x2apic movbe popcnt aes xsave avx f16c rdrand hypervisor lahf_lm abm 3dnowprefetch avx2 bmi1 bmi2 erms avx512f\nbogomips\t: 4589.21\n\n`;
  }
  return out;
}
