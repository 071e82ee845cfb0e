import { FdTable } from '../kernel/proc/fd-table.ts';
import type { Process } from '../kernel/proc/process.ts';
import { SIGNALS } from '../kernel/proc/signals.ts';
import { cgroupsOf } from '../kernel/cgroup/system.ts';
import { behaviourOf } from './behaviours.ts';
import type { ServiceManager } from './manager.ts';
import { execArgv } from './unit-config.ts';
import type { UnitRuntime } from './unit-state.ts';

/** A unit's main process and how the manager ends it. */
export interface MainProcess {
  proc: Process;
  /** Makes the process exit (a modelled daemon exits with `code`; a program gets SIGTERM). */
  exitWith(code: number): Promise<void>;
}

/** cgroup v1 hierarchies systemd accounts services in on Ubuntu 22.04 (hybrid layout). */
const SERVICE_HIERARCHIES = ['name=systemd', '', 'pids', 'memory', 'devices', 'blkio', 'cpu,cpuacct'];

function serviceCgroups(m: ServiceManager, unit: string): Map<string, string> {
  const path = `/system.slice/${unit}`;
  const system = cgroupsOf(m.host.kernel);
  const out = new Map<string, string>();
  for (const key of SERVICE_HIERARCHIES) {
    if (!system.byKey(key)) continue;
    system.ensure(key, path);
    out.set(key, path);
  }
  return out;
}

/**
 * ExecStartPre= commands: short-lived processes before the main one (modprobe overlay, sshd -t).
 * They take their pids, as on a real boot; the model treats them as succeeding.
 */
export function runPreCommands(m: ServiceManager, u: UnitRuntime): void {
  u.preRuns = [];
  for (const line of u.config.execStartPre) {
    const argv = execArgv(line, new Map());
    if (argv.length === 0) continue;
    const proc = m.host.kernel.spawn(m.host.init, { argv, cwd: '/', fds: new FdTable(), main: async () => 0 });
    u.preRuns.push({ pid: proc.id, text: 'code=exited, status=0/SUCCESS', command: line.replace(/^[-@+!:]+/, '') });
  }
}

/**
 * Starts ExecStart as a child of PID 1 in the unit's cgroup. Modelled daemons (dockerd,
 * containerd, sshd, cron) are processes that wait until the manager ends them; any other
 * unit runs its command as a model program. Null when the command cannot be executed.
 */
export function spawnMain(m: ServiceManager, u: UnitRuntime): MainProcess | null {
  const host = m.host;
  const argv = execArgv(u.config.execStart.at(-1) ?? '', new Map());
  if (argv.length === 0) return null;
  const cgroups = serviceCgroups(m, u.name);
  let proc: Process;
  // A modelled daemon's exit code, possibly asked for before its main has begun to wait.
  const gate: { resolve: ((code: number) => void) | null; pending: number | null } = { resolve: null, pending: null };
  const modelled = behaviourOf(u.name) !== undefined;
  if (modelled) {
    proc = host.kernel.spawn(host.init, {
      argv, cwd: '/', fds: new FdTable(), cgroups,
      main: (p) => p.wait<number>((resolve) => {
        if (gate.pending !== null) resolve(gate.pending);
        else gate.resolve = resolve;
        return () => {};
      }, false),
    });
    proc.exe = argv[0];
  } else {
    const r = host.execvp(host.init, argv, new Map(host.init.env), new FdTable());
    if ('error' in r) return null;
    proc = r;
    for (const [k, path] of cgroups) cgroupsOf(host.kernel).attach(k, path, proc);
  }
  u.proc = proc;
  void proc.exited.then((status) => m.onMainExit(u, proc, status));
  const main: MainProcess = {
    proc,
    async exitWith(code: number) {
      if (!modelled) host.kernel.signal(proc, SIGNALS.TERM!, null);
      else if (gate.resolve) gate.resolve(code);
      else gate.pending = code;
      await proc.exited;
    },
  };
  u.main = main;
  return main;
}
