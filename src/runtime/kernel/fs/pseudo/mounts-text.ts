import type { MountTable } from '../mounts.ts';

function opts(m: ReturnType<MountTable['list']>[number]): string {
  const base = [m.options.ro ? 'ro' : 'rw', m.options.nosuid ? 'nosuid' : '', m.options.nodev ? 'nodev' : '', m.options.noexec ? 'noexec' : '', 'relatime'].filter(Boolean);
  return m.options.data ? `${base.join(',')},${m.options.data}` : base.join(',');
}

/** /proc/mounts: `source target fstype options 0 0`. */
export function mountsText(table: MountTable): string {
  return table.list().map((m) => `${m.source} ${m.target} ${m.fs.fstype} ${opts(m)} 0 0\n`).join('');
}

/** /proc/self/mountinfo: ids, major:minor, root, mount point, options, fstype, source. */
export function mountinfoText(table: MountTable): string {
  return table
    .list()
    .map((m) => `${m.id} ${m.parentId || m.id} 0:${m.fs.dev} ${m.rootPath} ${m.target} ${opts(m).split(',').slice(0, 1).join(',')},relatime - ${m.fs.fstype} ${m.source} ${opts(m)}\n`)
    .join('');
}
