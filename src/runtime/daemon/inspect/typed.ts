import { GoStruct, NilMap, NilSlice, StringMap } from '../template/format.ts';

/**
 * The CLI runs an inspect template on the typed Go structs first (types.ContainerJSON,
 * image.InspectResponse) and only when that fails on the raw JSON with missingkey=error. Typed,
 * a missing map key prints `<no value>`, a field the engine omitted is its zero value, nil slices
 * print `[]`, nil maps `map[]`, nil pointers `<nil>`, structs `{a b}`. This view rebuilds that
 * typing from the inspect JSON with a small schema of the paths whose shape JSON cannot tell.
 */

/** A Go struct value: fields are own properties; `json` gives back the engine's JSON keys only. */
export class TypedStruct extends GoStruct {
  constructor(readonly goType: string, private readonly jsonKeys: string[], private readonly fieldOf: Record<string, string> = {}) {
    super();
  }
  toJSON(): Record<string, unknown> {
    const self = this as unknown as Record<string, unknown>;
    return Object.fromEntries(this.jsonKeys.map((k) => [k, self[this.fieldOf[k] ?? k]]));
  }
  /** The CLI re-encodes its own struct, so `json` follows the Go field order too. */
  orderKeys(order: string[]): void {
    const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
    this.jsonKeys.sort((a, b) => rank(a) - rank(b));
  }
  override goString(): string {
    const self = this as unknown as Record<string, unknown>;
    return `{${Object.keys(self).filter((k) => /^[A-Z]/.test(k)).map((k) => nested(self[k])).join(' ')}}`;
  }
}

export class NilPtr extends GoStruct {
  constructor(readonly goType: string) {
    super();
  }
  toJSON(): null {
    return null;
  }
  override goString(): string {
    return '<nil>';
  }
  override get isNil(): boolean {
    return true;
  }
}

/** time.Time: the template prints Go's String() form, json keeps RFC 3339. */
class GoTime extends GoStruct {
  readonly goType = 'time.Time';
  constructor(private readonly rfc: string) {
    super();
  }
  toJSON(): string {
    return this.rfc;
  }
  override goString(): string {
    const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(\.\d+)?Z$/.exec(this.rfc);
    if (!m) return this.rfc;
    const frac = (m[3] ?? '').replace(/0+$/, '');
    return `${m[1]} ${m[2]}${frac === '.' ? '' : frac} +0000 UTC`;
  }
}

function nested(v: unknown): string {
  if (v instanceof GoStruct) return v.goString();
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(nested).join(' ')}]`;
  const m = v as Record<string, unknown>;
  return `map[${Object.keys(m).sort().map((k) => `${k}:${nested(m[k])}`).join(' ')}]`;
}

type Kind = 'map' | 'slice' | 'ptr' | 'time' | 'struct{}';
/** Shapes by path (`*` = any map key or slice index); unlisted objects are structs, arrays slices. */
type Schema = Record<string, Kind>;
/** Fields the engine leaves out (omitempty) that the Go struct still has, with their zero values. */
type Zeros = Record<string, Record<string, Kind | '' | false>>;

const SLICES = new Set(['Args', 'ExecIDs', 'Env', 'Cmd', 'Entrypoint', 'Shell', 'OnBuild', 'Binds', 'CapAdd', 'CapDrop', 'Dns', 'DnsOptions',
  'DnsSearch', 'ExtraHosts', 'GroupAdd', 'Links', 'SecurityOpt', 'VolumesFrom', 'Devices', 'DeviceCgroupRules', 'DeviceRequests',
  'Ulimits', 'Mounts', 'MaskedPaths', 'ReadonlyPaths', 'RepoTags', 'RepoDigests', 'Layers', 'Aliases', 'SecondaryIPAddresses',
  'SecondaryIPv6Addresses', 'ConsoleSize', 'BlkioWeightDevice', 'BlkioDeviceReadBps', 'BlkioDeviceWriteBps', 'BlkioDeviceReadIOps',
  'BlkioDeviceWriteIOps', 'Test']);
const MAPS = new Set(['Labels', 'ExposedPorts', 'Volumes', 'PortBindings', 'Ports', 'Networks', 'Sysctls', 'StorageOpt', 'Tmpfs', 'DriverOpts', 'Data', 'Options']);
const STRING_MAPS = new Set(['Labels', 'Data', 'Config', 'Sysctls', 'StorageOpt', 'Tmpfs', 'DriverOpts', 'Options']);
const PTRS = new Set(['Healthcheck', 'Health', 'StopTimeout', 'MemorySwappiness', 'OomKillDisable', 'PidsLimit', 'Init', 'IPAMConfig', 'Node', 'SizeRw', 'SizeRootFs']);

function convert(v: unknown, path: string, name: string, schema: Schema, zeros: Zeros, type: string): unknown {
  const kind = schema[path] ?? schema[path.replace(/\.[^.]+$/, '.*')];
  if (v === null) {
    if (kind === 'map' || MAPS.has(name)) return new NilMap();
    if (kind === 'slice' || SLICES.has(name)) return new NilSlice();
    if (kind === 'ptr' || PTRS.has(name)) return new NilPtr(`*${name}`);
    return null;
  }
  if (kind === 'time' && typeof v === 'string') return new GoTime(v);
  if (Array.isArray(v)) return v.map((x) => convert(x, `${path}.*`, name, schema, zeros, name));
  if (typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if (kind === 'struct{}') return new TypedStruct('struct {}', []);
  if (kind === 'map' || (kind === undefined && MAPS.has(name))) {
    const m = Object.fromEntries(Object.entries(o).map(([k, x]) => [k, convert(x, `${path}.*`, k, schema, zeros, k)]));
    return Object.values(m).every((x) => typeof x === 'string') && STRING_MAPS.has(name) ? Object.assign(new StringMap(), m) : m;
  }
  const renames = GO_NAMES[path] ?? {};
  const s = new TypedStruct(type, Object.keys(o), renames);
  const self = s as unknown as Record<string, unknown>;
  for (const [k, x] of Object.entries(o)) self[renames[k] ?? k] = convert(x, path ? `${path}.${k}` : k, k, schema, zeros, k);
  for (const [k, z] of Object.entries(zeros[path] ?? {})) {
    if (k in self) continue;
    self[k] = z === 'map' ? new NilMap() : z === 'slice' ? new NilSlice() : z === 'ptr' ? new NilPtr(`*${k}`) : z;
  }
  if (path === 'NetworkSettings.Networks.*') return endpoint(s, Object.keys(o));
  if (path === 'NetworkSettings') return reorder(s, NETWORK_SETTINGS_ORDER);
  return name === 'Config' || name === 'ContainerConfig' ? reorder(s, CONFIG_ORDER) : s;
}

/**
 * Go fields whose JSON key differs (`ID string \`json:"Id"\``): typed, `{{.ID}}` works and `{{.Id}}` fails,
 * which sends the whole template to the raw JSON (where a null Binds prints `<no value>`, not `[]`).
 */
