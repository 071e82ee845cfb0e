import { GoJsonError, goDecode, goKind } from './go-json.ts';

export const DAEMON_JSON = '/etc/docker/daemon.json';

/** What dockerd took from its flags and /etc/docker/daemon.json when it started. */
export interface DaemonSettings {
  mirrors: string[];
  insecureRegistries: string[];
  bip: string | null;
  dns: string[];
  dataRoot: string;
  logDriver: string;
  storageDriver: string;
  cgroupDriver: string;
  liveRestore: boolean;
  debug: boolean;
}

export function defaultSettings(): DaemonSettings {
  return {
    mirrors: [], insecureRegistries: [], bip: null, dns: [], dataRoot: '/var/lib/docker', logDriver: 'json-file',
    storageDriver: 'overlay2', cgroupDriver: 'cgroupfs', liveRestore: false, debug: false,
  };
}

type GoType = '[]string' | 'string' | 'bool' | 'int' | 'map[string]string' | 'map[string]interface {}' | 'any';

/** dockerd 20.10's daemon.json keys (its flags' names) and the Go types they decode into. */
const KEYS: Record<string, GoType> = {
  'allow-nondistributable-artifacts': '[]string', 'api-cors-header': 'string', 'authorization-plugins': '[]string',
  bip: 'string', bridge: 'string', builder: 'any', 'cgroup-parent': 'string', 'cluster-advertise': 'string',
  'cluster-store': 'string', 'cluster-store-opts': 'map[string]string', containerd: 'string', 'containerd-namespace': 'string',
  'containerd-plugins-namespace': 'string', 'data-root': 'string', debug: 'bool', 'default-address-pools': 'any',
  'default-cgroupns-mode': 'string', 'default-gateway': 'string', 'default-gateway-v6': 'string', 'default-ipc-mode': 'string',
  'default-runtime': 'string', 'default-shm-size': 'any', 'default-ulimits': 'any', dns: '[]string', 'dns-opts': '[]string',
  'dns-search': '[]string', 'exec-opts': '[]string', 'exec-root': 'string', experimental: 'bool', features: 'any',
  'fixed-cidr': 'string', 'fixed-cidr-v6': 'string', group: 'string', hosts: '[]string', icc: 'bool', init: 'bool',
  'init-path': 'string', 'insecure-registries': '[]string', ip: 'string', 'ip-forward': 'bool', 'ip-masq': 'bool',
  iptables: 'bool', ip6tables: 'bool', ipv6: 'bool', labels: '[]string', 'live-restore': 'bool', 'log-driver': 'string',
  'log-format': 'string', 'log-level': 'string', 'log-opts': 'map[string]string', 'max-concurrent-downloads': 'int',
  'max-concurrent-uploads': 'int', 'max-download-attempts': 'int', 'metrics-addr': 'string', mtu: 'int',
  'no-new-privileges': 'bool', 'node-generic-resources': '[]string', 'oom-score-adjust': 'int', pidfile: 'string',
  'raw-logs': 'bool', 'registry-mirrors': '[]string', runtimes: 'any', 'seccomp-profile': 'string', 'selinux-enabled': 'bool',
  'shutdown-timeout': 'int', 'storage-driver': 'string', 'storage-opts': '[]string', 'swarm-default-advertise-addr': 'string',
  tls: 'bool', tlscacert: 'string', tlscert: 'string', tlskey: 'string', tlsverify: 'bool', 'userland-proxy': 'bool',
  'userland-proxy-path': 'string', 'userns-remap': 'string',
};

function fits(t: GoType, v: unknown): boolean {
  if (v === null || t === 'any') return true;
  switch (t) {
    case '[]string': return Array.isArray(v) && v.every((x) => typeof x === 'string' || x === null);
    case 'string': return typeof v === 'string';
    case 'bool': return typeof v === 'boolean';
    case 'int': return typeof v === 'number' && Number.isInteger(v);
    default: return typeof v === 'object' && !Array.isArray(v) && Object.values(v as object).every((x) => t !== 'map[string]string' || typeof x === 'string');
  }
}

