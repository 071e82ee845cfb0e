import type { Host } from '../host.ts';
import { statusCode } from '../kernel/proc/process.ts';
import { SIGNALS } from '../kernel/proc/signals.ts';
import { cgroupsOf } from '../kernel/cgroup/system.ts';
import { stateOf } from '../kernel/cgroup/controller.ts';
import { memory } from '../kernel/cgroup/controllers/memory.ts';
import { Container } from './container/container.ts';
import { startProcess, type StartIo } from './container/start.ts';
import { writeNetworkFiles } from './container/rootfs.ts';
import { addDnsSearchOptions } from './container/resolv.ts';
import { DaemonError, noSuchContainer } from './errors.ts';
import { EventLog } from './events.ts';
import { startHealthMonitor } from './container/health.ts';
import { rfc3339Nano } from './ids.ts';
import { ImageStore } from './image/store.ts';
import { BridgeIpam, defaultBridgePool } from './network/ipam.ts';
import { PortAllocator } from './network/port-allocator.ts';
import { publishPorts } from './container/publish.ts';
import { removeAnonymousVolumes } from './volume/release.ts';
import { daemonDns, dockerdSettings } from '../services/docker-settings.ts';
import { firstUserEndpoint, firstUserIp, forgetContainer, joinNetworks, leaveNetworks, modeNetworkEvent, releaseNetworks, writeUserNetworkFiles } from './network/attach.ts';

/**
 * The Docker engine on a host model: the image store, the containers and what happens to them.
 * CLI commands call these methods the way the real CLI calls the engine's HTTP API.
 */
export class Engine {
  readonly images = new ImageStore();
  readonly containers = new Map<string, Container>();
  /** `/name` → container id. */
  readonly names = new Map<string, string>();
  readonly events: EventLog;
  readonly bridge: BridgeIpam;
  /** Host ports published by running containers. */
  readonly ports = new PortAllocator();
  /** The engine's identity in `docker info` (a libtrust key id in 20.10). */
  readonly daemonId: string;

  /** `identity` is given when a saved engine is rebuilt (persist/): the same ids, no random draws. */
  constructor(readonly host: Host, identity?: EngineIdentity) {
    this.events = new EventLog(() => host.clock.now);
    // docker0's subnet follows daemon.json's `bip`, as dockerd read it when it started.
    this.bridge = new BridgeIpam(host.random, identity?.networkId, () => defaultBridgePool(dockerdSettings(host).bip));
    const b32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    this.daemonId = identity?.daemonId ?? Array.from({ length: 12 }, () => Array.from({ length: 4 }, () => b32[host.random.int(32)]).join('')).join(':');
  }

  now(): string {
    return rfc3339Nano(this.host.clock.now, this.host.random.int(1_000_000));
  }

  /** Containers newest first, as the engine lists them. */
  list(): Container[] {
    return [...this.containers.values()].sort((a, b) => b.createdMs - a.createdMs || b.seq - a.seq);
  }

  /** Lookup by full id, name, or unique id prefix (the engine's GetContainer). */
  find(ref: string): Container | undefined {
    const byId = this.containers.get(ref);
    if (byId) return byId;
    const byName = this.names.get(ref.startsWith('/') ? ref : `/${ref}`);
    if (byName) return this.containers.get(byName);
    if (/^[0-9a-f]+$/.test(ref)) {
      const hits = [...this.containers.values()].filter((c) => c.id.startsWith(ref));
      if (hits.length > 1) throw new DaemonError(`Multiple IDs found with provided prefix: ${ref}`, 400);
      return hits[0];
    }
    return undefined;
  }

  get(ref: string): Container {
    const c = this.find(ref);
    if (!c) throw noSuchContainer(ref);
    return c;
  }

  register(c: Container): void {
    this.containers.set(c.id, c);
    this.names.set(`/${c.name}`, c.id);
  }

  checkName(name: string): void {
    if (!/^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(name)) {
      throw new DaemonError(`Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`, 400);
    }
    const owner = this.names.get(`/${name.replace(/^\//, '')}`);
    if (owner) {
      throw new DaemonError(`Conflict. The container name "/${name.replace(/^\//, '')}" is already in use by container "${owner}". You have to remove (or rename) that container to be able to reuse that name.`, 409);
    }
  }

