import type { MachineInfo } from './kernel/fs/pseudo/proc-system.ts';

/** The modelled machine: an Ubuntu 22.04 VM with 2 vCPUs, as a student's course VM would be. */
export const DEFAULT_MACHINE: MachineInfo = {
  kernelRelease: '5.15.0-91-generic',
  kernelVersion: '#101-Ubuntu SMP Tue Nov 14 13:30:08 UTC 2023',
  machine: 'x86_64',
  cpus: 2,
  memTotalKb: 4015556,
  cpuModel: 'Intel(R) Xeon(R) Gold 6148 CPU @ 2.40GHz',
};

/** 2026-01-05 08:00:00 UTC: the virtual clock's default start, so outputs are reproducible. */
export const DEFAULT_EPOCH = Date.UTC(2026, 0, 5, 8, 0, 0);
