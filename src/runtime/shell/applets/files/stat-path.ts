import type { Mount } from '../../../kernel/fs/mounts.ts';
import type { Stat } from '../../../kernel/fs/types.ts';
import type { Vfs } from '../../../kernel/fs/vfs.ts';
import { stBlocks } from './block-usage.ts';

/** stat/lstat plus what the Stat record lacks: the mount (for its fstype) and st_blocks. */
export interface PathStat {
  st: Stat;
  mount: Mount;
  fstype: string;
  blocks: number;
}

/** Throws FsError like stat(2)/lstat(2). */
export function statPath(fs: Vfs, path: string, follow: boolean): PathStat {
  const loc = fs.locate(path, follow);
  const st = fs.statLoc(loc);
  const fstype = loc.mount.fs.fstype;
  return { st, mount: loc.mount, fstype, blocks: stBlocks(st, fstype) };
}

/** `dir/name` the way coreutils' file_name_concat joins them (no doubled slash). */
export function joinName(dir: string, name: string): string {
  if (dir === '') return name;
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}