  async start(c: Container, io: StartIo = { stdin: null }): Promise<void> {
    if (c.state.Running) return;
    if (c.state.Status === 'removing' || c.state.Dead) throw new DaemonError(`container is marked for removal and cannot be started`, 409);
    // User networks first (network/attach.ts): a network removed since fails the start before anything else.
    joinNetworks(this, c);
    // Only the default bridge gives an address and binds ports; host, none and container:x share or lack one.
    const ip = onBridge(c) ? this.bridge.allocate(c.id) : null;
    c.endpoint = ip;
    // Ports are published through the first endpoint: the bridge's, else the first user network's.
    const outside = ip ?? firstUserEndpoint(this, c);
    if (outside) {
      try {
        c.ports = publishPorts(this.ports, c, outside.endpointId);
      } catch (e) {
        this.releaseEndpoints(c);
        if (e instanceof DaemonError) c.state.Error = e.message;
        throw e;
      }
    }
    const hostHosts = c.hostConfig.NetworkMode === 'host' ? this.hostFile('/etc/hosts') : undefined;
    writeNetworkFiles(c.init, c.config.Hostname, ip?.ip ?? firstUserIp(this, c), c.hostConfig.ExtraHosts ?? [], c.hostConfig.Dns.length ? c.hostConfig.Dns : daemonDns(this.host), hostHosts);
    addDnsSearchOptions(c.init, c.hostConfig.DnsSearch, c.hostConfig.DnsOptions);
    writeUserNetworkFiles(this, c);
    let proc;
    try {
      proc = await startProcess(this.host, this, c, io);
    } catch (e) {
      this.releaseEndpoints(c);
      if (e instanceof DaemonError) {
        c.state.Error = e.message;
        // The daemon records 128 for start failures other than runc's 126/127.
        c.state.ExitCode = e.exitCode === 125 ? 128 : e.exitCode;
        if (c.hasBeenStarted) {
          c.state.Status = 'exited';
        }
        this.events.add('container', 'die', c, { exitCode: String(e.exitCode) });
      }
      throw e;
    }
    c.proc = proc;
    c.ns = proc.ns;
    c.hasBeenStarted = true;
    c.manuallyStopped = false;
    Object.assign(c.state, { Status: 'running', Running: true, Paused: false, Restarting: false, OOMKilled: false, Dead: false, Pid: proc.id, ExitCode: 0, Error: '', StartedAt: this.now() });
    c.startedMs = this.host.clock.now;
    c.sandboxId ||= this.host.random.hex(64);
    modeNetworkEvent(this, c, 'connect');
    this.events.add('container', 'start', c);
    startHealthMonitor(this, c);
    void proc.exited.then((status) => this.onExit(c, statusCode(status)));
  }

  /**
   * Gives back what a start took: the bridge address, the host ports and the user networks'
   * addresses (after a failed start, at exit, and for a container that cannot come back after a restore).
   */
  releaseEndpoints(c: Container): void {
    this.bridge.release(c.id);
    this.ports.release(c.id);
    releaseNetworks(this, c);
    c.endpoint = null;
    c.ports = null;
  }

  /** A file of the host as the daemon reads it (empty if it is missing). */
  private hostFile(path: string): string {
    try {
      return this.host.vfs().readFile(path);
    } catch {
      return '';
    }
  }

  /** PID 1 has ended (also wired by persist/ to the PID 1 of a container brought back after a restore). */
  onExit(c: Container, code: number): void {
    const oom = this.oomKillsIn(c) > 0;
    Object.assign(c.state, { Status: 'exited', Running: false, Paused: false, Restarting: false, Pid: 0, ExitCode: code, OOMKilled: oom, FinishedAt: this.now() });
    c.finishedMs = this.host.clock.now;
    c.proc = null;
    this.removeCgroups(c);
    if (oom) this.events.add('container', 'oom', c);
    this.events.add('container', 'die', c, { exitCode: String(code) });
    modeNetworkEvent(this, c, 'disconnect');
    leaveNetworks(this, c);
    this.releaseEndpoints(c);
    if (this.shouldRestart(c, code)) {
      c.state.Restarting = true;
      c.state.Status = 'restarting';
      this.scheduleRestart(c);
      c.notifyStopped();
      return;
    }
    c.notifyStopped();
    if (c.hostConfig.AutoRemove) this.destroy(c, true);
  }

  /** The restart policy's next attempt, after the engine's doubling back-off (also re-armed by persist/). */
  scheduleRestart(c: Container): void {
    const delay = 100 * 2 ** Math.min(c.restartCount, 10);
    this.host.clock.setTimer(delay, () => {
      if (!c.state.Restarting || !this.containers.has(c.id)) return;
      c.restartCount++;
      c.state.Restarting = false;
      this.start(c).catch(() => c.notifyStopped());
    });
  }

  /** memory.oom_control's oom_kill counter of the container's cgroup. */
  private oomKillsIn(c: Container): number {
    const cg = cgroupsOf(this.host.kernel).hierarchy('memory').find(`/docker/${c.id}`);
    return cg ? stateOf(cg, memory).oomKills : 0;
  }

  private shouldRestart(c: Container, code: number): boolean {
    if (c.manuallyStopped) return false;
    const p = c.hostConfig.RestartPolicy;
    if (p.Name === 'always' || p.Name === 'unless-stopped') return true;
    if (p.Name === 'on-failure') return code !== 0 && (p.MaximumRetryCount === 0 || c.restartCount < p.MaximumRetryCount);
    return false;
  }

  private removeCgroups(c: Container): void {
    const system = cgroupsOf(this.host.kernel);
    for (const h of system.hierarchies) {
      if (h.version !== 1) continue;
      try {
        system.remove(h.key, `/docker/${c.id}`);
      } catch {
        // already gone, or a stray task still holds it
      }
    }
  }