/** Go's %v of a decoded JSON value (`[tcp://0.0.0.0:2375 unix:///var/run/docker.sock]`). */
function goValue(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(goValue).join(' ')}]`;
  if (v === null) return '<nil>';
  return String(v);
}

/** registry.ValidateMirror: the mirror normalized to `scheme://host/`. */
function validateMirror(m: string): string {
  const at = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#]*)(\/[^?#]*)?(\?[^#]*)?(#.*)?$/.exec(m);
  const scheme = at?.[1] ?? (/^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(m)?.[1] ?? '');
  if (scheme !== 'http' && scheme !== 'https') throw new DaemonConfigError(`invalid mirror: unsupported scheme "${scheme}" in "${m}"`);
  if (!at || (at[3] && at[3] !== '/') || at[4] || at[5]) throw new DaemonConfigError(`invalid mirror: path, query, or fragment at end of the URI "${m}"`);
  return `${scheme}://${at[2]}/`;
}

/** A reason dockerd refuses to start; the message is the line it prints before exiting 1. */
export class DaemonConfigError extends Error {}

/**
 * dockerd's reading of its config file (MergeDaemonConfigurations, then Validate): `flags` are
 * the ones on its command line, which daemon.json may not repeat. A missing file is no error.
 */
export function loadDaemonJson(text: string | null, flags: Map<string, unknown>, path = DAEMON_JSON): DaemonSettings {
  const s = defaultSettings();
  if (text === null || text.trim() === '') return s;
  const wrap = (msg: string) => new DaemonConfigError(`unable to configure the Docker daemon with file ${path}: ${msg}`);
  let data: unknown;
  try {
    data = goDecode(text);
  } catch (e) {
    if (e instanceof GoJsonError) throw wrap(e.message);
    throw e;
  }
  if (data === null) return s;
  if (typeof data !== 'object' || Array.isArray(data)) throw wrap(`json: cannot unmarshal ${goKind(data)} into Go value of type map[string]interface {}`);
  const obj = data as Record<string, unknown>;
  const unknown = Object.keys(obj).filter((k) => !Object.hasOwn(KEYS, k)).sort();
  if (unknown.length) throw wrap(`the following directives don't match any configuration option: ${unknown.join(', ')}`);
  const conflicts = Object.keys(obj).filter((k) => flags.has(k)).sort();
  if (conflicts.length) {
    const parts = conflicts.map((k) => `${k}: (from flag: ${goValue(flags.get(k))}, from file: ${goValue(obj[k])})`);
    throw wrap(`the following directives are specified both as a flag and in the configuration file: ${parts.join(', ')}`);
  }
  for (const [k, v] of Object.entries(obj)) {
    const t = KEYS[k]!;
    if (!fits(t, v)) throw wrap(`json: cannot unmarshal ${goKind(Array.isArray(v) ? v.find((x) => typeof x !== 'string') : v)} into Go struct field Config.${k} of type ${Array.isArray(v) && t === '[]string' ? 'string' : t}`);
  }
  const strs = (k: string) => ((obj[k] as string[] | null | undefined) ?? []).filter((x): x is string => typeof x === 'string');
  const str = (k: string, d: string) => (typeof obj[k] === 'string' ? (obj[k] as string) : d);
  s.mirrors = strs('registry-mirrors').map(validateMirror);
  s.insecureRegistries = strs('insecure-registries');
  s.dns = strs('dns');
  s.bip = typeof obj.bip === 'string' ? obj.bip : null;
  s.dataRoot = str('data-root', s.dataRoot);
  s.logDriver = str('log-driver', s.logDriver);
  s.storageDriver = str('storage-driver', s.storageDriver);
  s.liveRestore = obj['live-restore'] === true;
  s.debug = obj.debug === true;
  for (const opt of strs('exec-opts')) {
    const m = /^native\.cgroupdriver=(.*)$/.exec(opt.replace(/\s+/g, ''));
    if (!m) continue;
    if (m[1] !== 'systemd' && m[1] !== 'cgroupfs') throw new DaemonConfigError(`failed to start daemon: native.cgroupdriver option ${m[1]} not supported`);
    s.cgroupDriver = m[1];
  }
  return s;
}
