import { MemFs } from '../../../../src/runtime/kernel/fs/memfs.ts';
import { TreeBuilder } from '../../../../src/runtime/rootfs/tree-builder.ts';
import type { ImageSpec } from '../../../../src/runtime/daemon/images/index.ts';
import type { Inode } from '../../../../src/runtime/kernel/fs/memfs.ts';

/** Every layer of an image applied in order to one MemFs (an approximation of the overlay stack). */
export function buildMerged(spec: ImageSpec): MemFs {
  const fs = new MemFs({ dev: 1, now: () => 0 });
  const t = new TreeBuilder(fs);
  for (const h of spec.history) h.layer?.(t);
  return fs;
}

/** Each layer in its own MemFs (as the engine stores layers). */
export function buildLayers(spec: ImageSpec): MemFs[] {
  return spec.history.filter((h) => h.layer).map((h) => {
    const fs = new MemFs({ dev: 1, now: () => 0 });
    h.layer!(new TreeBuilder(fs));
    return fs;
  });
}

/** The inode at an absolute path, following symlinks in directory components and (optionally) at the end. */
export function at(fs: MemFs, path: string, follow = true, depth = 0): Inode | undefined {
  if (depth > 20) return undefined;
  let n: Inode = fs.rootInode;
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '..') parts.pop();
    else if (p && p !== '.') parts.push(p);
  }
  let cur = '';
  for (let i = 0; i < parts.length; i++) {
    const next = n.entries?.get(parts[i]!);
    if (!next) return undefined;
    const last = i === parts.length - 1;
    if (next.type === 'symlink' && (!last || follow)) {
      const target = next.target.startsWith('/') ? next.target : `${cur}/${next.target}`;
      const rest = parts.slice(i + 1).join('/');
      return at(fs, rest ? `${target}/${rest}` : target, follow, depth + 1);
    }
    cur += `/${parts[i]}`;
    n = next;
  }
  return n;
}

export function read(fs: MemFs, path: string): string | undefined {
  return at(fs, path)?.data;
}

export function ls(fs: MemFs, path: string): string[] {
  return [...(at(fs, path)?.entries?.keys() ?? [])].sort();
}
