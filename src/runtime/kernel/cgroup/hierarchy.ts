import { FsError } from '../fs/errors.ts';
import type { Process } from '../proc/process.ts';
import { Cgroup } from './cgroup.ts';
import type { ControlFile, Controller } from './controller.ts';
import { coreFilesV1 } from './core-files.ts';
import { checkV2Limits, coreFilesV2 } from './core-files-v2.ts';
import type { CgroupSystem } from './system.ts';

/**
 * One mounted cgroup hierarchy: a tree of cgroups with the controllers bound to it
 * (`cpu,cpuacct`, `memory`, the named `name=systemd`, or the cgroup2 `unified` one).
 * `key` is how /proc/PID/cgroup names it and the key of `Process.cgroups`.
 */
export class CgroupHierarchy {
  readonly root: Cgroup;
  /** release_agent of the hierarchy (root file, kept for the v1 interface; never run). */
  releaseAgent = '';
  private readonly usedIds = new Set<number>();
  /** Live cgroups by path: processes record their cgroup as a path, and it is looked up often. */
  private readonly byPath = new Map<string, Cgroup>();

  constructor(
    readonly id: number,
    readonly key: string,
    readonly controllers: readonly Controller[],
    readonly version: 1 | 2,
    readonly sys: CgroupSystem,
  ) {
    // The root of a cgroup mount is dr-xr-xr-x: only mkdir through it, never chmod-free writes.
    this.root = new Cgroup(this, '', null, this.allocId(), 0o555, 0, 0, sys.now());
    for (const c of controllers) this.root.state.set(c.name, c.init(this.root, null, sys));
    this.byPath.set('/', this.root);
  }

  /** The directory name under /sys/fs/cgroup. */
  get dirName(): string {
    if (this.key === '') return 'unified';
    return this.key.startsWith('name=') ? this.key.slice(5) : this.key;
  }

  controller(name: string): Controller | undefined {
    return this.controllers.find((c) => c.name === name);
  }

  /** Every file of a cgroup directory: core files first, then each controller's. */
  files(cg: Cgroup): ControlFile[] {
    const core = this.version === 1 ? coreFilesV1(cg) : coreFilesV2(cg);
    return [...core, ...this.controllers.flatMap((c) => c.files(cg))];
  }

  file(cg: Cgroup, name: string): ControlFile | undefined {
    return this.files(cg).find((f) => f.name === name);
  }

  private allocId(): number {
    let id = 1;
    while (this.usedIds.has(id)) id++;
    this.usedIds.add(id);
    return id;
  }

  find(path: string): Cgroup | null {
    const known = this.byPath.get(path);
    if (known) return known;
    // Not in canonical form (`docker/x`, `/a//b/`) or absent: walk it.
    let cg: Cgroup | null = this.root;
    for (const part of path.split('/').filter(Boolean)) {
      cg = cg.children.get(part) ?? null;
      if (!cg) return null;
    }
    return cg;
  }

  /** Control file names by root-ness (which files exist depends only on that): mkdir's name check. */
  private readonly fileNames = new Map<boolean, Set<string>>();
  private hasFile(cg: Cgroup, name: string): boolean {
    const root = cg.parent === null;
    let names = this.fileNames.get(root);
    if (!names) this.fileNames.set(root, (names = new Set(this.files(cg).map((f) => f.name))));
    return names.has(name);
  }

  /** cgroup_mkdir(): a child inheriting what the kernel copies from its parent. */
  mkdir(parent: Cgroup, name: string, mode = 0o755, uid = 0, gid = 0): Cgroup {
    if (parent.removed) throw new FsError('ENODEV');
    if (name.includes('\n')) throw new FsError('EINVAL');
    if (parent.children.has(name) || this.hasFile(parent, name)) throw new FsError('EEXIST');
    if (this.version === 2) checkV2Limits(parent);
    const now = this.sys.now();
    const cg = new Cgroup(this, name, parent, this.allocId(), mode & 0o7777, uid, gid, now);
    cg.notifyOnRelease = parent.notifyOnRelease;
    cg.cloneChildren = parent.cloneChildren;
    for (const c of this.controllers) cg.state.set(c.name, c.init(cg, parent, this.sys));
    parent.children.set(name, cg);
    this.byPath.set(cg.path, cg);
    parent.mtime = parent.ctime = now;
    return cg;
  }

  /** cgroup_rmdir(): refused (EBUSY) while tasks or child cgroups remain. */
  rmdir(cg: Cgroup): void {
    if (!cg.parent) throw new FsError('EBUSY');
    if (cg.children.size > 0 || this.hasMembers(cg)) throw new FsError('EBUSY');
    this.byPath.delete(cg.path);
    cg.removed = true;
    cg.parent.children.delete(cg.name);
    this.usedIds.delete(cg.id);
    cg.parent.mtime = cg.parent.ctime = this.sys.now();
  }

  /** cgroup1_rename(): only within the same parent; members' recorded paths follow. */
  rename(cg: Cgroup, newName: string): void {
    if (!cg.parent) throw new FsError('EBUSY');
    if (newName.includes('\n')) throw new FsError('EINVAL');
    if (newName === cg.name) return;
    if (cg.parent.children.has(newName) || this.file(cg.parent, newName)) throw new FsError('EEXIST');
    const oldPath = cg.path;
    for (const sub of cg.subtree()) this.byPath.delete(sub.path);
    cg.parent.children.delete(cg.name);
    cg.name = newName;
    cg.parent.children.set(newName, cg);
    for (const sub of cg.subtree()) this.byPath.set(sub.path, sub);
    const newPath = cg.path;
    for (const p of this.sys.kernel.procs.values()) {
      const at = p.cgroups.get(this.key);
      if (at === oldPath || at?.startsWith(`${oldPath}/`)) p.cgroups.set(this.key, newPath + at.slice(oldPath.length));
    }
  }

  pathOf(proc: Process): string {
    return proc.cgroups.get(this.key) ?? '/';
  }

  /** The cgroup a process is in (the root if its recorded path no longer exists). */
  cgroupOf(proc: Process): Cgroup {
    return this.find(this.pathOf(proc)) ?? this.root;
  }

  /** Live tasks directly in `cg` (zombies have left their css_set already). */
  members(cg: Cgroup): Process[] {
    const path = cg.path;
    return [...this.sys.kernel.procs.values()].filter((p) => p.alive && this.pathOf(p) === path);
  }

  private hasMembers(cg: Cgroup): boolean {
    const path = cg.path;
    for (const p of this.sys.kernel.procs.values()) if (p.alive && this.pathOf(p) === path) return true;
    return false;
  }

  /** Live tasks in `cg` and below. */
  subtreeMembers(cg: Cgroup, includeZombies = false): Process[] {
    const path = cg.path;
    const prefix = path === '/' ? '/' : `${path}/`;
    return [...this.sys.kernel.procs.values()].filter((p) => {
      if (p.reaped || (!includeZombies && !p.alive)) return false;
      const at = this.pathOf(p);
      return at === path || at.startsWith(prefix);
    });
  }

  /** cgroup_attach_task(): every controller may refuse, then each is told of the move. */
  attach(proc: Process, cg: Cgroup): void {
    if (cg.removed) throw new FsError('ENODEV');
    const from = this.cgroupOf(proc);
    if (from === cg) return;
    for (const c of this.controllers) c.canAttach?.(this.sys, cg, proc);
    // The CPU time spent so far stays with the cgroup it was spent in.
    this.sys.cpu.moved(this, proc, from);
    proc.cgroups.set(this.key, cg.path);
    for (const c of this.controllers) c.attached?.(this.sys, cg, proc, from);
  }
}
