import type { Engine } from '../engine.ts';
import { DaemonError } from '../errors.ts';
import type { Network } from './network.ts';

type Filters = Map<string, string[]>;

/** filters.Match: the value as a regular expression searched in the text (a bad pattern is a plain compare). */
function match(values: string[], text: string): boolean {
  return values.some((p) => {
    try {
      return new RegExp(p).test(text);
    } catch {
      return p === text;
    }
  });
}

function labelMatch(n: Network, want: string): boolean {
  const i = want.indexOf('=');
  if (i < 0) return Object.hasOwn(n.labels, want);
  return n.labels[want.slice(0, i)] === want.slice(i + 1);
}

function boolFilter(values: string[], key: string): boolean {
  const v = values.map((x) => x.toLowerCase());
  if (v.some((x) => x === 'true' || x === '1')) return true;
  if (v.some((x) => x === 'false' || x === '0')) return false;
  throw new DaemonError(`Invalid filter '${key}=${values[0]}'`, 400);
}

const TYPES = ['custom', 'builtin'];

/** The network list filters of Engine 20.10 (daemon/network/filter.go). */
export function filterNetworks(_engine: Engine, list: Network[], f: Filters, allowed = ['driver', 'id', 'label', 'name', 'scope', 'type', 'dangling']): Network[] {
  for (const k of f.keys()) if (!allowed.includes(k)) throw new DaemonError(`Invalid filter '${k}'`, 400);
  let out = list;
  for (const t of f.get('type') ?? []) if (!TYPES.includes(t)) throw new DaemonError(`invalid filter: 'type'='${t}'`, 400);
  const rules: [string, (n: Network, v: string[]) => boolean][] = [
    ['driver', (n, v) => match(v, n.driver)],
    ['id', (n, v) => match(v, n.id)],
    ['name', (n, v) => match(v, n.name)],
    ['scope', (n, v) => v.includes('local')],
    ['type', (n, v) => v.includes(n.predefined ? 'builtin' : 'custom')],
    ['label', (n, v) => v.every((l) => labelMatch(n, l))],
  ];
  for (const [key, keep] of rules) {
    const v = f.get(key);
    if (v) out = out.filter((n) => keep(n, v));
  }
  const dangling = f.get('dangling');
  if (dangling) {
    const yes = boolFilter(dangling, 'dangling');
    // Engine 20.10 tests "no containers" on the list's resources, which never carry their
    // containers: every user network counts as dangling, in use or not (checked on the real engine).
    out = out.filter((n) => !n.predefined === yes);
  }
  return out;
}