const GO_NAMES: Record<string, Record<string, string>> = {
  '': { Id: 'ID' },
  HostConfig: {
    CpuShares: 'CPUShares', CpuPeriod: 'CPUPeriod', CpuQuota: 'CPUQuota', CpuRealtimePeriod: 'CPURealtimePeriod',
    CpuRealtimeRuntime: 'CPURealtimeRuntime', NanoCpus: 'NanoCPUs', CpuCount: 'CPUCount', CpuPercent: 'CPUPercent',
  },
};

/** container.Config's field order, for `{{.Config}}` (omitted fields were appended at the end). */
const CONFIG_ORDER = ['Hostname', 'Domainname', 'User', 'AttachStdin', 'AttachStdout', 'AttachStderr', 'ExposedPorts', 'Tty', 'OpenStdin',
  'StdinOnce', 'Env', 'Cmd', 'Healthcheck', 'ArgsEscaped', 'Image', 'Volumes', 'WorkingDir', 'Entrypoint', 'NetworkDisabled', 'MacAddress',
  'OnBuild', 'Labels', 'StopSignal', 'StopTimeout', 'Shell'];

/**
 * CLI 28's network.EndpointSettings: re-encoded by `json` in its own field order with the fields
 * engine 20.10 does not send (GwPriority, DNSNames) as zero values.
 */
const ENDPOINT_ORDER = ['IPAMConfig', 'Links', 'Aliases', 'MacAddress', 'DriverOpts', 'GwPriority', 'NetworkID', 'EndpointID', 'Gateway',
  'IPAddress', 'IPPrefixLen', 'IPv6Gateway', 'GlobalIPv6Address', 'GlobalIPv6PrefixLen', 'DNSNames'];

/** CLI 28's NetworkSettingsBase puts SandboxKey and Ports before HairpinMode (the engine sends them after). */
const NETWORK_SETTINGS_ORDER = ['Bridge', 'SandboxID', 'SandboxKey', 'Ports', 'HairpinMode', 'LinkLocalIPv6Address', 'LinkLocalIPv6PrefixLen',
  'SecondaryIPAddresses', 'SecondaryIPv6Addresses'];

function endpoint(s: TypedStruct, keys: string[]): TypedStruct {
  const self = s as unknown as Record<string, unknown>;
  const out = new TypedStruct(s.goType, [...ENDPOINT_ORDER, ...keys.filter((k) => !ENDPOINT_ORDER.includes(k))]);
  const fields = out as unknown as Record<string, unknown>;
  for (const k of ENDPOINT_ORDER) {
    fields[k] = k in self ? self[k] : k === 'GwPriority' ? 0 : k === 'DNSNames' ? new NilSlice() : k === 'DriverOpts' ? new NilMap() : '';
  }
  for (const k of keys) if (!(k in fields)) fields[k] = self[k];
  return out;
}

function reorder(s: TypedStruct, order: string[]): TypedStruct {
  const self = s as unknown as Record<string, unknown>;
  const keys = Object.keys(self).filter((k) => /^[A-Z]/.test(k));
  const sorted = [...order.filter((k) => keys.includes(k)), ...keys.filter((k) => !order.includes(k))];
  const values = sorted.map((k) => self[k]);
  for (const k of sorted) delete self[k];
  sorted.forEach((k, i) => (self[k] = values[i]));
  s.orderKeys(order);
  return s;
}

