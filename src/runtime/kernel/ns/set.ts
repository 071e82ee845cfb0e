import type { CgroupNamespace } from './cgroup.ts';
import type { IpcNamespace } from './ipc.ts';
import type { MntNamespace } from './mnt.ts';
import type { NetNamespace } from './net.ts';
import type { PidNamespace } from './pid.ts';
import type { UserNamespace } from './user.ts';
import type { UtsNamespace } from './uts.ts';

/** The namespaces one process lives in (task->nsproxy plus its user namespace). */
export interface NsSet {
  mnt: MntNamespace;
  uts: UtsNamespace;
  ipc: IpcNamespace;
  pid: PidNamespace;
  net: NetNamespace;
  user: UserNamespace;
  cgroup: CgroupNamespace;
}

/** First inode numbers of the initial namespaces, as on a 5.x kernel. */
export const INITIAL_NS_INODES = {
  cgroup: 4026531835, pid: 4026531836, user: 4026531837, uts: 4026531838, ipc: 4026531839,
  mnt: 4026531841, net: 4026531840,
} as const;

/** New namespaces get inodes from the proc inode allocator, above the initial ones. */
export const FIRST_DYNAMIC_NS_INODE = 4026532160;
