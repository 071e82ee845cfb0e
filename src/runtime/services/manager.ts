import type { Host } from '../host.ts';
import type { Vfs } from '../kernel/fs/vfs.ts';
import type { ExitStatus, Process } from '../kernel/proc/process.ts';
import { behaviourOf } from './behaviours.ts';
import { Journal, type CatalogRef } from './journal.ts';
import { runPreCommands, spawnMain } from './main-process.ts';
import { parseUnit } from './unit-config.ts';
import { exitText, newRuntime, type UnitRuntime } from './unit-state.ts';
import { findUnit, unitName } from './unit-store.ts';

/** Why a start job failed, which decides systemctl's `Job for ... failed because ...` text. */
export type StartOutcome = 'done' | 'failed' | 'not-found';

/**
 * The host's service manager (systemd, PID 1): loaded units, their states, the jobs that change
 * them and the journal. Units come from the unit files on disk; behaviours (behaviours.ts) say
 * what a unit's main process does when it starts and stops (dockerd drives the Docker engine).
 */
export class ServiceManager {
  readonly units = new Map<string, UnitRuntime>();
  readonly journal = new Journal();
  nextJob = 1200;

  constructor(readonly host: Host) {}

  vfs(): Vfs {
    return this.host.vfs();
  }

  now(): number {
    return this.host.clock.now;
  }

  /** A loaded unit, loading it from disk on first reference as systemd does. */
  unit(arg: string): UnitRuntime | undefined {
    const name = unitName(arg);
    const hit = this.units.get(name) ?? [...this.units.values()].find((u) => u.config.aliases.includes(name));
    if (hit) return hit;
    const found = findUnit(this.vfs(), name);
    if (!found) return undefined;
    const existing = this.units.get(found.name);
    if (existing) return existing;
    const u = newRuntime(found.name, found.source, parseUnit(found.source.texts), this.now());
    this.units.set(found.name, u);
    return u;
  }

  /** True when the unit's files on disk differ from what was loaded (systemctl warns then). */
  needsReload(u: UnitRuntime): boolean {
    const now = findUnit(this.vfs(), u.name);
    if (!now) return true;
    return now.source.texts.join('\0') !== u.source.texts.join('\0') || now.source.fragment !== u.source.fragment;
  }

  daemonReload(): void {
    this.log(null, 'systemd', 1, 'Reloading.');
    for (const u of [...this.units.values()]) {
      const found = findUnit(this.vfs(), u.name);
      if (!found) continue;
      u.source = found.source;
      u.config = parseUnit(found.source.texts);
    }
  }

  log(unit: string | null, ident: string, pid: number, message: string, catalog?: CatalogRef): void {
    this.journal.add({ time: this.now(), hostname: this.host.rootNs.uts.hostname, ident, pid, unit, message, catalog });
  }

  /** A message of systemd (PID 1) about `u`, with the catalog entry journalctl -x shows. */
  sys(u: UnitRuntime, message: string, catalog?: CatalogRef['kind'], status?: string): void {
    this.log(u.name, 'systemd', 1, message, catalog ? { kind: catalog, unit: u.name, jobId: this.nextJob, status } : undefined);
  }

  /** What systemd calls a unit in its messages: the Description, or the name without one. */
  title(u: UnitRuntime): string {
    return u.config.description || u.name;
  }

  private setState(u: UnitRuntime, active: UnitRuntime['active'], sub: string): void {
    u.active = active;
    u.sub = sub;
    u.since = this.now();
  }

  /** Units whose Requires= names `u` (stopping `u` stops them first). */
  private dependents(u: UnitRuntime): UnitRuntime[] {
    return [...this.units.values()].filter((d) => d !== u && d.config.requires.includes(u.name));
  }

  /** Active, or started and finishing its start-up (not waiting to be restarted). */
  private upOrComing(u: UnitRuntime): boolean {
    return u.active === 'active' || (u.active === 'activating' && u.sub === 'start');
  }

  async start(arg: string, manual = true): Promise<StartOutcome> {
    const u = this.unit(arg);
    if (!u) return 'not-found';
    return this.startUnit(u, manual);
  }

