import type { Process } from '../kernel/proc/process.ts';
import type { MainProcess } from './main-process.ts';
import type { UnitConfig } from './unit-config.ts';
import type { UnitSource } from './unit-store.ts';

export type ActiveState = 'active' | 'inactive' | 'failed' | 'activating' | 'deactivating';

/** How a main process ended, as `systemctl status` and the journal word it. */
export interface ExitRecord {
  pid: number;
  /** `code=exited, status=1/FAILURE` or `code=killed, status=9/KILL`. */
  text: string;
  /** The ExecStart line that ran. */
  command: string;
}

/** One loaded unit and what the manager knows of it at run time. */
export interface UnitRuntime {
  name: string;
  kind: 'service' | 'socket';
  /** Texts as loaded at boot or the last daemon-reload (changed files warn until reloaded). */
  source: UnitSource;
  config: UnitConfig;
  active: ActiveState;
  /** running, dead, listening, auto-restart, failed, exited. */
  sub: string;
  /** success, exit-code, signal, start-limit-hit, service-start-limit-hit. */
  result: string;
  /** When the unit entered its current state (virtual ms). */
  since: number;
  proc: Process | null;
  main: MainProcess | null;
  lastExit: ExitRecord | null;
  /** ExecStartPre= commands of the last start, as status lists them. */
  preRuns: ExitRecord[];
  /** Start attempts within StartLimitIntervalSec (virtual ms). */
  starts: number[];
  cancelRestart: (() => void) | null;
  /** Automatic restarts since the last manual start (systemd's restart counter). */
  restartCount: number;
  cpuMs: number;
  /** A main process whose exit the manager already reported (a daemon that died before READY). */
  expectedExit: Process | null;
  /** The manager is stopping it on purpose (its exit is not a failure). */
  stopping: boolean;
}

export function newRuntime(name: string, source: UnitSource, config: UnitConfig, now: number): UnitRuntime {
  return {
    name, kind: name.endsWith('.socket') ? 'socket' : 'service', source, config,
    active: 'inactive', sub: 'dead', result: 'success', since: now, proc: null, main: null, lastExit: null, preRuns: [],
    starts: [], cancelRestart: null, restartCount: 0, cpuMs: 0, stopping: false, expectedExit: null,
  };
}

const SIGNAL_NAMES: Record<number, string> = { 1: 'HUP', 2: 'INT', 3: 'QUIT', 6: 'ABRT', 9: 'KILL', 11: 'SEGV', 13: 'PIPE', 15: 'TERM' };
const EXIT_NAMES: Record<number, string> = { 0: 'SUCCESS', 1: 'FAILURE', 2: 'INVALIDARGUMENT', 3: 'NOTIMPLEMENTED', 4: 'NOPERMISSION', 5: 'NOTINSTALLED', 6: 'NOTCONFIGURED', 7: 'NOTRUNNING', 203: 'EXEC' };

/** `code=exited, status=1/FAILURE` / `code=killed, status=15/TERM`. */
export function exitText(status: { code?: number; signal?: number }): string {
  if (status.signal !== undefined) return `code=killed, status=${status.signal}/${SIGNAL_NAMES[status.signal] ?? status.signal}`;
  const code = status.code ?? 0;
  return `code=exited, status=${code}${EXIT_NAMES[code] ? `/${EXIT_NAMES[code]}` : ''}`;
}
