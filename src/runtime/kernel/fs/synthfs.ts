import { FsError } from './errors.ts';
import type { Filesystem, NodeRef, SetAttr, Stat } from './types.ts';

/**
 * A generated node: /proc and /sys are never stored text; each read renders from live objects.
 * `children` is called on every lookup/readdir so new processes and cgroups appear at once.
 */
export interface SynthNode {
  type: 'dir' | 'file' | 'symlink';
  mode?: number;
  uid?: number;
  gid?: number;
  children?: () => Map<string, SynthNode>;
  read?: () => string;
  /** Writable control files (cgroup limits, sysctl). Throws FsError on bad values. */
  write?: (data: string) => void;
  target?: () => string;
  /** Fixed inode number (e.g. /proc/PID/ns entries reuse namespace inodes). */
  ino?: number;
}

interface SynthRef {
  path: string;
  node: SynthNode;
}

export class SynthFs implements Filesystem {
  private readonly inos = new Map<string, number>();
  private nextIno = 1;

  constructor(
    readonly fstype: string,
    readonly dev: number,
    private readonly rootNode: () => SynthNode,
    private readonly now: () => number,
  ) {}

  root(): SynthRef {
    return { path: '', node: this.rootNode() };
  }
  lookup(dir: NodeRef, name: string): SynthRef | null {
    const d = dir as SynthRef;
    if (d.node.type !== 'dir') throw new FsError('ENOTDIR');
    const child = d.node.children?.().get(name);
    return child ? { path: `${d.path}/${name}`, node: child } : null;
  }
  stat(node: NodeRef): Stat {
    const { path, node: n } = node as SynthRef;
    let ino = n.ino ?? this.inos.get(path);
    if (ino === undefined) this.inos.set(path, (ino = this.nextIno++));
    const t = this.now();
    const mode = n.mode ?? (n.type === 'dir' ? 0o555 : n.type === 'symlink' ? 0o777 : 0o444);
    return {
      type: n.type, mode, uid: n.uid ?? 0, gid: n.gid ?? 0, size: 0,
      nlink: n.type === 'dir' ? 2 : 1, ino, dev: this.dev, rdev: 0, atime: t, mtime: t, ctime: t,
    };
  }
  readdir(dir: NodeRef): string[] {
    const d = dir as SynthRef;
    if (d.node.type !== 'dir') throw new FsError('ENOTDIR');
    return [...(d.node.children?.().keys() ?? [])];
  }
  read(node: NodeRef): string {
    const n = (node as SynthRef).node;
    if (n.type === 'dir') throw new FsError('EISDIR');
    if (!n.read) throw new FsError('EINVAL');
    return n.read();
  }
  write(node: NodeRef, data: string): void {
    const n = (node as SynthRef).node;
    if (n.type === 'dir') throw new FsError('EISDIR');
    if (!n.write) throw new FsError('EACCES');
    n.write(data);
  }
  readlink(node: NodeRef): string {
    const n = (node as SynthRef).node;
    if (n.type !== 'symlink' || !n.target) throw new FsError('EINVAL');
    return n.target();
  }
  create(): never {
    throw new FsError('EACCES');
  }
  unlink(): void {
    throw new FsError('EACCES');
  }
  rmdir(): void {
    throw new FsError('EACCES');
  }
  rename(): void {
    throw new FsError('EACCES');
  }
  link(): void {
    throw new FsError('EACCES');
  }
  setattr(_node: NodeRef, _attr: SetAttr): void {
    throw new FsError('EPERM');
  }
  same(a: NodeRef, b: NodeRef): boolean {
    return (a as SynthRef).path === (b as SynthRef).path;
  }
}

export const synthFile = (read: () => string, write?: (d: string) => void, mode?: number): SynthNode => ({
  type: 'file', read, write, mode: mode ?? (write ? 0o644 : 0o444),
});
export const synthDir = (children: () => Map<string, SynthNode>, mode = 0o555): SynthNode => ({
  type: 'dir', children, mode,
});
export const synthLink = (target: () => string): SynthNode => ({ type: 'symlink', target });
