import { VirtualClock } from './clock.ts';
import { FsError } from './fs/errors.ts';
import type { NsSet } from './ns/set.ts';
import { FIRST_DYNAMIC_NS_INODE } from './ns/set.ts';
import { FdTable } from './proc/fd-table.ts';
import { type Credentials, type ExitStatus, Process } from './proc/process.ts';
import { SIGNALS, defaultAction } from './proc/signals.ts';
import { checkNproc, cloneRlimits } from './proc/rlimits.ts';
import { SeededRandom } from './random.ts';
import { BrokenPipe, Interrupted, ProcessAbort } from './stream.ts';
import { loadsPending } from '../loading.ts';
import type { CgroupHooks } from './cgroup/system.ts';

/** Bytes one task may hold before the model treats the machine as out of memory. */
export const MODEL_MEMORY_LIMIT = 256 * 1024 * 1024;

/** Time slices background tasks get after a command ends (see settleBackground). */
const SETTLE_ROUNDS = 64;

export type ProgramMain = (p: Process) => Promise<number>;

export interface SpawnOptions {
  argv: string[];
  env?: Map<string, string>;
  cwd?: string;
  creds?: Credentials;
  ns?: NsSet;
  fds?: FdTable;
  main: ProgramMain;
  cgroups?: Map<string, string>;
}

/** Reported when a program throws something that is not a model signal: a bug, shown loudly. */
export type InternalErrorSink = (p: Process, e: unknown) => void;

export class Kernel {
  readonly procs = new Map<number, Process>();
  private nextNsInode = FIRST_DYNAMIC_NS_INODE;
  private nextMountId = 20;
  readonly pidMax = 4194304;
  /** Processes not yet exited (the task limit counts these). */
  liveCount = 0;
  /** Last pid handed out in the initial namespace (/proc/loadavg). */
  lastPid = 0;
  /** Tasks the whole host may hold (kernel.threads-max); fork fails past it. */
  taskLimit = 4096;
  onInternalError: InternalErrorSink = () => {};
  /** The process performing the current (synchronous) VFS operation; /proc/self reads it. */
  current: Process | null = null;
  /** False between commands: no task may run, so the model is frozen while the student types. */
  running = false;
  /** net.ipv4.ip_forward (Docker turns it on). */
  ipForward = false;
  /** cgroup v1 hooks (pids.max at fork, accounting of new tasks); installed when cgroups are mounted. */
  cgroupHooks: CgroupHooks | null = null;
  private gateWaiters: Array<() => void> = [];
  /** Tasks that gave up the CPU voluntarily and will continue (they are runnable, not blocked). */
  private yielders = 0;

  /** Virtual time the host booted (uptime, process start times); a restored host gets its saved one back. */
  bootTime: number;

  constructor(
    readonly clock: VirtualClock,
    readonly random: SeededRandom,
  ) {
    this.bootTime = clock.now;
  }

  allocNsInode(): number {
    return this.nextNsInode++;
  }
  allocMountId = (): number => this.nextMountId++;

  get counters(): { nsInode: number; mountId: number } {
    return { nsInode: this.nextNsInode, mountId: this.nextMountId };
  }
  setCounters(c: { nsInode: number; mountId: number }): void {
    this.nextNsInode = c.nsInode;
    this.nextMountId = c.mountId;
  }

  /** fork+exec in one: a new task running `main`, child of `parent`. */
  spawn(parent: Process | null, opts: SpawnOptions): Process {
    const ns = opts.ns ?? (parent ? { ...parent.ns, pid: parent.pidNsForChildren } : null);
    if (!ns) throw new Error('spawn without namespaces');
    if (this.liveCount >= this.taskLimit) throw new FsError('EAGAIN');
    if (parent) checkNproc(parent, this.procs.values());
    // pids controller: fork(2) fails with EAGAIN once the cgroup's pids.max is reached.
    if (parent && this.cgroupHooks && !this.cgroupHooks.canFork(parent)) throw new FsError('EAGAIN');
    const chain = ns.pid.chain();
    const globalId = chain[0]!.allocate(-1, this.pidMax);
    this.lastPid = globalId;
    const pids = [globalId, ...chain.slice(1).map((n) => n.allocate(globalId, this.pidMax))];
    chain[0]!.members.set(globalId, globalId);
    const proc = new Process(
      globalId, pids, parent, opts.creds ?? (parent ? { ...parent.creds, groups: [...parent.creds.groups] } : { uid: 0, gid: 0, groups: [0] }),
      opts.argv, opts.env ?? new Map(parent?.env), opts.cwd ?? parent?.cwd ?? '/', ns, ns.pid,
      opts.fds ?? (parent ? parent.fds.clone() : new FdTable()), this.clock.now,
      opts.cgroups ?? new Map(parent?.cgroups),
    );
    if (parent) {
      proc.umask = parent.umask;
      proc.rlimits = cloneRlimits(parent.rlimits);
      parent.children.add(proc);
      proc.pgid = parent.pgid;
      for (const [sig, d] of parent.dispositions) if (d === 'ignore') proc.dispositions.set(sig, d);
    }
    this.procs.set(globalId, proc);
    this.liveCount++;
    this.cgroupHooks?.forked(proc);
    queueMicrotask(() => this.run(proc, opts.main));
    return proc;
  }

