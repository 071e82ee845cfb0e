export type NamespaceKind = 'mnt' | 'uts' | 'ipc' | 'pid' | 'net' | 'user' | 'cgroup';

/** Order used by /proc/PID/ns and lsns. */
export const NAMESPACE_KINDS: readonly NamespaceKind[] = ['cgroup', 'ipc', 'mnt', 'net', 'pid', 'user', 'uts'];

/** The CLONE_NEW* flag name and kernel version the seeds teach for each kind. */
export const NAMESPACE_INFO: Record<NamespaceKind, { flag: string; since: string }> = {
  mnt: { flag: 'CLONE_NEWNS', since: '2.4.19' },
  uts: { flag: 'CLONE_NEWUTS', since: '2.6.19' },
  ipc: { flag: 'CLONE_NEWIPC', since: '2.6.19' },
  pid: { flag: 'CLONE_NEWPID', since: '2.6.24' },
  net: { flag: 'CLONE_NEWNET', since: '2.6.29' },
  user: { flag: 'CLONE_NEWUSER', since: '3.8' },
  cgroup: { flag: 'CLONE_NEWCGROUP', since: '4.6' },
};

export abstract class Namespace {
  abstract readonly kind: NamespaceKind;
  /**
   * The user namespace that owns this one (whose root may administer it); unset means the
   * initial user namespace. A user namespace's owner is its parent.
   */
  ownerUser: Namespace | null = null;
  constructor(readonly inode: number) {}
  /** `uts:[4026531838]`, the readlink text of /proc/PID/ns/uts. */
  get label(): string {
    return `${this.kind}:[${this.inode}]`;
  }
}
