import type { Process } from '../kernel/proc/process.ts';
import { dockerd } from './dockerd.ts';
import type { ServiceManager } from './manager.ts';
import type { UnitRuntime } from './unit-state.ts';

/**
 * What a modelled daemon does between exec and READY (and on SIGTERM). Resource figures are the
 * model's accounting of the daemon (systemctl status shows them): CPU spent starting, resident
 * memory, threads.
 */
export interface Behaviour {
  /** Null once ready; otherwise the exit status the daemon dies with before becoming ready. */
  ready(m: ServiceManager, u: UnitRuntime, proc: Process): number | null;
  /** Work after READY that may wait (dockerd restarting containers). */
  afterReady?(m: ServiceManager, u: UnitRuntime): Promise<void>;
  shutdown?(m: ServiceManager, u: UnitRuntime, proc: Process): Promise<void>;
  /** After systemd has marked the unit started. */
  started?(m: ServiceManager, u: UnitRuntime, proc: Process): void;
  /** SIGHUP from ExecReload. */
  reload?(m: ServiceManager, u: UnitRuntime, proc: Process): void;
  cpuMs: number;
  memoryBytes: number;
  tasks: number;
}

/** A daemon that logs a few lines under its own name when it starts. */
function simple(ident: string, lines: (m: ServiceManager) => string[], cpuMs: number, memoryBytes: number, tasks: number): Behaviour {
  return {
    cpuMs, memoryBytes, tasks,
    ready(m, u, proc) {
      for (const line of lines(m)) m.log(u.name, ident, proc.id, line);
      return null;
    },
  };
}

const iso = (m: ServiceManager) => new Date(Math.floor(m.now())).toISOString().slice(0, 19);

const BEHAVIOURS: Record<string, Behaviour> = {
  'docker.service': dockerd,
  'containerd.service': simple('containerd', (m) => [
    `time="${iso(m)}.412853201Z" level=info msg="starting containerd" revision=1.6.20~ds1-1+deb12u3 version=1.6.20~ds1`,
    `time="${iso(m)}.448903377Z" level=info msg=serving... address=/run/containerd/containerd.sock`,
    `time="${iso(m)}.449034671Z" level=info msg="containerd successfully booted in 0.036512s"`,
  ], 96, 24_805_376, 10),
  'ssh.service': simple('sshd', () => ['Server listening on 0.0.0.0 port 22.', 'Server listening on :: port 22.'], 21, 3_252_224, 1),
  'cron.service': simple('cron', () => ['(CRON) INFO (pidfile fd = 3)', '(CRON) INFO (Running @reboot jobs)'], 4, 466_944, 1),
};

export function behaviourOf(unit: string): Behaviour | undefined {
  return BEHAVIOURS[unit];
}
