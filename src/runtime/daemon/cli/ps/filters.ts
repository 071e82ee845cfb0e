import type { Container } from '../../container/container.ts';
import type { Engine } from '../../engine.ts';
import { DaemonError } from '../../errors.ts';

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
    any('network', (n) => (c.hostConfig.NetworkMode === 'default' ? 'bridge' : c.hostConfig.NetworkMode) === n) &&
    (!before || c.createdMs < before.createdMs || (c.createdMs === before.createdMs && c.seq < before.seq)) &&
    (!since || c.createdMs > since.createdMs || (c.createdMs === since.createdMs && c.seq > since.seq));
}
