import type { Filesystem, NodeRef } from './types.ts';

export interface MountOptions {
  ro: boolean;
  /** Extra options shown in /proc/mounts (e.g. `mode=755`, `lowerdir=...`). */
  data?: string;
  nosuid?: boolean;
  nodev?: boolean;
  noexec?: boolean;
}

export interface Mount {
  readonly id: number;
  readonly parentId: number;
  /** Absolute, canonical path inside its mount namespace. */
  readonly target: string;
  readonly fs: Filesystem;
  /** The node of `fs` that appears at `target` (its root, or a sub-node for bind mounts). */
  readonly root: NodeRef;
  /** The fs-relative path of `root`, for /proc/self/mountinfo. */
  readonly rootPath: string;
  readonly source: string;
  readonly options: MountOptions;
}

/** The mount table of one mount namespace. Later mounts on the same path hide earlier ones. */
export class MountTable {
  private readonly mounts: Mount[] = [];

  constructor(private readonly allocId: () => number) {}

  list(): readonly Mount[] {
    return this.mounts;
  }

  rootMount(): Mount {
    const m = this.at('/');
    if (!m) throw new Error('mount namespace has no root');
    return m;
  }

  at(target: string): Mount | undefined {
    for (let i = this.mounts.length - 1; i >= 0; i--) if (this.mounts[i]!.target === target) return this.mounts[i];
    return undefined;
  }

  /** True if any mount point lies strictly below `dir` (so path walks must check mounts). */
  add(spec: Omit<Mount, 'id' | 'parentId'>): Mount {
    const parent = this.parentOf(spec.target);
    const m: Mount = { ...spec, id: this.allocId(), parentId: parent ? parent.id : 0 };
    this.mounts.push(m);
    return m;
  }

  remove(m: Mount): void {
    const i = this.mounts.indexOf(m);
    if (i >= 0) this.mounts.splice(i, 1);
  }

  /** Mounts that sit below `target` (umount refuses while they exist). */
  children(m: Mount): Mount[] {
    return this.mounts.filter((c) => c.parentId === m.id);
  }

  private parentOf(target: string): Mount | undefined {
    if (target === '/') return undefined;
    let best: Mount | undefined;
    for (const m of this.mounts) {
      const prefix = m.target === '/' ? '/' : `${m.target}/`;
      if (target.startsWith(prefix) && (!best || m.target.length >= best.target.length)) best = m;
    }
    return best;
  }

  /** A copy for a new mount namespace (unshare -m, clone(CLONE_NEWNS)): same filesystems, own table. */
  clone(allocId: () => number): MountTable {
    const t = new MountTable(allocId);
    const idMap = new Map<number, number>();
    for (const m of this.mounts) {
      const id = allocId();
      idMap.set(m.id, id);
      t.mounts.push({ ...m, id, parentId: idMap.get(m.parentId) ?? 0 });
    }
    return t;
  }
}
