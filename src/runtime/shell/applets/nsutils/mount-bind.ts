import type { Mount, MountTable } from '../../../kernel/fs/mounts.ts';
import type { Location } from '../../../kernel/fs/path-walk.ts';
import type { ParsedMountOptions } from './mount-options.ts';

const under = (path: string, dir: string) => path === dir || path.startsWith(dir === '/' ? '/' : `${dir}/`);
const rebase = (path: string, from: string, to: string) => (path === from ? to : `${to === '/' ? '' : to}${path.slice(from === '/' ? 0 : from.length)}`);

/** The fs-relative path of a location, for mountinfo's root column of a bind mount. */
function rootPathOf(loc: Location): string {
  const rel = loc.path.slice(loc.mount.target === '/' ? 0 : loc.mount.target.length);
  const joined = `${loc.mount.rootPath === '/' ? '' : loc.mount.rootPath}${rel}`;
  return joined === '' ? '/' : joined;
}

/**
 * --bind / --rbind / --move in one mount table. A bind shows the same filesystem node at a
 * second place (with the source mount's options unless ro/rw was asked); rbind also copies
 * the mounts below the source; move re-attaches a whole mount point elsewhere.
 * Returns libmount's complaint when the kernel would refuse.
 */
export function bindMount(table: MountTable, src: Location, target: string, o: ParsedMountOptions): string | null {
  if (o.move) {
    const m = table.at(src.path);
    if (!m) return 'bad option; for several filesystems (e.g. nfs, cifs) you might need a /sbin/mount.<type> helper program.';
    const moving = table.list().filter((c) => under(c.target, src.path));
    for (const c of moving) table.remove(c);
    for (const c of moving) table.add({ ...c, target: rebase(c.target, src.path, target) });
    return null;
  }
  const options = { ...src.mount.options, ...o.flags };
  const below: Mount[] = o.rbind ? table.list().filter((c) => c.target !== src.path && under(c.target, src.path)) : [];
  table.add({ target, fs: src.mount.fs, root: src.node, rootPath: rootPathOf(src), source: src.mount.source, options });
  for (const c of below) table.add({ ...c, target: rebase(c.target, src.path, target) });
  return null;
}
