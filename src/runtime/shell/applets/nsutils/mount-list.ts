import type { Mount } from '../../../kernel/fs/mounts.ts';

/** The option string /proc/self/mounts shows for a mount (per-mount flags, then fs data). */
export function mountOptionString(m: Mount): string {
  const o = m.options;
  const base = [o.ro ? 'ro' : 'rw', o.nosuid ? 'nosuid' : '', o.nodev ? 'nodev' : '', o.noexec ? 'noexec' : '', 'relatime'].filter(Boolean);
  return o.data ? `${base.join(',')},${o.data}` : base.join(',');
}

/** libmount's -t list: `a,b` keeps those types, `noa,nob` (or `no` before the first) drops them. */
export function typeMatcher(list: string | undefined): (fstype: string) => boolean {
  if (list === undefined) return () => true;
  const items = list.split(',');
  const negated = items[0]!.startsWith('no');
  const names = items.map((i) => (i.startsWith('no') ? i.slice(2) : i));
  return (t) => names.includes(t) !== negated;
}

/** `mount` without arguments: `SOURCE on TARGET type TYPE (OPTIONS)` per mount of the namespace. */
export function listMounts(mounts: readonly Mount[], types: string | undefined): string {
  const keep = typeMatcher(types);
  return mounts
    .filter((m) => keep(m.fs.fstype))
    .map((m) => `${m.source} on ${m.target} type ${m.fs.fstype} (${mountOptionString(m)})\n`)
    .join('');
}
