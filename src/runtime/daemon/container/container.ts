import type { PortMap } from './publish.ts';
import type { MemFs } from '../../kernel/fs/memfs.ts';
import type { OverlayFs } from '../../kernel/fs/overlayfs.ts';
import type { NsSet } from '../../kernel/ns/set.ts';
import type { Process } from '../../kernel/proc/process.ts';
import type { OutStream } from '../../kernel/stream.ts';
import type { Image } from '../image/image.ts';
import { ZERO_TIME } from '../ids.ts';
import type { ContainerConfig, HostConfig } from './config.ts';
import { LogBuffer } from './logs.ts';

export type Status = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

export interface State {
  Status: Status;
  Running: boolean;
  Paused: boolean;
  Restarting: boolean;
  OOMKilled: boolean;
  Dead: boolean;
  Pid: number;
  ExitCode: number;
  Error: string;
  StartedAt: string;
  FinishedAt: string;
}

export interface BridgeEndpoint {
  ip: string;
  mac: string;
  endpointId: string;
  networkId: string;
}

/** One container: its configuration, state machine, filesystem and (while running) its processes. */
export class Container {
  name: string;
  readonly state: State = {
    Status: 'created', Running: false, Paused: false, Restarting: false, OOMKilled: false, Dead: false,
    Pid: 0, ExitCode: 0, Error: '', StartedAt: ZERO_TIME, FinishedAt: ZERO_TIME,
  };
  restartCount = 0;
  /** Virtual ms of creation, start and finish (for ages in ps). */
  createdMs: number;
  startedMs = 0;
  finishedMs = 0;
  readonly logs: LogBuffer;
  /** PID 1 while running. */
  proc: Process | null = null;
  ns: NsSet | null = null;
  /** Set by `docker stop`/`kill`/`rm -f`: restart policies do not bring it back. */
  manuallyStopped = false;
  hasBeenStarted = false;
  endpoint: BridgeEndpoint | null = null;
  /** Host ports bound while running (NetworkSettings.Ports); null when stopped. */
  ports: PortMap | null = null;
  sandboxId = '';
  /** Resolves whenever the container leaves the running state (wait, stop, attach). */
  private exitWaiters: Array<() => void> = [];
  execIds: string[] = [];
  /** The engine's end of an `-i` container's stdin while nobody is attached (attach writes here). */
  stdinWriter: OutStream | null = null;
  /** Creation order, to sort containers created in the same virtual millisecond. */
  seq = 0;
  readonly removedWaiters: Array<() => void> = [];

  constructor(
    readonly id: string,
    name: string,
    readonly created: string,
    createdMs: number,
    readonly path: string,
    readonly args: string[],
    readonly config: ContainerConfig,
    readonly hostConfig: HostConfig,
    readonly image: Image,
    /** The container's own writable layer and its init layer (hosts, hostname, resolv.conf). */
    readonly upper: MemFs,
    readonly init: MemFs,
    readonly rootfs: OverlayFs,
    readonly layerId: string,
    now: () => number,
  ) {
    this.name = name;
    this.createdMs = createdMs;
    this.logs = new LogBuffer(now);
  }

  get shortId(): string {
    return this.id.slice(0, 12);
  }

  get running(): boolean {
    return this.state.Running;
  }

  /** Resolves when the container is next not running (at once if it is not). */
  whenStopped(): Promise<void> {
    if (!this.state.Running && !this.state.Restarting) return Promise.resolve();
    return new Promise((r) => this.exitWaiters.push(r));
  }

  notifyStopped(): void {
    for (const w of this.exitWaiters.splice(0)) w();
    this.logs.poke();
  }
}
