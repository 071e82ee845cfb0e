import { GoStruct } from '../../template/format.ts';
import type { Call, Command } from '../command.ts';
import { printTemplate } from '../format/single.ts';
import { CLIENT, CONTAINERD, ENGINE, PLUGINS, RUNC } from './versions.ts';
import { dockerdSettings } from '../../../services/docker-settings.ts';
import { registryInfo } from '../../../services/registry-info.ts';

const NETWORK_PLUGINS = ['bridge', 'host', 'ipvlan', 'macvlan', 'null', 'overlay'];
const LOG_PLUGINS = ['awslogs', 'fluentd', 'gcplogs', 'gelf', 'journald', 'json-file', 'local', 'logentries', 'splunk', 'syslog'];

/** GET /info of the modelled engine, from the host and engine state. */
function infoData(call: Call): Record<string, unknown> {
  const e = call.engine;
  const all = [...e.containers.values()];
  const running = all.filter((c) => c.state.Running && !c.state.Paused).length;
  const paused = all.filter((c) => c.state.Paused).length;
  const m = call.host.machine;
  // What dockerd read from daemon.json when it started (services/).
  const cfg = dockerdSettings(call.host);
  return {
    ID: e.daemonId, Containers: all.length, ContainersRunning: running, ContainersPaused: paused,
    ContainersStopped: all.length - running - paused, Images: e.images.all().length, Driver: cfg.storageDriver,
    DriverStatus: [['Backing Filesystem', 'extfs'], ['Supports d_type', 'true'], ['Native Overlay Diff', 'true'], ['userxattr', 'false']],
    Plugins: { Volume: ['local'], Network: NETWORK_PLUGINS, Authorization: null, Log: LOG_PLUGINS },
    MemoryLimit: true, SwapLimit: true, KernelMemory: true, KernelMemoryTCP: true, CpuCfsPeriod: true, CpuCfsQuota: true,
    CPUShares: true, CPUSet: true, PidsLimit: true, IPv4Forwarding: true, Debug: cfg.debug, NFd: 26, OomKillDisable: true,
    NGoroutines: 39, SystemTime: e.now(), LoggingDriver: cfg.logDriver, CgroupDriver: cfg.cgroupDriver, CgroupVersion: '1',
    NEventsListener: 0, KernelVersion: m.kernelRelease, OperatingSystem: 'Ubuntu 22.04.3 LTS', OSVersion: '22.04', OSType: 'linux',
    Architecture: m.machine, IndexServerAddress: 'https://index.docker.io/v1/',
    RegistryConfig: registryInfo(cfg),
    NCPU: m.cpus, MemTotal: m.memTotalKb * 1024, GenericResources: null, DockerRootDir: cfg.dataRoot, HttpProxy: '',
    HttpsProxy: '', NoProxy: '', Name: call.host.rootNs.uts.hostname, Labels: [], ExperimentalBuild: false,
    ServerVersion: ENGINE.Version,
    Runtimes: { 'io.containerd.runc.v2': { path: 'runc' }, 'io.containerd.runtime.v1.linux': { path: 'runc' }, runc: { path: 'runc' } },
    DefaultRuntime: 'runc',
    Swarm: { NodeID: '', NodeAddr: '', LocalNodeState: 'inactive', ControlAvailable: false, Error: '', RemoteManagers: null },
    LiveRestoreEnabled: cfg.liveRestore, Isolation: '', InitBinary: 'docker-init',
    ContainerdCommit: { ID: CONTAINERD.GitCommit, Expected: CONTAINERD.GitCommit }, RuncCommit: { ID: RUNC.GitCommit, Expected: RUNC.GitCommit },
    InitCommit: { ID: '' }, SecurityOptions: ['name=apparmor', 'name=seccomp,profile=default'], CDISpecDirs: null,
    Warnings: null,
  };
}

