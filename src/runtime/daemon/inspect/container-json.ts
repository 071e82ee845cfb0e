import type { Container } from '../container/container.ts';
import { userEndpointsJson } from '../network/endpoint-json.ts';
import type { NetworkStore } from '../network/store.ts';
import type { NetworkEndpoint } from '../network/ipam.ts';
import { apiMountsOf, mountPointJson, mountPointsOf } from '../volume/mountpoints.ts';

const MASKED = ['/proc/asound', '/proc/acpi', '/proc/kcore', '/proc/keys', '/proc/latency_stats', '/proc/timer_list', '/proc/timer_stats', '/proc/sched_debug', '/proc/scsi', '/sys/firmware'];
const READONLY = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

function hostConfigJson(c: Container): Record<string, unknown> {
  const h = c.hostConfig;
  return {
    Binds: h.Binds, ContainerIDFile: '', LogConfig: h.LogConfig ?? { Type: 'json-file', Config: {} }, NetworkMode: h.NetworkMode,
    PortBindings: h.PortBindings, RestartPolicy: h.RestartPolicy, AutoRemove: h.AutoRemove, VolumeDriver: '',
    VolumesFrom: h.VolumesFrom, CapAdd: h.CapAdd, CapDrop: h.CapDrop, CgroupnsMode: h.CgroupnsMode, Dns: h.Dns,
    DnsOptions: h.DnsOptions, DnsSearch: h.DnsSearch, ExtraHosts: h.ExtraHosts, GroupAdd: h.GroupAdd, IpcMode: h.IpcMode,
    Cgroup: '', Links: h.Links, OomScoreAdj: h.OomScoreAdj, PidMode: h.PidMode, Privileged: h.Privileged,
    PublishAllPorts: h.PublishAllPorts, ReadonlyRootfs: h.ReadonlyRootfs, SecurityOpt: h.SecurityOpt,
    ...(h.Tmpfs ? { Tmpfs: h.Tmpfs } : {}),
    UTSMode: h.UTSMode, UsernsMode: h.UsernsMode, ShmSize: h.ShmSize, Runtime: 'runc', ConsoleSize: h.ConsoleSize, Isolation: '',
    CpuShares: h.CpuShares, Memory: h.Memory, NanoCpus: h.NanoCpus, CgroupParent: h.CgroupParent, BlkioWeight: h.BlkioWeight,
    BlkioWeightDevice: [], BlkioDeviceReadBps: [], BlkioDeviceWriteBps: [], BlkioDeviceReadIOps: [], BlkioDeviceWriteIOps: [],
    CpuPeriod: h.CpuPeriod, CpuQuota: h.CpuQuota, CpuRealtimePeriod: 0, CpuRealtimeRuntime: 0, CpusetCpus: h.CpusetCpus,
    CpusetMems: h.CpusetMems, Devices: [], DeviceCgroupRules: null, DeviceRequests: null, KernelMemory: 0, KernelMemoryTCP: 0,
    MemoryReservation: h.MemoryReservation, MemorySwap: h.MemorySwap, MemorySwappiness: h.MemorySwappiness,
    OomKillDisable: h.OomKillDisable, PidsLimit: h.PidsLimit, Ulimits: h.Ulimits ?? [], CpuCount: 0, CpuPercent: 0, IOMaximumIOps: 0,
    IOMaximumBandwidth: 0,
    ...(apiMountsOf(c).length ? { Mounts: apiMountsOf(c) } : {}),
    ...(h.Privileged ? {} : { MaskedPaths: MASKED, ReadonlyPaths: READONLY }),
    ...(h.Init !== undefined ? { Init: h.Init } : {}),
  };
}

/** The default bridge's gateway and prefix (endpoints saved by an older lab lack them: docker0's defaults). */
function bridgeOf(c: Container): { gateway: string; prefix: number } {
  const e = c.endpoint as Partial<NetworkEndpoint> | null;
  return { gateway: e?.gateway ?? '172.17.0.1', prefix: e?.prefix ?? 16 };
}

function endpointJson(c: Container, networkId: string): Record<string, unknown> {
  const e = c.endpoint;
  const b = bridgeOf(c);
  return {
    IPAMConfig: null, Links: null, Aliases: null, NetworkID: e ? networkId : '', EndpointID: e?.endpointId ?? '',
    Gateway: e ? b.gateway : '', IPAddress: e?.ip ?? '', IPPrefixLen: e ? b.prefix : 0, IPv6Gateway: '', GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0, MacAddress: e?.mac ?? '', DriverOpts: null,
  };
}

