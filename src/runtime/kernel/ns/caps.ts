import type { Process } from '../proc/process.ts';
import type { Namespace } from './namespace.ts';
import type { UserNamespace } from './user.ts';

/**
 * CAP_SYS_ADMIN over `target` (ns_capable): the caller is root in its user namespace and that
 * namespace owns `target`, directly or through descendants. Root of a user namespace therefore
 * administers what it created, but not the host's namespaces.
 */
export function capableOver(proc: Process, target: Namespace): boolean {
  if (proc.creds.uid !== 0) return false;
  if (!hasCap(proc, CAP.SYS_ADMIN)) return false;
  const mine = proc.ns.user;
  for (let owner: Namespace | null = ownerOf(target); ; owner = owner.ownerUser) {
    if (owner === null) return mine.parent === null;
    if (owner === mine) return true;
  }
}

function ownerOf(ns: Namespace): Namespace | null {
  if (ns.kind === 'user') return (ns as UserNamespace).parent === null ? null : ns.ownerUser;
  return ns.ownerUser;
}

/** Capability numbers (linux/capability.h). */
export const CAP_NAMES = [
  'CHOWN', 'DAC_OVERRIDE', 'DAC_READ_SEARCH', 'FOWNER', 'FSETID', 'KILL', 'SETGID', 'SETUID', 'SETPCAP',
  'LINUX_IMMUTABLE', 'NET_BIND_SERVICE', 'NET_BROADCAST', 'NET_ADMIN', 'NET_RAW', 'IPC_LOCK', 'IPC_OWNER',
  'SYS_MODULE', 'SYS_RAWIO', 'SYS_CHROOT', 'SYS_PTRACE', 'SYS_PACCT', 'SYS_ADMIN', 'SYS_BOOT', 'SYS_NICE',
  'SYS_RESOURCE', 'SYS_TIME', 'SYS_TTY_CONFIG', 'MKNOD', 'LEASE', 'AUDIT_WRITE', 'AUDIT_CONTROL', 'SETFCAP',
  'MAC_OVERRIDE', 'MAC_ADMIN', 'SYSLOG', 'WAKE_ALARM', 'BLOCK_SUSPEND', 'AUDIT_READ', 'PERFMON', 'BPF',
  'CHECKPOINT_RESTORE',
] as const;
export const CAP = Object.fromEntries(CAP_NAMES.map((n, i) => [n, i])) as Record<(typeof CAP_NAMES)[number], number>;
export const ALL_CAPS = (1n << BigInt(CAP_NAMES.length)) - 1n;

/** Whether the process holds capability `cap` (root's effective set is its bounding set). */
export function hasCap(proc: Process, cap: number): boolean {
  const bnd = proc.creds.capBnd ?? ALL_CAPS;
  return proc.creds.uid === 0 && (bnd & (1n << BigInt(cap))) !== 0n;
}
