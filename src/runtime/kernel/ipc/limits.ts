/**
 * The IPC sysctls of a 5.15 kernel left at their defaults (/proc/sys/kernel/msgmni, shmmax, sem...),
 * as `ipcs -l` reports them on the reference machine.
 */
export const IPC_LIMITS = {
  msgmni: 32000,
  msgmax: 8192,
  msgmnb: 16384,
  shmmni: 4096,
  shmmax: 18446744073692774399n,
  shmall: 18446744073692774399n,
  shmmin: 1,
  semmsl: 32000,
  semmns: 1024000000,
  semopm: 500,
  semmni: 32000,
  semvmx: 32767,
  mni: { msg: 32000, shm: 4096, sem: 32000 },
} as const;

/** The page size shm accounting rounds to (shm_tot in pages). */
export const PAGE_SIZE = 4096;