function portsJson(c: Container): Record<string, unknown> {
  if (!c.state.Running || !c.ports) return {};
  return c.ports;
}

function networkSettingsJson(c: Container, networkId: string, networks?: NetworkStore): Record<string, unknown> {
  const e = c.endpoint;
  const b = bridgeOf(c);
  const running = c.state.Running;
  const sandboxKey = running ? `/var/run/docker/netns/${c.sandboxId.slice(0, 12)}` : '';
  return {
    Bridge: '', SandboxID: running ? c.sandboxId : '', HairpinMode: false, LinkLocalIPv6Address: '', LinkLocalIPv6PrefixLen: 0,
    Ports: portsJson(c), SandboxKey: sandboxKey, SecondaryIPAddresses: null, SecondaryIPv6Addresses: null,
    EndpointID: e?.endpointId ?? '', Gateway: e ? b.gateway : '', GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0,
    IPAddress: e?.ip ?? '', IPPrefixLen: e ? b.prefix : 0, IPv6Gateway: '', MacAddress: e?.mac ?? '',
    Networks: networksJson(c, networkId, networks),
  };
}

/**
 * The endpoint is keyed by the network the container joins: `--network host|none` gives a `host`/`none`
 * entry with no address. (Their NetworkID/EndpointID are left empty: the model has no ids for them yet.)
 * User networks (network/) add theirs; a container put on one by --network has no bridge entry.
 * Keys sorted, as Go marshals a map.
 */
function networksJson(c: Container, networkId: string, networks?: NetworkStore): Record<string, unknown> {
  const mode = c.hostConfig.NetworkMode;
  const user = userEndpointsJson(c, networks);
  const onBridge = mode === 'default' || mode === 'bridge' || mode === '' || mode.startsWith('container:');
  if (onBridge || Object.keys(user).length) {
    const all: Record<string, unknown> = { ...(onBridge ? { bridge: endpointJson(c, networkId) } : {}), ...user };
    return Object.fromEntries(Object.entries(all).sort(([a], [b]) => (a < b ? -1 : 1)));
  }
  return {
    [mode]: {
      IPAMConfig: null, Links: null, Aliases: null, NetworkID: '', EndpointID: '', Gateway: '', IPAddress: '', IPPrefixLen: 0,
      IPv6Gateway: '', GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0, MacAddress: '', DriverOpts: null,
    },
  };
}

function graphDriver(c: Container): Record<string, unknown> {
  const base = '/var/lib/docker/overlay2';
  const lowers = [`${base}/${c.layerId}-init/diff`, ...c.image.layers.map((l) => `${base}/${l.diffId.slice(7)}/diff`).reverse()];
  return {
    Data: { LowerDir: lowers.join(':'), MergedDir: `${base}/${c.layerId}/merged`, UpperDir: `${base}/${c.layerId}/diff`, WorkDir: `${base}/${c.layerId}/work` },
    Name: 'overlay2',
  };
}

/** GET /containers/{id}/json of Engine 20.10, field for field and in its order. */
export function containerJson(c: Container, networkId: string, networks?: NetworkStore): Record<string, unknown> {
  const started = c.hasBeenStarted;
  const dir = `/var/lib/docker/containers/${c.id}`;
  return {
    Id: c.id, Created: c.created, Path: c.path, Args: c.args, State: { ...c.state },
    Image: c.image.id,
    ResolvConfPath: started ? `${dir}/resolv.conf` : '', HostnamePath: started ? `${dir}/hostname` : '',
    HostsPath: started ? `${dir}/hosts` : '', LogPath: started ? `${dir}/${c.id}-json.log` : '',
    Name: `/${c.name}`, RestartCount: c.restartCount, Driver: 'overlay2', Platform: 'linux', MountLabel: '', ProcessLabel: '',
    AppArmorProfile: '', ExecIDs: c.execIds.length ? [...c.execIds] : null, HostConfig: hostConfigJson(c), GraphDriver: graphDriver(c),
    Mounts: mountPointsOf(c).map(mountPointJson), Config: { ...c.config }, NetworkSettings: networkSettingsJson(c, networkId, networks),
  };
}