  /** kill(2) on PID 1 from outside the container. */
  kill(c: Container, signal: number): void {
    if (!c.state.Running || !c.proc) throw new DaemonError(`Cannot kill container: ${c.name}: Container ${c.id} is not running`, 409);
    if (c.state.Paused && signal !== SIGNALS.KILL) return;
    if (signal === SIGNALS.KILL) c.manuallyStopped = true;
    this.host.kernel.signal(c.proc, signal, this.host.init);
    this.events.add('container', 'kill', c, { signal: String(signal) });
  }

  /** stop: the stop signal, `timeout` seconds of grace, then SIGKILL. */
  async stop(c: Container, timeoutSec?: number): Promise<void> {
    if (c.state.Restarting) {
      c.state.Restarting = false;
      c.manuallyStopped = true;
      c.state.Status = 'exited';
      return;
    }
    if (!c.state.Running || !c.proc) return;
    c.manuallyStopped = true;
    const sig = signalNumber(c.config.StopSignal ?? 'SIGTERM') ?? SIGNALS.TERM!;
    const timeout = timeoutSec ?? c.config.StopTimeout ?? 10;
    if (c.state.Paused) this.unpause(c);
    if (timeout !== 0) this.host.kernel.signal(c.proc, sig, this.host.init);
    const stopped = c.whenStopped();
    if (timeout >= 0) {
      const timedOut = await Promise.race([stopped.then(() => false), new Promise<boolean>((r) => this.host.clock.setTimer(timeout * 1000, () => r(true)))]);
      if (timedOut && c.proc) this.host.kernel.signal(c.proc, SIGNALS.KILL!, this.host.init);
    }
    await c.whenStopped();
    this.events.add('container', 'stop', c);
  }

  pause(c: Container): void {
    if (!c.state.Running) throw new DaemonError(`Container ${c.id} is not running`, 409);
    if (c.state.Paused) throw new DaemonError(`Container ${c.id} is already paused`, 409);
    cgroupsOf(this.host.kernel).write('freezer', `/docker/${c.id}`, 'freezer.state', 'FROZEN');
    c.state.Paused = true;
    c.state.Status = 'paused';
    this.events.add('container', 'pause', c);
  }

  unpause(c: Container): void {
    if (!c.state.Paused) throw new DaemonError(`Container ${c.id} is not paused`, 409);
    cgroupsOf(this.host.kernel).write('freezer', `/docker/${c.id}`, 'freezer.state', 'THAWED');
    c.state.Paused = false;
    c.state.Status = 'running';
    this.events.add('container', 'unpause', c);
  }

  async remove(c: Container, force: boolean, removeVolumes = false): Promise<void> {
    if (c.state.Running && !force) {
      const what = c.state.Paused ? 'paused' : 'running';
      throw new DaemonError(`You cannot remove a ${what} container ${c.id}. ${c.state.Paused ? 'Unpause and then stop' : 'Stop'} the container before attempting removal or force remove`, 409);
    }
    if (c.state.Running && c.proc) {
      c.manuallyStopped = true;
      c.hostConfig.AutoRemove = false;
      if (c.state.Paused) this.unpause(c);
      this.host.kernel.signal(c.proc, SIGNALS.KILL!, this.host.init);
      await c.whenStopped();
    }
    c.state.Restarting = false;
    this.destroy(c, removeVolumes);
  }

  private destroy(c: Container, removeVolumes = false): void {
    if (!this.containers.has(c.id)) return;
    this.containers.delete(c.id);
    this.names.delete(`/${c.name}`);
    if (removeVolumes) removeAnonymousVolumes(this, c);
    forgetContainer(this, c);
    c.state.Status = 'removing';
    this.events.add('container', 'destroy', c);
    c.notifyStopped();
    for (const w of c.removedWaiters.splice(0)) w();
  }

  rename(c: Container, newName: string): void {
    const name = newName.replace(/^\//, '');
    if (!/^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(newName)) throw new DaemonError(`Error when allocating new name: Invalid container name (${newName.startsWith('/') ? newName : `/${newName}`}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`, 400);
    if (name === c.name) throw new DaemonError(`Renaming a container with the same name as its current name`, 400);
    const owner = this.names.get(`/${name}`);
    if (owner) throw new DaemonError(`Error when allocating new name: Conflict. The container name "/${name}" is already in use by container "${owner}". You have to remove (or rename) that container to be able to reuse that name.`, 409);
    this.names.delete(`/${c.name}`);
    c.name = name;
    this.names.set(`/${name}`, c.id);
    this.events.add('container', 'rename', c);
  }
}

/** The engine's own ids, kept across a save and restore of the host. */
export interface EngineIdentity {
  daemonId: string;
  networkId: string;
}

export function signalNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const name = text.toUpperCase().replace(/^SIG/, '');
  return SIGNALS[name];
}

/** Joins the default bridge (gets an address and may publish ports): not host, none or container:x. */
function onBridge(c: Container): boolean {
  const mode = c.hostConfig.NetworkMode;
  return mode === 'default' || mode === 'bridge' || mode === '';
}
