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
  /** Mount points, for the path walk's per-component check. */
  private readonly targets = new Map<string, number>();

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
    if (!this.targets.has(target)) return undefined;
    for (let i = this.mounts.length - 1; i >= 0; i--) if (this.mounts[i]!.target === target) return this.mounts[i];
    return undefined;
  }

  add(spec: Omit<Mount, 'id' | 'parentId'>): Mount {
    const parent = this.parentOf(spec.target);
    // Built field by field: a spread of specs of many shapes takes V8's slow path.
    const m: Mount = { id: this.allocId(), parentId: parent ? parent.id : 0, target: spec.target, fs: spec.fs, root: spec.root, rootPath: spec.rootPath, source: spec.source, options: spec.options };
    this.mounts.push(m);
    this.targets.set(m.target, (this.targets.get(m.target) ?? 0) + 1);
    return m;
  }

  remove(m: Mount): void {
    const i = this.mounts.indexOf(m);
    if (i < 0) return;
    this.mounts.splice(i, 1);
    const n = (this.targets.get(m.target) ?? 1) - 1;
    if (n > 0) this.targets.set(m.target, n);
    else this.targets.delete(m.target);
  }

  /**
   * mount -o remount: new per-mount options for `m` only (tables of other namespaces share
   * the Mount objects they were cloned from, so the entry is replaced, not mutated).
   */
  setOptions(m: Mount, options: MountOptions): Mount {
    const i = this.mounts.indexOf(m);
    if (i < 0) return m;
    const next: Mount = { ...m, options };
    this.mounts[i] = next;
    return next;
  }

  /** Mounts that sit below `target` (umount refuses while they exist). */
  children(m: Mount): Mount[] {
    return this.mounts.filter((c) => c.parentId === m.id);
  }

  private parentOf(target: string): Mount | undefined {
    if (target === '/') return undefined;
    // The nearest ancestor path that is a mount point; its latest mount is the parent.
    for (let p = target; p !== '/'; ) {
      p = p.slice(0, p.lastIndexOf('/')) || '/';
      if (this.targets.has(p)) return this.at(p);
    }
    return undefined;
  }

  /** A copy for a new mount namespace (unshare -m, clone(CLONE_NEWNS)): same filesystems, own table. */
  clone(allocId: () => number): MountTable {
    const t = new MountTable(allocId);
    const idMap = new Map<number, number>();
    for (const m of this.mounts) {
      const id = allocId();
      idMap.set(m.id, id);
      t.mounts.push({ ...m, id, parentId: idMap.get(m.parentId) ?? 0 });
      t.targets.set(m.target, (t.targets.get(m.target) ?? 0) + 1);
    }
    return t;
  }
}