  private async run(proc: Process, main: ProgramMain): Promise<void> {
    let status: ExitStatus;
    try {
      await proc.checkpoint();
      const code = await main(proc);
      status = proc.fatalSignal ? { signal: proc.fatalSignal, core: false } : { code: code & 0xff };
    } catch (e) {
      status = this.statusFromError(proc, e);
    }
    this.exit(proc, status);
  }

  statusFromError(proc: Process, e: unknown): ExitStatus {
    if (e instanceof Interrupted && proc.fatalSignal) {
      return { signal: proc.fatalSignal, core: defaultAction(proc.fatalSignal) === 'core' };
    }
    if (e instanceof ProcessAbort) return { signal: e.signal, core: false };
    if (e instanceof BrokenPipe) return { signal: SIGNALS.PIPE!, core: false };
    if (e instanceof ExitRequest) return { code: e.code & 0xff };
    this.onInternalError(proc, e);
    return { code: 70 };
  }

  /** Process exit: close files, orphan children to the namespace's init, become a zombie. */
  exit(proc: Process, status: ExitStatus): void {
    if (!proc.alive) return;
    proc.exitStatus = status;
    this.liveCount--;
    proc.state = 'Z';
    proc.fds.closeAll();
    const isNsInit = proc.pid === 1;
    const reaper = this.reaperFor(proc);
    for (const child of proc.children) {
      child.parent = reaper;
      reaper?.children.add(child);
      if (!child.alive) this.autoReap(child);
    }
    proc.children.clear();
    // When a pid namespace's init dies, the kernel kills everything else in it.
    if (isNsInit && proc.ns.pid.level > 0) {
      for (const p of this.procs.values()) {
        if (p !== proc && p.alive && proc.ns.pid.isAncestorOf(p.ns.pid)) this.forceKill(p, SIGNALS.KILL!);
      }
    }
    proc.resolveExit(status);
    this.autoReap(proc);
    if (proc.parent?.alive) this.signal(proc.parent, SIGNALS.CHLD!, null);
  }

  private reaperFor(proc: Process): Process | null {
    const nsMembers = proc.ns.pid.members;
    const initId = nsMembers.get(1);
    const init = initId !== undefined ? this.procs.get(initId) : undefined;
    if (init && init !== proc && init.alive) return init;
    const root = this.procs.get(1);
    return root && root !== proc && root.alive ? root : null;
  }

  /** Zombies whose parent does not collect them (init, ignored SIGCHLD) vanish at once. */
  private autoReap(proc: Process): void {
    if (proc.alive || proc.reaped) return;
    const parent = proc.parent;
    if (!parent || !parent.alive || parent.id === 1 || parent.dispositions.get(SIGNALS.CHLD!) === 'ignore' || parent.autoReap) {
      this.reap(proc);
    }
  }

  reap(proc: Process): void {
    if (proc.reaped) return;
    proc.reaped = true;
    proc.parent?.children.delete(proc);
    this.procs.delete(proc.id);
    const chain = proc.ns.pid.chain();
    chain.forEach((ns, level) => ns.release(proc.pids[level]!));
  }

  /**
   * kill(2). `sender` null means the kernel itself. Returns false with ESRCH semantics if gone.
   * PID 1 of a namespace ignores signals it has no handler for when they come from inside.
   */
  signal(target: Process, sig: number, sender: Process | null): boolean {
    if (!target.alive) return !target.reaped;
    if (sig === 0) return true;
    const disp = target.dispositions.get(sig) ?? 'default';
    if (target.pid === 1 && sender && disp !== 'handle') {
      const fromInside = target.ns.pid.isAncestorOf(sender.ns.pid);
      const forced = sig === SIGNALS.KILL || sig === SIGNALS.STOP;
      if (fromInside || !forced) return true;
    }
    if (sig === SIGNALS.KILL) {
      this.forceKill(target, sig);
      return true;
    }
    if (sig === SIGNALS.CONT) target.resume();
    if (sig === SIGNALS.STOP) {
      target.stop();
      return true;
    }
    if (disp === 'ignore') return true;
    if (disp === 'handle') {
      target.pendingSignals.push(sig);
      target.interrupt(false);
      return true;
    }
    const action = defaultAction(sig);
    if (action === 'term' || action === 'core') this.forceKill(target, sig);
    else if (action === 'stop') target.stop();
    return true;
  }

