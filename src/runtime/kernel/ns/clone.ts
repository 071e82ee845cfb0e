import type { Kernel } from '../kernel.ts';
import type { Process } from '../proc/process.ts';
import { CgroupNamespace } from './cgroup.ts';
import { IpcNamespace } from './ipc.ts';
import { MntNamespace } from './mnt.ts';
import type { NamespaceKind } from './namespace.ts';
import { NetNamespace } from './net.ts';
import { PidNamespace } from './pid.ts';
import type { NsSet } from './set.ts';
import { UserNamespace } from './user.ts';

/**
 * New namespaces of the given kinds, copied from `from` as clone(2)/unshare(2) do: UTS copies the
 * hostname, mnt copies the mount table, net starts with only `lo` (down), ipc starts empty, user
 * starts with no mappings, pid starts numbering at 1, cgroup roots at the caller's cgroup.
 */
export function newNamespaces(kernel: Kernel, from: NsSet, kinds: readonly NamespaceKind[], owner: Process): NsSet {
  const ns: NsSet = { ...from };
  const want = new Set(kinds);
  // A new user namespace is created first: the others are owned by it.
  if (want.has('user')) ns.user = new UserNamespace(kernel.allocNsInode(), from.user, owner.creds.uid);
  if (want.has('mnt')) ns.mnt = new MntNamespace(kernel.allocNsInode(), from.mnt.table.clone(kernel.allocMountId));
  if (want.has('uts')) ns.uts = from.uts.clone(kernel.allocNsInode());
  if (want.has('ipc')) ns.ipc = new IpcNamespace(kernel.allocNsInode());
  if (want.has('net')) ns.net = new NetNamespace(kernel.allocNsInode());
  if (want.has('pid')) ns.pid = new PidNamespace(kernel.allocNsInode(), from.pid);
  if (want.has('cgroup')) ns.cgroup = new CgroupNamespace(kernel.allocNsInode(), owner.cgroups.get('memory') ?? '/');
  for (const k of kinds) if (k !== 'user') ns[k].ownerUser = ns.user;
  if (want.has('user')) ns.user.ownerUser = from.user;
  return ns;
}

/**
 * unshare(2) for the calling process: it moves into the new namespaces, except pid, which (as in
 * Linux) only applies to the children it creates afterwards.
 */
export function unshare(kernel: Kernel, proc: Process, kinds: readonly NamespaceKind[]): void {
  const next = newNamespaces(kernel, proc.ns, kinds, proc);
  const pidNs = next.pid;
  proc.ns = { ...next, pid: proc.ns.pid };
  if (kinds.includes('pid')) proc.pidNsForChildren = pidNs;
}
