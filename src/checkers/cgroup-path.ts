import { ramInBytes } from './memory-size.ts';

export const CGROUP_ROOT = '/sys/fs/cgroup';

/** A process's cgroups are keyed by hierarchy ("cpu,cpuacct", "name=systemd"): the one serving `controller`. */
export const hierarchyKeyOf = (cgroups: Record<string, string>, controller: string): string | undefined =>
  Object.keys(cgroups).find((k) => k === controller || k === `name=${controller}` || k.split(',').includes(controller));

/** "/sys/fs/cgroup/memory/lab" or "/lab" → "/lab" (the path inside the hierarchy). */
export function pathInHierarchy(path: string): string {
  if (!path.startsWith(`${CGROUP_ROOT}/`)) return path === '' ? '/' : path;
  const rest = path.slice(CGROUP_ROOT.length + 1).split('/').slice(1).filter(Boolean);
  return `/${rest.join('/')}`;
}

/** A control file's value against the expected one: same text, or the same size (`64m` = 67108864). */
export function sameValue(have: string, want: string): boolean {
  const h = have.trim();
  if (h === want.trim()) return true;
  const bytes = ramInBytes(want);
  return bytes !== null && /^\d+$/.test(h) && Number(h) === bytes;
}
