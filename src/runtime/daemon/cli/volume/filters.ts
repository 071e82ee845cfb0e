import { DaemonError } from '../../errors.ts';
import type { Volume, VolumeStore } from '../../volume/store.ts';

export type Filters = Map<string, string[]>;

/** `-f key=value` as filters.ParseFlag keeps them. */
export function parseFilters(items: string[]): Filters {
  const f: Filters = new Map();
  for (const item of items) {
    const i = item.indexOf('=');
    const key = item.slice(0, i).trim().toLowerCase();
    f.set(key, [...(f.get(key) ?? []), item.slice(i + 1).trim()]);
  }
  return f;
}

function labelMatch(v: Volume, want: string): boolean {
  const i = want.indexOf('=');
  const labels = v.labels ?? {};
  if (i < 0) return Object.hasOwn(labels, want);
  return labels[want.slice(0, i)] === want.slice(i + 1);
}

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

/** The volume service's list filters of Engine 20.10 (dangling, name, driver, label). */
export function filterVolumes(store: VolumeStore, list: Volume[], f: Filters, allowed = ['dangling', 'name', 'driver', 'label']): Volume[] {
  for (const k of f.keys()) if (!allowed.includes(k)) throw new DaemonError(`Invalid filter '${k}'`, 400);
  let out = list;
  const dangling = f.get('dangling');
  if (dangling) {
    const v = dangling.map((x) => x.toLowerCase());
    const yes = v.some((x) => x === 'true' || x === '1');
    const no = v.some((x) => x === 'false' || x === '0');
    if (!yes && !no) throw new DaemonError(`Invalid filter 'dangling=[${dangling.join(' ')}]'`, 400);
    out = out.filter((vol) => (store.users(vol.name).length === 0) === yes);
  }
  const names = f.get('name');
  if (names) out = out.filter((vol) => match(names, vol.name));
  const drivers = f.get('driver');
  if (drivers) out = out.filter(() => match(drivers, 'local'));
  const labels = f.get('label');
  if (labels) out = out.filter((vol) => labels.every((l) => labelMatch(vol, l)));
  return out;
}
