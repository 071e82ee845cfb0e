import type { NsSet } from '../ns/set.ts';
import { Interrupted, type Waiter } from '../stream.ts';
import type { FdTable } from './fd-table.ts';
import { hostRlimits, type Rlimits } from './rlimits.ts';

export type ProcState = 'R' | 'S' | 'D' | 'T' | 'Z';

/** How a process ended: an exit code, or the signal that killed it. */
export type ExitStatus = { code: number; signal?: undefined; core?: undefined } | { signal: number; core: boolean; code?: undefined };

/** The shell-visible status: code, or 128+signal. */
export const statusCode = (s: ExitStatus): number => (s.signal !== undefined ? 128 + s.signal : s.code);

export type Disposition = 'default' | 'ignore' | 'handle';

export interface Credentials {
  uid: number;
  gid: number;
  groups: number[];
  /** Capability bounding set (bit N = capability N); absent means all (the host's root). */
  capBnd?: bigint;
}

interface PendingWait {
  cancel: () => void;
  reject: (e: unknown) => void;
  interruptible: boolean;
}

/**
 * A task in the kernel model. Programs run as async functions on its behalf; every blocking
 * call goes through `wait`, so signals can interrupt or kill it wherever it is blocked.
 */
export class Process implements Waiter {
  state: ProcState = 'R';
  exitStatus: ExitStatus | null = null;
  readonly children = new Set<Process>();
  readonly dispositions = new Map<number, Disposition>();
  /** Signals with a handler that arrived and await the program (the shell runs traps). */
  readonly pendingSignals: number[] = [];
  /** The signal that is killing this process; checked at every checkpoint. */
  fatalSignal = 0;
  stopped = false;
  private current: PendingWait | null = null;
  private resumeWaiters: Array<() => void> = [];
  /** Virtual CPU time consumed, in microseconds. */
  cpuMicros = 0;
  readonly exited: Promise<ExitStatus>;
  resolveExit!: (s: ExitStatus) => void;
  /** Whether the parent has collected the status (zombie until then). */
  reaped = false;
  /** Set on processes that reap their children themselves (init-like daemons). */
  autoReap = false;
  umask = 0o022;
  /** Path of the executable (/proc/PID/exe). */
  exe: string | undefined;
  oomScoreAdj = 0;
  /** Resource limits (getrlimit); fork copies them and exec keeps them. */
  rlimits: Rlimits = hostRlimits();
  /** Resident memory the program holds (charged to its memory cgroup). */
  memoryBytes = 0;
  comm: string;
  /** Process group and session, for job control and terminal signals. */
  pgid: number;
  sid: number;

  constructor(
    /** Pid in the initial pid namespace; the key of the process table. */
    readonly id: number,
    /** Pid at each level of the pid namespace chain, root first. */
    readonly pids: number[],
    public parent: Process | null,
    public creds: Credentials,
    public argv: string[],
    public env: Map<string, string>,
    public cwd: string,
    public ns: NsSet,
    /** Namespace new children are created in (pid_for_children after unshare -p). */
    public pidNsForChildren: NsSet['pid'],
    public fds: FdTable,
    readonly startTime: number,
    /** Cgroup path per hierarchy name (e.g. `memory` → `/docker/<id>`). */
    public cgroups: Map<string, string>,
  ) {
    this.comm = (argv[0] ?? '').split('/').pop()!.slice(0, 15);
    this.exited = new Promise((r) => (this.resolveExit = r));
    this.pgid = id;
    this.sid = parent ? parent.sid : id;
  }

  /** Pid as seen from inside its own pid namespace. */
  get pid(): number {
    return this.pids[this.pids.length - 1]!;
  }

  /** Pid as seen from pid namespace at `level`, or 0 if invisible there. */
  pidAt(level: number): number {
    return this.pids[level] ?? 0;
  }

  get ppid(): number {
    const p = this.parent;
    if (!p) return 0;
    return p.pidAt(this.ns.pid.level) || 0;
  }

  get alive(): boolean {
    return this.exitStatus === null;
  }

  wait<T>(start: (resolve: (v: T) => void, reject: (e: unknown) => void) => () => void, interruptible = true): Promise<T> {
    if (this.fatalSignal) return Promise.reject(new Interrupted(true));
    if (interruptible && this.pendingSignals.length > 0) return Promise.reject(new Interrupted(false));
    return new Promise<T>((resolve, reject) => {
      const prevState = this.state;
      this.state = 'S';
      const done = () => {
        this.current = null;
        if (this.state === 'S') this.state = prevState === 'S' ? 'R' : prevState;
      };
      const cancel = start(
        (v) => {
          done();
          resolve(v);
        },
        (e) => {
          done();
          reject(e);
        },
      );
      this.current = {
        cancel,
        interruptible,
        reject: (e) => {
          done();
          reject(e);
        },
      };
    });
  }

  /** Wakes a blocked call with EINTR (handled signal) or kills it (fatal signal). */
  interrupt(fatal: boolean): void {
    const w = this.current;
    if (!w || (!fatal && !w.interruptible)) return;
    w.cancel();
    w.reject(new Interrupted(fatal));
  }

  /** Called between steps: dies if a fatal signal arrived, sleeps while stopped. */
  async checkpoint(): Promise<void> {
    if (this.fatalSignal) throw new Interrupted(true);
    while (this.stopped) {
      await new Promise<void>((r) => this.resumeWaiters.push(r));
      if (this.fatalSignal) throw new Interrupted(true);
    }
  }

  /** Cheap synchronous test so hot loops only await when something happened. */
  get needsCheckpoint(): boolean {
    return this.fatalSignal !== 0 || this.stopped;
  }

  stop(): void {
    this.stopped = true;
    this.state = 'T';
  }

  resume(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.state = 'R';
    for (const r of this.resumeWaiters.splice(0)) r();
  }
}
