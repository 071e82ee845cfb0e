import type { Inode } from '../../../kernel/fs/memfs.ts';
import { programImage } from '../../../programs/binfmt.ts';
import type { TreeBuilder } from '../../../rootfs/tree-builder.ts';

/** Model executables `dir/name` for each name (mode 0755). */
export function programs(t: TreeBuilder, dir: string, names: readonly string[]): void {
  for (const n of names) t.file(`${dir}/${n}`, programImage(n), 0o755);
}

/** Directories with their modes, e.g. `dirs(t, ['proc', 'sys'], ['root', 0o700])`. */
export function dirs(t: TreeBuilder, ...list: (string | [string, number])[]): void {
  for (const d of list) {
    if (typeof d === 'string') t.dir(d);
    else t.dir(d[0], d[1]);
  }
}

/** A hard link `path` to the existing file `existing` (official busybox images link applets this way). */
export function hardlink(t: TreeBuilder, path: string, existing: string): void {
  const target = lookup(t, existing);
  const i = path.lastIndexOf('/');
  const dir = lookup(t, path.slice(0, i) || '/');
  if (!dir.entries!.has(path.slice(i + 1))) t.fs.link(dir, path.slice(i + 1), target);
}

function lookup(t: TreeBuilder, path: string): Inode {
  let n = t.fs.rootInode;
  for (const part of path.split('/').filter(Boolean)) {
    const next = n.entries?.get(part);
    if (!next) throw new Error(`image layer: no ${path}`);
    n = next;
  }
  return n;
}

/** Symlinks `dir/name -> target` for each name. */
export function symlinks(t: TreeBuilder, dir: string, names: readonly string[], target: string): void {
  for (const n of names) t.symlink(`${dir}/${n}`, target);
}