const CONFIG_ZEROS = { ExposedPorts: 'map', Healthcheck: 'ptr', ArgsEscaped: false, NetworkDisabled: false, MacAddress: '', StopSignal: '', StopTimeout: 'ptr', Shell: 'slice' } as const;

const CONTAINER_SCHEMA: Schema = {
  'Config.ExposedPorts.*': 'struct{}', 'Config.Volumes.*': 'struct{}', 'HostConfig.PortBindings.*': 'slice', 'NetworkSettings.Ports.*': 'slice',
  'HostConfig.LogConfig.Config': 'map', 'GraphDriver.Data': 'map', 'NetworkSettings.Networks': 'map',
};
const CONTAINER_ZEROS: Zeros = {
  '': { SizeRw: 'ptr', SizeRootFs: 'ptr' },
  State: { Health: 'ptr' },
  Config: CONFIG_ZEROS,
  // types.MountPoint and mount.Mount leave their optional parts out of the JSON.
  'Mounts.*': { Name: '', Driver: '' },
  'HostConfig.Mounts.*': { Source: '', ReadOnly: false, Consistency: '', BindOptions: 'ptr', VolumeOptions: 'ptr', TmpfsOptions: 'ptr' },
  'NetworkSettings.Networks.*.IPAMConfig': { IPv4Address: '', IPv6Address: '', LinkLocalIPs: 'slice' },
  HostConfig: { Mounts: 'slice', MaskedPaths: 'slice', ReadonlyPaths: 'slice', Init: 'ptr', Tmpfs: 'map', Sysctls: 'map', StorageOpt: 'map', Annotations: 'map' },
};

export function typedContainer(json: Record<string, unknown>): unknown {
  return convert(json, '', '', CONTAINER_SCHEMA, CONTAINER_ZEROS, 'types.ContainerJSON');
}

/** CLI 28 reads an image's Config as DockerOCIImageConfig: only these fields, all omitempty. */
const OCI_CONFIG = ['User', 'ExposedPorts', 'Env', 'Entrypoint', 'Cmd', 'Volumes', 'WorkingDir', 'Labels', 'StopSignal', 'ArgsEscaped', 'Healthcheck', 'OnBuild', 'Shell'];
const empty = (v: unknown) => v === null || v === undefined || v === '' || v === false || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && Object.keys(v as object).length === 0);

export function typedImage(json: Record<string, unknown>): unknown {
  const cfg = (json.Config ?? {}) as Record<string, unknown>;
  const oci = Object.fromEntries(OCI_CONFIG.filter((k) => !empty(cfg[k])).map((k) => [k, cfg[k]]));
  const schema: Schema = { 'Config.ExposedPorts.*': 'struct{}', 'Config.Volumes.*': 'struct{}', 'ContainerConfig.ExposedPorts.*': 'struct{}', 'Metadata.LastTagTime': 'time', 'GraphDriver.Data': 'map' };
  const zeros: Zeros = {
    '': { Variant: '' },
    Config: { User: '', ExposedPorts: 'map', Env: 'slice', Entrypoint: 'slice', Cmd: 'slice', Volumes: 'map', WorkingDir: '', Labels: 'map', StopSignal: '', ArgsEscaped: false, Healthcheck: 'ptr', OnBuild: 'slice', Shell: 'slice' },
    ContainerConfig: CONFIG_ZEROS,
  };
  const typed = convert({ ...json, Config: oci }, '', '', schema, zeros, 'image.InspectResponse') as Record<string, unknown>;
  const c = typed.Config as TypedStruct;
  // Field order of the Go struct, so `{{.Config}}` prints like fmt does.
  const ordered = new TypedStruct('*v1.DockerOCIImageConfig', OCI_CONFIG.filter((k) => k in oci));
  const fields = ordered as unknown as Record<string, unknown>;
  for (const k of OCI_CONFIG) fields[k] = (c as unknown as Record<string, unknown>)[k];
  // Two embedded structs (ocispec.ImageConfig, DockerOCIImageConfigExt): fmt prints them nested.
  const part = (ks: string[]) => `{${ks.map((k) => nested(fields[k])).join(' ')}}`;
  Object.defineProperty(ordered, 'goString', { value: () => `{${part(OCI_CONFIG.slice(0, 10))} ${part(OCI_CONFIG.slice(10))}}` });
  typed.Config = ordered;
  return typed;
}

/** network.Inspect of CLI 28: IPAM configs keep IPRange/Gateway as empty strings when the engine omits them. */
export function typedNetwork(json: Record<string, unknown>): unknown {
  const schema: Schema = { Created: 'time', Containers: 'map', 'IPAM.Options': 'map', Options: 'map', Labels: 'map' };
  const zeros: Zeros = { '': { EnableIPv4: false, Peers: 'slice', Services: 'map' }, 'IPAM.Config.*': { IPRange: '', Gateway: '', AuxiliaryAddresses: 'map' } };
  return convert(json, '', '', schema, zeros, 'network.Inspect');
}
