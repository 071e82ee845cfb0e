import type { CgroupHierarchy } from './hierarchy.ts';

/** chmod/chown done on one control file (systemd and runc delegate cgroups that way). */
export interface FileAttrs {
  mode?: number;
  uid?: number;
  gid?: number;
  atime?: number;
  mtime?: number;
}

/**
 * One cgroup: a directory of a hierarchy. Controllers keep their settings and counters in
 * `state`, keyed by controller name; members are not stored here but derived from
 * `Process.cgroups`, the single source of truth for membership.
 */
export class Cgroup {
  readonly children = new Map<string, Cgroup>();
  readonly state = new Map<string, unknown>();
  readonly fileAttrs = new Map<string, FileAttrs>();
  notifyOnRelease = false;
  cloneChildren = false;
  /** Set by rmdir: open handles then fail with ENODEV, as kernfs does for removed nodes. */
  removed = false;
  atime: number;
  mtime: number;
  ctime: number;

  constructor(
    readonly hierarchy: CgroupHierarchy,
    public name: string,
    public parent: Cgroup | null,
    /** css id: 1 for the root, the lowest free one for each new cgroup. */
    readonly id: number,
    public mode: number,
    public uid: number,
    public gid: number,
    now: number,
  ) {
    this.atime = this.mtime = this.ctime = now;
  }

  get isRoot(): boolean {
    return this.parent === null;
  }

  /** Path inside the hierarchy, as /proc/PID/cgroup prints it: `/` or `/a/b`. */
  get path(): string {
    if (!this.parent) return '/';
    const up = this.parent.path;
    return up === '/' ? `/${this.name}` : `${up}/${this.name}`;
  }

  /** This cgroup and everything below it, parents before children. */
  *subtree(): Generator<Cgroup> {
    yield this;
    for (const c of this.children.values()) yield* c.subtree();
  }

  /** This cgroup and its ancestors up to the root. */
  *ancestry(): Generator<Cgroup> {
    for (let c: Cgroup | null = this; c; c = c.parent) yield c;
  }
}