  /** A start job: dependencies, the main process, then the daemon's own start-up work. */
  async startUnit(u: UnitRuntime, manual = true): Promise<StartOutcome> {
    const pending: UnitRuntime[] = [];
    const r = this.startSync(u, manual, pending);
    for (const p of pending) await this.finishStart(p);
    return r;
  }

  /** READY=1 after the daemon's start-up work: the unit is active. */
  async finishStart(u: UnitRuntime): Promise<void> {
    const b = behaviourOf(u.name);
    await b?.afterReady?.(this, u);
    if (u.active !== 'activating' || !u.proc) return;
    this.setState(u, 'active', 'running');
    this.sys(u, `Started ${this.title(u)}.`, 'start-ok');
    if (u.proc) b?.started?.(this, u, u.proc);
  }

  /**
   * The synchronous part of starting (also what boot runs): Requires=/Wants= first, the start
   * rate limit, ExecStart. `pending` collects the services finishStart must complete.
   */
  startSync(u: UnitRuntime, manual: boolean, pending: UnitRuntime[] = []): StartOutcome {
    this.nextJob++;
    if (this.upOrComing(u)) return 'done';
    for (const dep of [...u.config.requires, ...u.config.wants]) {
      const d = this.unit(dep);
      if (d && !this.upOrComing(d)) {
        const r = this.startSync(d, manual, pending);
        if (r !== 'done' && u.config.requires.includes(dep)) return 'failed';
      }
    }
    u.cancelRestart?.();
    u.cancelRestart = null;
    if (manual) u.restartCount = 0;
    if (u.kind === 'socket') {
      this.sys(u, `Starting ${this.title(u)}...`, 'start-begin');
      this.setState(u, 'active', 'listening');
      u.result = 'success';
      this.sys(u, `Listening on ${this.title(u)}.`, 'start-ok');
      return 'done';
    }
    u.starts = u.starts.filter((t) => this.now() - t < u.config.startLimitIntervalMs);
    if (u.starts.length >= u.config.startLimitBurst) {
      this.sys(u, `${u.name}: Start request repeated too quickly.`);
      if (u.result === 'success') u.result = 'start-limit-hit';
      this.enterFailed(u);
      for (const s of [...this.units.values()].filter((s) => s.kind === 'socket' && s.active === 'active' && u.config.requires.includes(s.name))) {
        this.sys(s, `${s.name}: Failed with result 'service-start-limit-hit'.`);
        s.result = 'service-start-limit-hit';
        this.setState(s, 'failed', 'failed');
      }
      return 'failed';
    }
    u.starts.push(this.now());
    u.result = 'success';
    this.setState(u, 'activating', 'start');
    this.sys(u, `Starting ${this.title(u)}...`, 'start-begin');
    const behaviour = behaviourOf(u.name);
    runPreCommands(this, u);
    const main = spawnMain(this, u);
    if (!main) return this.failStart(u, { code: 203 });
    u.cpuMs = behaviour?.cpuMs ?? 0;
    const failure = behaviour ? behaviour.ready(this, u, main.proc) : null;
    if (failure !== null) {
      // The daemon exits before READY=1; the manager reports it now, not when the exit lands.
      u.expectedExit = main.proc;
      u.lastExit = { pid: main.proc.id, text: exitText({ code: failure }), command: (u.config.execStart.at(-1) ?? '').replace(/^[-@+!:]+/, '') };
      void main.exitWith(failure);
      return this.failStart(u, { code: failure });
    }
    pending.push(u);
    return 'done';
  }

  private failStart(u: UnitRuntime, status: { code?: number; signal?: number }): StartOutcome {
    this.sys(u, `${u.name}: Main process exited, ${exitText(status)}`, status.signal === undefined ? 'exited' : undefined, String(status.code));
    u.result = status.signal !== undefined ? 'signal' : 'exit-code';
    this.sys(u, `${u.name}: Failed with result '${u.result}'.`);
    this.sys(u, `Failed to start ${this.title(u)}.`, 'start-failed');
    this.scheduleRestartOrFail(u);
    return 'failed';
  }

  private enterFailed(u: UnitRuntime): void {
    this.sys(u, `${u.name}: Failed with result '${u.result}'.`);
    this.sys(u, `Failed to start ${this.title(u)}.`, 'start-failed');
    this.setState(u, 'failed', 'failed');
  }

