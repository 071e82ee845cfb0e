import { onNetwork } from '../../network/membership.ts';
import type { Container } from '../../container/container.ts';
import type { Engine } from '../../engine.ts';
import { DaemonError } from '../../errors.ts';
import { mountPointsOf } from '../../volume/mountpoints.ts';

const STATUSES = ['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead'];
const KEYS = ['ancestor', 'before', 'expose', 'exited', 'health', 'id', 'isolation', 'is-task', 'label', 'name', 'network', 'publish', 'since', 'status', 'volume'];

export type Filters = Map<string, string[]>;

/** `-f key=value` pairs, grouped by key; unknown keys are the daemon's `Invalid filter` error. */
export function parseFilters(items: string[], allowed = KEYS): Filters {
  const f: Filters = new Map();
  for (const item of items) {
    const i = item.indexOf('=');
    const key = item.slice(0, i).toLowerCase();
    const value = item.slice(i + 1);
    if (!allowed.includes(key)) throw new DaemonError(`Invalid filter '${key}'`, 400);
    f.set(key, [...(f.get(key) ?? []), value]);
  }
  return f;
}

function labelMatch(labels: Record<string, string>, want: string): boolean {
  const i = want.indexOf('=');
  if (i < 0) return Object.hasOwn(labels, want);
  return labels[want.slice(0, i)] === want.slice(i + 1);
}

/** The daemon's container list filters (values of one key are OR'ed, keys AND'ed). */
export function containerMatcher(engine: Engine, f: Filters): (c: Container) => boolean {
  for (const s of f.get('status') ?? []) if (!STATUSES.includes(s)) throw new DaemonError(`Invalid filter 'status=${s}'`, 400);
  for (const s of f.get('exited') ?? []) if (!/^-?\d+$/.test(s)) throw new DaemonError(`strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`, 400);
  const ref = (key: string): Container | undefined => {
    const v = f.get(key)?.[0];
    if (v === undefined) return undefined;
    const c = engine.find(v);
    if (!c) throw new DaemonError(`No such container: ${v}`, 404);
    return c;
  };
  for (const h of f.get('health') ?? []) if (!['starting', 'healthy', 'unhealthy', 'none'].includes(h)) throw new DaemonError(`Unrecognised filter value for health: ${h}`, 400);
  const before = ref('before');
  const since = ref('since');
  const any = (key: string, test: (v: string) => boolean) => {
    const vs = f.get(key);
    return !vs || vs.some(test);
  };
  return (c) =>
    any('status', (s) => c.state.Status === s) &&
    any('name', (n) => new RegExp(n).test(c.name) || new RegExp(n).test(`/${c.name}`)) &&
    any('id', (id) => c.id.startsWith(id)) &&
    (f.get('label') ?? []).every((l) => labelMatch(c.config.Labels, l)) &&
    any('exited', (n) => c.state.Status === 'exited' && c.state.ExitCode === Number(n)) &&
    any('ancestor', (a) => {
      const img = engine.images.find(a);
      return !!img && (c.image.id === img.id || c.config.Image === a);
    }) &&
    any('network', (n) => onNetwork(engine, c, n)) &&
    any('volume', (v) => mountPointsOf(c).some((m) => m.Destination === v || (m.Name !== '' ? m.Name : m.Source) === v)) &&
    any('publish', (p) => portKeys(p).some((k) => c.state.Running && (c.hostConfig.PortBindings[k]?.length ?? 0) > 0)) &&
    any('expose', (p) => portKeys(p).some((k) => c.state.Running && (k in (c.config.ExposedPorts ?? {}) || k in c.hostConfig.PortBindings))) &&
    any('health', (h) => h === healthOf(c)) &&
    any('is-task', (t) => t === 'false') &&
    (!before || c.createdMs < before.createdMs || (c.createdMs === before.createdMs && c.seq < before.seq)) &&
    (!since || c.createdMs > since.createdMs || (c.createdMs === since.createdMs && c.seq > since.seq));
}

/** nat.ParsePortSpecs of a publish/expose value: `80`, `80/udp`, `8000-8002` → container port keys. */
function portKeys(v: string): string[] {
  const [range, proto = 'tcp'] = v.split('/') as [string, string?];
  const [a, b = a] = range.split('-').map(Number) as [number, number?];
  const out: string[] = [];
  for (let p = a; p <= b && out.length < 65536; p++) out.push(`${p}/${proto}`);
  return out;
}

function healthOf(c: Container): string {
  const h = (c.state as { Health?: { Status?: string } }).Health;
  return h?.Status ?? 'none';
}
