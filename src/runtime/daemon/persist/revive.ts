import { cgroupsOf } from '../../kernel/cgroup/system.ts';
import { type Process, statusCode } from '../../kernel/proc/process.ts';
import type { Container } from '../container/container.ts';
import { startProcess } from '../container/start.ts';
import type { Engine } from '../engine.ts';
import { DaemonError } from '../errors.ts';

/**
 * After a restore, what was running runs again. Saving the host is the lab's own business, not a
 * daemon restart the student asked for, so unlike dockerd (live-restore off) the engine brings
 * every `Up` container back: same id, name, StartedAt, address and restart count, no `start`
 * event. What cannot be kept: PID 1 is a new process running the same command from its start
 * (fresh memory and timers, new namespace inodes, STIME in ps/top; output that repeats the first
 * run's is not logged again, see expectReplay), `docker exec` processes are gone, and
 * --tmpfs mounts are empty again. Paused containers come back frozen; a pending restart of a
 * restart policy is armed again with its full back-off delay.
 */
export function reviveContainers(engine: Engine, nsPidCounters: ReadonlyMap<string, number>): void {
  // Creation order: a container that joins another's namespaces (--pid container:x) comes after it.
  const order = [...engine.containers.values()].sort((a, b) => a.seq - b.seq);
  for (const c of order) {
    if (c.state.Restarting) engine.scheduleRestart(c);
    else if (c.state.Running) revive(engine, c, nsPidCounters.get(c.id));
  }
}

/**
 * The normal start path (cgroups, limits, namespaces, mounts, user, exec of Path/Args) without
 * what Engine.start adds for a new start: a new StartedAt, events, a new address (the saved one
 * is reserved) and rewritten network files (the init layer was restored with them).
 */
function revive(engine: Engine, c: Container, nsPidCounter: number | undefined): void {
  const k = engine.host.kernel;
  expectReplay(c);
  // The host pid it had, unless something else took it since the host came up.
  if (c.state.Pid > 0) engine.host.rootNs.pid.counter = c.state.Pid;
  const before = k.lastPid;
  const starting = startProcess(engine.host, engine, c, { stdin: null });
  // PID 1 is spawned before startProcess first waits; taking it now keeps the container
  // stoppable from the first command on, without making the restore asynchronous.
  const spawned = k.lastPid !== before ? k.procs.get(k.lastPid) : undefined;
  const pid1 = spawned && [...spawned.cgroups.values()].includes(`/docker/${c.id}`) ? spawned : undefined;
  if (pid1) adopt(engine, c, pid1, nsPidCounter);
  starting.then(
    (proc) => {
      if (!pid1) adopt(engine, c, proc, nsPidCounter);
    },
    (e: unknown) => {
      // Whatever stopped the start (runc's text, or e.g. EAGAIN from a full pid table) is the
      // container's State.Error, as the daemon records a failed start at boot.
      const err = e instanceof DaemonError ? e : new DaemonError(e instanceof Error ? e.message : String(e));
      c.state.Error = err.message;
      // A PID 1 that was adopted ends by itself (runc's 126/127) and onExit records it.
      if (!pid1) startFailed(engine, c, err);
    },
  );
}

/** Output in the first second of a run is startup output: it may differ in digits only (times, pids). */
const STARTUP_MS = 1000;
const digitless = (line: string): string => line.replace(/\d+/g, '0');

/**
 * What this run of PID 1 has logged so far, it logs again from its start: not twice. Startup
 * banners (nginx's timestamped notices) match digits aside; later lines must be the same, so a
 * program whose output moves on (a clock, a counter) shows its new lines at once.
 */
function expectReplay(c: Container): void {
  const start = c.startedMs;
  const entries = c.logs.entries.filter((e) => e.time >= start);
  c.logs.expectReplay(entries, (was, stream, line) =>
    was.stream === stream && (was.data === line || (was.time < start + STARTUP_MS && digitless(was.data) === digitless(line))));
}

function adopt(engine: Engine, c: Container, proc: Process, nsPidCounter: number | undefined): void {
  c.proc = proc;
  c.ns = proc.ns;
  c.state.Pid = proc.id;
  const ownPids = proc.ns.pid;
  if (nsPidCounter !== undefined && ownPids !== engine.host.rootNs.pid) ownPids.counter = Math.max(ownPids.counter, nsPidCounter);
  if (c.state.Paused) cgroupsOf(engine.host.kernel).write('freezer', `/docker/${c.id}`, 'freezer.state', 'FROZEN');
  void proc.exited.then((status) => {
    c.logs.expectReplay([], () => false);
    engine.onExit(c, statusCode(status));
  });
}

/** As Engine.start records a failed start: exited, 128 unless runc said 126/127, address released. */
function startFailed(engine: Engine, c: Container, e: DaemonError): void {
  Object.assign(c.state, { Status: 'exited', Running: false, Paused: false, Pid: 0, ExitCode: e.exitCode === 125 ? 128 : e.exitCode, FinishedAt: engine.now() });
  c.finishedMs = engine.host.clock.now;
  engine.releaseEndpoints(c);
  engine.events.add('container', 'die', c, { exitCode: String(e.exitCode) });
  c.notifyStopped();
}
