import type { NamespaceKind } from '../../../kernel/ns/namespace.ts';

/** The namespace options unshare and nsenter share: letter, long name, kind and /proc/PID/ns file. */
export interface NsOption {
  letter: string;
  long: string;
  /** null: the time namespace, which the modelled kernel does not have. */
  kind: NamespaceKind | null;
  file: string;
}

/** In the order nsenter enters them (user first so the rest are permitted), as util-linux lists them. */
export const NS_OPTIONS: NsOption[] = [
  { letter: 'U', long: 'user', kind: 'user', file: 'user' },
  { letter: 'C', long: 'cgroup', kind: 'cgroup', file: 'cgroup' },
  { letter: 'i', long: 'ipc', kind: 'ipc', file: 'ipc' },
  { letter: 'u', long: 'uts', kind: 'uts', file: 'uts' },
  { letter: 'n', long: 'net', kind: 'net', file: 'net' },
  { letter: 'p', long: 'pid', kind: 'pid', file: 'pid' },
  { letter: 'm', long: 'mount', kind: 'mnt', file: 'mnt' },
  { letter: 'T', long: 'time', kind: null, file: 'time' },
];

export const byLetter = (c: string): NsOption | undefined => NS_OPTIONS.find((o) => o.letter === c);
