/**
 * HEALTHCHECK at run time (moby daemon/health.go): while the container runs, the test is exec'd
 * every Interval (default 30s) with a Timeout (default 30s); exit 0 makes it `healthy`, and
 * Retries (default 3) failures in a row `unhealthy`, except failures inside the StartPeriod
 * while it is still `starting`. State.Health keeps the last five probes (output cut at 4 KiB).
 */
import { FdTable, OpenFile } from '../../kernel/proc/fd-table.ts';
import { statusCode } from '../../kernel/proc/process.ts';
import { NullIn } from '../../kernel/stream.ts';
import type { Engine } from '../engine.ts';
import { DaemonError } from '../errors.ts';
import type { Container } from './container.ts';
import { startExec } from './exec-process.ts';
import { processEnv } from './start.ts';
import { resolveUser } from './user.ts';
import { daemonVfs } from './view.ts';

export interface HealthLog {
  Start: string;
  End: string;
  ExitCode: number;
  Output: string;
}

export interface HealthState {
  Status: 'starting' | 'healthy' | 'unhealthy';
  FailingStreak: number;
  Log: HealthLog[];
}

interface HealthConfig {
  Test: string[];
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  Retries?: number;
}

const NS_PER_MS = 1e6;
const DEFAULT_MS = 30_000;
const MAX_LOG = 5;
const MAX_OUTPUT = 4096;

/** Arms the probes for a container that has just started (no-op without a healthcheck or with NONE). */
export function startHealthMonitor(engine: Engine, c: Container): void {
  const hc = c.config.Healthcheck as HealthConfig | undefined;
  if (!hc || !hc.Test.length || hc.Test[0] === 'NONE') return;
  const state = c.state as { Health?: HealthState };
  state.Health = { Status: 'starting', FailingStreak: 0, Log: state.Health?.Log ?? [] };
  const startedMs = engine.host.clock.now;
  const started = c.startedMs;
  const interval = hc.Interval ? hc.Interval / NS_PER_MS : DEFAULT_MS;
  const tick = () => {
    // A restart arms a new monitor; this one ends with the run it belonged to.
    if (!c.state.Running || c.startedMs !== started || !engine.containers.has(c.id)) return;
    void probe(engine, c, hc, startedMs).finally(() => engine.host.clock.setTimer(interval, tick));
  };
  engine.host.clock.setTimer(interval, tick);
}

async function probe(engine: Engine, c: Container, hc: HealthConfig, startedMs: number): Promise<void> {
  if (c.state.Paused) return;
  const host = engine.host;
  const argv = hc.Test[0] === 'CMD-SHELL' ? ['/bin/sh', '-c', hc.Test[1] ?? ''] : hc.Test.slice(1);
  const start = engine.now();
  let output = '';
  const sink = { write: async (_w: unknown, d: string) => void (output += d), close: () => {} };
  const fds = new FdTable();
  fds.set(0, new OpenFile(new NullIn(), null, '/dev/null'));
  fds.set(1, new OpenFile(null, sink, 'pipe:[health]'));
  fds.set(2, new OpenFile(null, sink, 'pipe:[health]'));
  let code: number;
  try {
    const user = resolveUser(daemonVfs(host, c.ns!), c.config.User);
    const env = processEnv({ Env: c.config.Env }, c.config.Hostname, user.home);
    const r = await startExec(host, c, { argv, env, cwd: c.config.WorkingDir || '/', creds: user.creds, fds });
    if ('failure' in r) {
      output = `OCI runtime exec failed: exec failed: unable to start container process: ${r.failure.message}: unknown`;
      code = -1;
    } else {
      const timeoutMs = hc.Timeout ? hc.Timeout / NS_PER_MS : DEFAULT_MS;
      const timedOut = await Promise.race([r.proc.exited.then(() => false), new Promise<boolean>((res) => host.clock.setTimer(timeoutMs, () => res(true)))]);
      if (timedOut) {
        output = `Health check exceeded timeout (${timeoutMs / 1000}s)`;
        code = -1;
      } else code = statusCode(await r.proc.exited);
    }
  } catch (e) {
    if (!(e instanceof DaemonError)) throw e;
    output = e.message;
    code = -1;
  }
  record(engine, c, hc, { Start: start, End: engine.now(), ExitCode: code, Output: output.slice(0, MAX_OUTPUT) }, startedMs);
}

function record(engine: Engine, c: Container, hc: HealthConfig, entry: HealthLog, startedMs: number): void {
  const h = (c.state as { Health?: HealthState }).Health;
  if (!h) return;
  h.Log = [...h.Log, entry].slice(-MAX_LOG);
  const before = h.Status;
  if (entry.ExitCode === 0) {
    h.FailingStreak = 0;
    h.Status = 'healthy';
  } else {
    const inStartPeriod = hc.StartPeriod !== undefined && engine.host.clock.now - startedMs < hc.StartPeriod / NS_PER_MS;
    if (!(inStartPeriod && h.Status === 'starting')) {
      h.FailingStreak++;
      if (h.FailingStreak >= (hc.Retries || 3)) h.Status = 'unhealthy';
    }
  }
  if (h.Status !== before) engine.events.add('container', `health_status: ${h.Status}`, c);
}
