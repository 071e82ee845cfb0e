import { Namespace } from './namespace.ts';

/** A pid namespace numbers its processes from 1; a process has one pid per ancestor level. */
export class PidNamespace extends Namespace {
  readonly kind = 'pid' as const;
  readonly level: number;
  private nextPid = 1;
  /** pid in this namespace → global process id. */
  readonly members = new Map<number, number>();
  constructor(inode: number, readonly parent: PidNamespace | null) {
    super(inode);
    this.level = parent ? parent.level + 1 : 0;
  }
  allocate(globalId: number, pidMax: number): number {
    // Linux hands out increasing pids and wraps at pid_max, skipping used ones.
    for (let tries = 0; tries < pidMax; tries++) {
      const pid = this.nextPid;
      this.nextPid = this.nextPid >= pidMax ? 300 : this.nextPid + 1;
      if (!this.members.has(pid)) {
        this.members.set(pid, globalId);
        return pid;
      }
    }
    return -1;
  }
  release(pid: number): void {
    this.members.delete(pid);
  }
  /** The namespace chain from the root down to this one. */
  chain(): PidNamespace[] {
    const out: PidNamespace[] = [];
    for (let ns: PidNamespace | null = this; ns; ns = ns.parent) out.unshift(ns);
    return out;
  }
  isAncestorOf(other: PidNamespace): boolean {
    for (let ns: PidNamespace | null = other; ns; ns = ns.parent) if (ns === this) return true;
    return false;
  }
  get counter(): number {
    return this.nextPid;
  }
  set counter(v: number) {
    this.nextPid = v;
  }
}
