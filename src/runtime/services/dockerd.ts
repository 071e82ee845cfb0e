import type { Host } from '../host.ts';
import type { Process } from '../kernel/proc/process.ts';
import { SIGNALS } from '../kernel/proc/signals.ts';
import { ENGINE } from '../daemon/cli/system/versions.ts';
import type { Behaviour } from './behaviours.ts';
import { DAEMON_JSON, DaemonConfigError, loadDaemonJson } from './daemon-json.ts';
import { dockerdSettings, setDockerdSettings } from './docker-settings.ts';
import { registeredEngine } from './engine-registry.ts';
import type { ServiceManager } from './manager.ts';
import type { UnitRuntime } from './unit-state.ts';

/** logrus' text format time (RFC 3339 with nanoseconds), from the virtual clock. */
function logTime(ms: number, pid: number, seq: number): string {
  const iso = new Date(Math.floor(ms)).toISOString().slice(0, 19);
  const nanos = (pid * 7_919_113 + seq * 1_234_567) % 1_000_000_000;
  return `${iso}.${String(nanos).padStart(9, '0')}Z`;
}

/** Lines so far per dockerd process, so successive lines get later fractions. */
const lineCounts = new WeakMap<Process, number>();

function logger(m: ServiceManager, u: UnitRuntime, proc: Process) {
  return (msg: string, extra = '', level = 'info') => {
    const seq = (lineCounts.get(proc) ?? 0) + 1;
    lineCounts.set(proc, seq);
    m.log(u.name, 'dockerd', proc.id, `time="${logTime(m.now(), proc.id, seq)}" level=${level} msg="${msg.replace(/"/g, '\\"')}"${extra}`);
  };
}

/** dockerd's command-line flags that daemon.json may not repeat (`-H fd://` → hosts). */
function flagsOf(argv: string[]): Map<string, unknown> {
  const flags = new Map<string, unknown>();
  const hosts: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-H' || a === '--host') hosts.push(argv[++i] ?? '');
    else if (a.startsWith('--host=')) hosts.push(a.slice(7));
    else if (a.startsWith('--containerd=')) flags.set('containerd', a.slice(13));
  }
  if (hosts.length) flags.set('hosts', hosts);
  return flags;
}


/** Containers the daemon brings back when it starts (restart policies, as daemon.restore does). */
async function restoreContainers(m: ServiceManager): Promise<void> {
  const engine = registeredEngine(m.host);
  if (!engine) return;
  for (const c of engine.list().reverse()) {
    if (c.state.Running) continue;
    const p = c.hostConfig.RestartPolicy;
    const wanted = p.Name === 'always' || (p.Name === 'unless-stopped' && !c.manuallyStopped) ||
      (p.Name === 'on-failure' && c.state.ExitCode !== 0 && (p.MaximumRetryCount === 0 || c.restartCount < p.MaximumRetryCount));
    if (!wanted) continue;
    try {
      await engine.start(c);
    } catch {
      // a container that cannot start stays exited, as after a real daemon restart
    }
  }
}

/**
 * On shutdown (live-restore off) the daemon stops every running container with its stop signal
 * and timeout, then kills what is left. Containers it stops this way are not "stopped by the
 * user": unless-stopped ones come back at the next start.
 */
async function stopContainers(m: ServiceManager): Promise<void> {
  const engine = registeredEngine(m.host);
  if (!engine) return;
  await Promise.all(engine.list().filter((c) => c.state.Running || c.state.Restarting).map(async (c) => {
    const manual = c.manuallyStopped;
    await engine.stop(c);
    c.manuallyStopped = manual;
  }));
}

/**
 * Power-off: every running container's processes die at once (no stop timeout to wait for),
 * without counting as stopped by the user, so restart policies apply at the next boot.
 */
export async function killAllContainers(host: Host): Promise<void> {
  const engine = registeredEngine(host);
  if (!engine) return;
  await Promise.all(engine.list().filter((c) => c.state.Running && c.proc).map(async (c) => {
    const manual = c.manuallyStopped;
    c.manuallyStopped = true;
    host.kernel.signal(c.proc!, SIGNALS.KILL!, null);
    await c.whenStopped();
    c.manuallyStopped = manual;
  }));
}

export const dockerd: Behaviour = {
  cpuMs: 412,
  memoryBytes: 31_563_776,
  tasks: 9,
  ready(m, u, proc) {
    const log = logger(m, u, proc);
    let text: string | null = null;
    try {
      text = m.vfs().readFile(DAEMON_JSON);
    } catch {
      // no daemon.json: defaults
    }
    let settings;
    try {
      settings = loadDaemonJson(text, flagsOf(proc.argv));
    } catch (e) {
      if (!(e instanceof DaemonConfigError)) throw e;
      m.log(u.name, 'dockerd', proc.id, e.message);
      return 1;
    }
    setDockerdSettings(m.host, settings);
    log('Starting up');
    if (settings.debug) log('Listener created for HTTP on fd ()', '', 'debug');
    log('detected 127.0.0.53 nameserver, assuming systemd-resolved, so using resolv.conf: /run/systemd/resolve/resolv.conf');
    log(`[graphdriver] using prior storage driver: ${settings.storageDriver}`);
    log('Loading containers: start.');
    if (!settings.bip) log('Default bridge (docker0) is assigned with an IP address 172.17.0.0/16. Daemon option --bip can be used to set a preferred IP address');
    return null;
  },
  async afterReady(m, u) {
    // Without an engine yet (at boot) there is nothing to restore, and no await: boot stays synchronous.
    if (registeredEngine(m.host)) await restoreContainers(m);
    const proc = u.proc;
    if (!proc) return;
    const log = logger(m, u, proc);
    const settings = dockerdSettings(m.host);
    log('Loading containers: done.');
    log('Docker daemon', ` commit=${ENGINE.GitCommit} graphdriver(s)=${settings.storageDriver} version=${ENGINE.Version}`);
    log('Daemon has completed initialization');
  },
  started(m, u, proc) {
    logger(m, u, proc)('API listen on /run/docker.sock');
  },
  reload(m, u, proc) {
    // SIGHUP: dockerd re-reads daemon.json and applies the options that can change live.
    const log = logger(m, u, proc);
    log(`Got signal to reload configuration, reloading from: ${DAEMON_JSON}`);
    let text: string | null = null;
    try {
      text = m.vfs().readFile(DAEMON_JSON);
    } catch {
      // no file: defaults
    }
    try {
      const next = loadDaemonJson(text, flagsOf(proc.argv));
      const cur = dockerdSettings(m.host);
      setDockerdSettings(m.host, { ...cur, mirrors: next.mirrors, insecureRegistries: next.insecureRegistries, debug: next.debug, liveRestore: next.liveRestore });
    } catch (e) {
      if (!(e instanceof DaemonConfigError)) throw e;
      log(e.message, '', 'error');
    }
  },
  async shutdown(m, u, proc) {
    const log = logger(m, u, proc);
    log("Processing signal 'terminated'");
    if (!dockerdSettings(m.host).liveRestore) await stopContainers(m);
    log('stopping event stream following graceful shutdown', ' error="<nil>" module=libcontainerd namespace=moby');
    log('Daemon shutdown complete');
  },
};
