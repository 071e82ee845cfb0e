import type { Ulimit } from '../../container/config.ts';
import { ValueError } from '../front/values.ts';

/** go-units' ulimitNameMapping: the names `--ulimit` accepts (no `as`, lower case only). */
export const ULIMIT_NAMES = ['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack'];

const INT64_MAX = 9223372036854775807n;

/** strconv.ParseInt(s, 10, 64) with Go's error texts. */
function parseInt64(s: string): number {
  const q = JSON.stringify(s);
  if (!/^[+-]?[0-9]+$/.test(s)) throw new ValueError(`strconv.ParseInt: parsing ${q}: invalid syntax`);
  const n = BigInt(s);
  if (n > INT64_MAX || n < -INT64_MAX - 1n) throw new ValueError(`strconv.ParseInt: parsing ${q}: value out of range`);
  return Number(n);
}

/** units.ParseUlimit: `name=soft[:hard]`; the hard value is parsed (and fails) first, as Go does. */
export function parseUlimit(val: string): Ulimit {
  const eq = val.indexOf('=');
  if (eq < 0) throw new ValueError(`invalid ulimit argument: ${val}`);
  const name = val.slice(0, eq);
  if (!ULIMIT_NAMES.includes(name)) throw new ValueError(`invalid ulimit type: ${name}`);
  const values = val.slice(eq + 1).split(':');
  if (values.length > 2) throw new ValueError(`too many limit value arguments - ${val.slice(eq + 1)}, can only have up to two, \`soft[:hard]\``);
  const hard = values.length === 2 ? parseInt64(values[1]!) : undefined;
  const soft = parseInt64(values[0]!);
  const h = hard ?? soft;
  if (h !== -1 && soft > h) throw new ValueError(`ulimit soft limit must be less than or equal to hard limit: ${soft} > ${h}`);
  return { Name: name, Hard: h, Soft: soft };
}

/** HostConfig.Ulimits: one per name (the last given wins), sorted by name as the CLI sends them. */
export function ulimitsFrom(values: string[]): Ulimit[] {
  const byName = new Map<string, Ulimit>();
  for (const v of values) {
    const u = parseUlimit(v);
    byName.set(u.Name, u);
  }
  return [...byName.values()].sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
}
