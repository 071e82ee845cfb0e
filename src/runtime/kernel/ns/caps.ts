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