  private scheduleRestartOrFail(u: UnitRuntime): void {
    const policy = u.config.restart;
    const restart = policy === 'always' || (policy === 'on-failure' && u.result !== 'success');
    if (!restart) {
      this.setState(u, 'failed', 'failed');
      return;
    }
    this.setState(u, 'activating', 'auto-restart');
    u.cancelRestart = this.host.clock.setTimer(u.config.restartSec, () => {
      u.cancelRestart = null;
      if (u.sub !== 'auto-restart') return;
      u.restartCount++;
      this.sys(u, `${u.name}: Scheduled restart job, restart counter is at ${u.restartCount}.`);
      this.sys(u, `Stopped ${this.title(u)}.`, 'stop-done');
      void this.startUnit(u, false);
    });
  }

  /** The main process ended: a stop we asked for, a failed start, or a crash. */
  onMainExit(u: UnitRuntime, proc: Process, status: ExitStatus): void {
    const s = 'signal' in status ? { signal: status.signal } : { code: status.code };
    u.lastExit = { pid: proc.id, text: exitText(s), command: (u.config.execStart.at(-1) ?? '').replace(/^[-@+!:]+/, '') };
    if (u.proc === proc) u.proc = null;
    if (u.expectedExit === proc) {
      u.expectedExit = null;
      return;
    }
    if (u.stopping) return;
    if (u.active === 'activating' && !(s.code === 0 && !behaviourOf(u.name))) {
      this.failStart(u, s);
      return;
    }
    if (u.active === 'activating') {
      // A plain program (Type=simple) that was done before systemd got to mark it started.
      this.setState(u, 'active', 'running');
      this.sys(u, `Started ${this.title(u)}.`, 'start-ok');
    }
    if (u.active !== 'active') return;
    const clean = s.code === 0;
    if (!clean) this.sys(u, `${u.name}: Main process exited, ${exitText(s)}`);
    u.result = clean ? 'success' : s.signal !== undefined ? 'signal' : 'exit-code';
    if (clean && u.config.restart !== 'always') {
      this.sys(u, `${u.name}: Deactivated successfully.`);
      this.setState(u, 'inactive', 'dead');
      return;
    }
    if (!clean) this.sys(u, `${u.name}: Failed with result '${u.result}'.`);
    this.scheduleRestartOrFail(u);
  }

  async stop(arg: string): Promise<'done' | 'not-loaded'> {
    const u = this.unit(arg);
    if (!u) return 'not-loaded';
    await this.stopUnit(u);
    return 'done';
  }

  async stopUnit(u: UnitRuntime): Promise<void> {
    this.nextJob++;
    for (const d of this.dependents(u)) if (d.active === 'active' || d.sub === 'auto-restart') await this.stopUnit(d);
    if (u.sub === 'auto-restart') {
      u.cancelRestart?.();
      u.cancelRestart = null;
      this.setState(u, 'failed', 'failed');
      return;
    }
    if (u.active !== 'active') return;
    if (u.kind === 'socket') {
      this.sys(u, `${u.name}: Deactivated successfully.`);
      this.sys(u, `Closed ${this.title(u)}.`, 'stop-done');
      this.setState(u, 'inactive', 'dead');
      return;
    }
    this.setState(u, 'deactivating', 'stop-sigterm');
    this.sys(u, `Stopping ${this.title(u)}...`, 'stop-begin');
    const main = u.proc ? u.main : null;
    if (main) {
      u.stopping = true;
      try {
        await behaviourOf(u.name)?.shutdown?.(this, u, main.proc);
        await main.exitWith(0);
      } finally {
        u.stopping = false;
      }
    }
    u.result = 'success';
    this.sys(u, `${u.name}: Deactivated successfully.`);
    this.sys(u, `Stopped ${this.title(u)}.`, 'stop-done');
    this.setState(u, 'inactive', 'dead');
  }

  async restart(arg: string): Promise<StartOutcome> {
    const u = this.unit(arg);
    if (!u) return 'not-found';
    await this.stopUnit(u);
    return this.startUnit(u);
  }

  resetFailed(u: UnitRuntime): void {
    u.starts = [];
    if (u.active === 'failed') this.setState(u, 'inactive', 'dead');
    u.result = 'success';
  }
}
