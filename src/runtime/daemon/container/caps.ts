import { ALL_CAPS, CAP, CAP_NAMES } from '../../kernel/ns/caps.ts';
import { DaemonError } from '../errors.ts';
import type { HostConfig } from './config.ts';

/** The capabilities Docker grants a container by default (moby's oci/caps defaults). */
const DEFAULTS = ['CHOWN', 'DAC_OVERRIDE', 'FSETID', 'FOWNER', 'MKNOD', 'NET_RAW', 'SETGID', 'SETUID', 'SETFCAP', 'SETPCAP', 'NET_BIND_SERVICE', 'SYS_CHROOT', 'KILL', 'AUDIT_WRITE'] as const;

function capBit(name: string): bigint {
  const n = name.toUpperCase().replace(/^CAP_/, '');
  const i = (CAP as Record<string, number>)[n];
  if (i === undefined) throw new DaemonError(`invalid CapAdd: unknown capability: "CAP_${n}"`, 400);
  return 1n << BigInt(i);
}

/** The bounding set of a container's processes from --privileged, --cap-add and --cap-drop. */
export function containerCaps(h: HostConfig): bigint {
  if (h.Privileged) return ALL_CAPS;
  let set = DEFAULTS.reduce((s, n) => s | capBit(n), 0n);
  const drop = h.CapDrop ?? [];
  const add = h.CapAdd ?? [];
  if (drop.some((d) => d.toUpperCase() === 'ALL')) set = 0n;
  else for (const d of drop) set &= ~capBit(d);
  if (add.some((a) => a.toUpperCase() === 'ALL')) set = ALL_CAPS;
  else for (const a of add) set |= capBit(a);
  return set;
}

export { CAP_NAMES };
