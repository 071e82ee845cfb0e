import type { Inode } from '../../kernel/fs/memfs.ts';
import type { Container } from './container.ts';

/** Bytes in the container's writable layer (SizeRw): file contents, as `du` of the upper dir sees them. */
export function containerSizeRw(c: Container): number {
  let total = 0;
  const walk = (n: Inode) => {
    if (n.type === 'file') total += n.data.length;
    else if (n.type === 'symlink') total += n.target.length;
    else if (n.entries) for (const child of n.entries.values()) walk(child);
  };
  walk(c.upper.rootInode);
  return total;
}