/** go-units BytesSize: binary units with 4 significant digits (`3.83GiB`). */
function bytesSize(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${Number(n.toPrecision(4))}${units[i]}`;
}

/** The Insecure Registries and Registry Mirrors sections, as the CLI prints RegistryConfig. */
function registryText(r: { IndexConfigs: Record<string, { Name: string; Secure: boolean }>; InsecureRegistryCIDRs: string[]; Mirrors: string[] }): string {
  let out = ' Insecure Registries:\n';
  for (const reg of Object.values(r.IndexConfigs)) if (!reg.Secure) out += `  ${reg.Name}\n`;
  for (const cidr of r.InsecureRegistryCIDRs) out += `  ${cidr}\n`;
  if (r.Mirrors.length) out += ` Registry Mirrors:\n${r.Mirrors.map((m) => `  ${m}\n`).join('')}`;
  return out;
}

function text(d: Record<string, any>): string {
  const plugins = PLUGINS.map((p) => `  ${p.Name}: ${p.ShortDescription} (${p.Vendor})\n    Version:  ${p.Version}\n    Path:     ${p.Path}\n`).join('');
  return `Client:
 Version:    ${CLIENT.Version}
 Context:    default
 Debug Mode: false
 Plugins:
${plugins}
Server:
 Containers: ${d.Containers}
  Running: ${d.ContainersRunning}
  Paused: ${d.ContainersPaused}
  Stopped: ${d.ContainersStopped}
 Images: ${d.Images}
 Server Version: ${d.ServerVersion}
 Storage Driver: ${d.Driver}
  Backing Filesystem: extfs
  Supports d_type: true
  Native Overlay Diff: true
  userxattr: false
 Logging Driver: ${d.LoggingDriver}
 Cgroup Driver: ${d.CgroupDriver}
 Cgroup Version: 1
 Plugins:
  Volume: local
  Network: ${NETWORK_PLUGINS.join(' ')}
  Log: ${LOG_PLUGINS.join(' ')}
 Swarm: inactive
 Runtimes: io.containerd.runc.v2 io.containerd.runtime.v1.linux runc
 Default Runtime: runc
 Init Binary: docker-init
 containerd version: ${CONTAINERD.GitCommit}
 runc version: ${RUNC.GitCommit}
 init version: 
 Security Options:
  apparmor
  seccomp
   Profile: default
 Kernel Version: ${d.KernelVersion}
 Operating System: ${d.OperatingSystem}
 OSType: linux
 Architecture: ${d.Architecture}
 CPUs: ${d.NCPU}
 Total Memory: ${bytesSize(d.MemTotal)}
 Name: ${d.Name}
 ID: ${d.ID}
 Docker Root Dir: ${d.DockerRootDir}
 Debug Mode: ${d.Debug}
${d.Debug ? `  File Descriptors: ${d.NFd}\n  Goroutines: ${d.NGoroutines}\n  System Time: ${d.SystemTime}\n  EventsListeners: ${d.NEventsListener}\n` : ''} Experimental: false
${registryText(d.RegistryConfig)} Live Restore Enabled: ${d.LiveRestoreEnabled}

`;
}

class DockerInfo extends GoStruct {
  readonly goType = 'system.dockerInfo';
  constructor(data: Record<string, unknown>) {
    super();
    Object.assign(this, data);
  }
  toJSON() {
    const { goType: _t, ...rest } = this as unknown as Record<string, unknown>;
    return { ...rest, ClientInfo: { Debug: false, Version: CLIENT.Version, DefaultAPIVersion: CLIENT.DefaultAPIVersion, GitCommit: CLIENT.GitCommit, GoVersion: CLIENT.GoVersion, Os: 'linux', Arch: 'amd64', BuildTime: CLIENT.BuildTime, Context: 'default', Plugins: PLUGINS, Warnings: null } };
  }
}

const info: Command = async (call) => {
  const data = infoData(call);
  const format = call.opts.changed('format') ? call.opts.str('format') : '';
  if (format === '') {
    await call.out(text(data));
    return 0;
  }
  return printTemplate(call, format, new DockerInfo(data));
};

export default info;
