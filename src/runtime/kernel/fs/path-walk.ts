import { FsError } from './errors.ts';
import type { Mount, MountTable } from './mounts.ts';
import { attrsOf, type NodeRef } from './types.ts';

/** Where a walk ended: the mount, the node inside its fs, and the canonical path. */
export interface Location {
  mount: Mount;
  node: NodeRef;
  path: string;
}

export interface Walked {
  /** The final node, or null if only its parent exists (for create). */
  loc: Location | null;
  parent: Location;
  name: string;
}

const MAX_SYMLINKS = 40;

const joinPath = (dir: string, name: string): string => (dir === '/' ? `/${name}` : `${dir}/${name}`);

/** Called on every directory traversal so the caller can enforce search (x) permission. */
export type SearchCheck = (dir: Location) => void;

/**
 * Resolves a path the way namei does: component by component, crossing mounts, following
 * symlinks inside the model (an absolute target restarts at the namespace root, never the real
 * disk), `..` never climbing above `/`.
 */
export function walk(
  table: MountTable,
  cwd: string,
  path: string,
  followLast: boolean,
  check?: SearchCheck,
): Walked {
  if (path === '') throw new FsError('ENOENT');
  const root = table.rootMount();
  const rootLoc: Location = { mount: root, node: root.root, path: '/' };
  let stack: Location[] = [rootLoc];
  let pending = componentsOf(path.startsWith('/') ? path : `${cwd}/${path}`);
  // A trailing slash means "a directory": the last symlink is followed and must lead to one.
  const trailingSlash = path.length > 1 && path.endsWith('/');
  if (trailingSlash) followLast = true;
  let links = 0;
  let last: Walked | null = null;

  while (pending.length > 0) {
    const name = pending.shift()!;
    const here = stack[stack.length - 1]!;
    if (name === '.') {
      if (attrsOf(here.mount.fs, here.node).type !== 'dir') throw new FsError('ENOTDIR');
      if (pending.length === 0) last = { loc: here, parent: stack[stack.length - 2] ?? here, name: '.' };
      continue;
    }
    if (name === '..') {
      if (stack.length > 1) stack.pop();
      if (pending.length === 0) {
        const top = stack[stack.length - 1]!;
        last = { loc: top, parent: stack[stack.length - 2] ?? top, name: '..' };
      }
      continue;
    }
    if (attrsOf(here.mount.fs, here.node).type !== 'dir') throw new FsError('ENOTDIR');
    check?.(here);
    const childPath = joinPath(here.path, name);
    const over = table.at(childPath);
    const node = here.mount.fs.lookup(here.node, name);
    if (!node && !over) {
      if (pending.length === 0) return { loc: null, parent: here, name };
      throw new FsError('ENOENT');
    }
    const loc: Location = over ? { mount: over, node: over.root, path: childPath } : { mount: here.mount, node: node!, path: childPath };
    const isLast = pending.length === 0;
    if (!over && (!isLast || followLast) && attrsOf(loc.mount.fs, loc.node).type === 'symlink') {
      if (++links > MAX_SYMLINKS) throw new FsError('ELOOP');
      const target = loc.mount.fs.readlink(loc.node);
      if (target === '') throw new FsError('ENOENT');
      if (target.startsWith('/')) stack = [rootLoc];
      pending = [...componentsOf(target), ...pending];
      if (pending.length === 0) last = { loc: stack[stack.length - 1]!, parent: stack[stack.length - 2] ?? rootLoc, name: '/' };
      continue;
    }
    stack.push(loc);
    if (isLast) last = { loc, parent: here, name };
  }
  if (last) {
    if (trailingSlash && last.loc && attrsOf(last.loc.mount.fs, last.loc.node).type !== 'dir') throw new FsError('ENOTDIR');
    return last;
  }
  const top = stack[stack.length - 1]!;
  return { loc: top, parent: stack[stack.length - 2] ?? top, name: top.path === '/' ? '/' : top.path.slice(top.path.lastIndexOf('/') + 1) };
}

function componentsOf(p: string): string[] {
  return p.split('/').filter((c) => c !== '');
}