  private forceKill(target: Process, sig: number): void {
    if (target.fatalSignal) return;
    target.fatalSignal = sig;
    target.resume();
    target.interrupt(true);
  }

  /**
   * A CPU-bound task lets others (and Ctrl-C) in, and accounts its CPU time on the clock.
   * While the host is frozen it waits here.
   */
  async yield(cpuMs: number): Promise<void> {
    this.yielders++;
    try {
      if (cpuMs > 0) this.clock.advance(cpuMs);
      await new Promise<void>((r) => setImmediate(r));
      while (!this.running) await new Promise<void>((r) => this.gateWaiters.push(r));
    } finally {
      this.yielders--;
    }
  }

  /**
   * Runs the model until `work` settles: whenever every task is blocked, the virtual clock jumps
   * to the next timer. Returns 'deadlock' if nothing can ever wake the work.
   */
  async runUntil<T>(work: Promise<T>): Promise<{ value: T } | { error: unknown } | 'deadlock'> {
    let outcome: { value: T } | { error: unknown } | null = null;
    work.then(
      (value) => (outcome = { value }),
      (error: unknown) => (outcome = { error }),
    );
    this.running = true;
    for (const w of this.gateWaiters.splice(0)) w();
    try {
      for (;;) {
        await new Promise<void>((r) => setImmediate(r));
        if (outcome) {
          await this.settleBackground();
          return outcome;
        }
        if (this.yielders > 0 || loadsPending()) continue;
        // Someone is reading a live terminal: real time passes while the student types.
        if (this.externalWaits > 0) {
          await this.externalWake;
          continue;
        }
        if (!this.clock.advanceToNext()) return 'deadlock';
      }
    } finally {
      this.running = false;
    }
  }

  /**
   * When a command ends, background tasks (a container's entrypoint started by `docker run -d`)
   * get a bounded number of time slices more, as if a moment passed before the next command, so
   * a service has logged its start-up by the time the student looks. Program loads are real I/O
   * and are waited for, so how far a task gets never depends on the machine's speed. A busy loop
   * in the background only costs the bounded slices.
   */
  private async settleBackground(): Promise<void> {
    for (let round = 0; loadsPending() || (this.yielders > 0 && round < SETTLE_ROUNDS); ) {
      if (!loadsPending()) round++;
      await new Promise<void>((r) => setImmediate(r));
    }
    this.running = false;
    while (loadsPending()) await new Promise<void>((r) => setImmediate(r));
  }

  private externalWaits = 0;
  private externalWake: Promise<void> = Promise.resolve();

  /**
   * Waits for something outside the model (a line the student types). While it is pending the
   * model does not count as deadlocked and the virtual clock does not jump ahead.
   */
  async awaitExternal<T>(p: Promise<T>): Promise<T> {
    let wake!: () => void;
    this.externalWake = new Promise<void>((r) => (wake = r));
    this.externalWaits++;
    try {
      return await p;
    } finally {
      this.externalWaits--;
      wake();
    }
  }

  /**
   * A task's resident memory grows by `bytes` (programs holding input: tail, sort, a shell
   * variable). Past a memory cgroup's limit the OOM killer picks a victim, maybe this task;
   * past what the model can hold at all, the task dies as if the host ran out of memory.
   * Throws Interrupted when the caller itself was killed.
   */
  chargeMemory(proc: Process, bytes: number): void {
    const hooks = this.cgroupHooks;
    if (hooks) {
      const r = hooks.chargeMemory(proc, bytes);
      if (!r.ok) hooks.oomKill(r);
    } else proc.memoryBytes = Math.max(0, proc.memoryBytes + bytes);
    if (proc.memoryBytes > MODEL_MEMORY_LIMIT && !proc.fatalSignal) this.signal(proc, SIGNALS.KILL!, null);
    if (proc.fatalSignal) throw new Interrupted(true);
  }

  /** Sleep in virtual time; interrupted by signals like nanosleep. */
  sleep(proc: Process, ms: number): Promise<void> {
    return proc.wait<void>((resolve) => this.clock.setTimer(ms, resolve));
  }

  byPid(pid: number, viewer: Process): Process | undefined {
    const id = viewer.ns.pid.members.get(pid);
    return id === undefined ? undefined : this.procs.get(id);
  }

  /** Processes visible from `viewer`'s pid namespace, by pid there. */
  visible(viewer: Process): Process[] {
    const level = viewer.ns.pid.level;
    return [...this.procs.values()]
      .filter((p) => viewer.ns.pid.isAncestorOf(p.ns.pid) && !p.reaped)
      .sort((a, b) => a.pidAt(level) - b.pidAt(level));
  }
}

/** `exit N` from anywhere in a program unwinds to the process boundary. */
export class ExitRequest extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}
