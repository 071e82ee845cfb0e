import type { Engine } from '../engine.ts';
import { DaemonError } from '../errors.ts';
import { chainIds } from './config-file.ts';
import { type DeleteRecord, deleteImage } from './delete.ts';
import type { Image } from './image.ts';
import { byCreatedDesc } from './list.ts';

const KEYS = ['dangling', 'label', 'label!', 'until'];
const UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60000, h: 3600000 };

/** `until=` takes a Go duration (relative to now) or a timestamp. */
function untilMs(v: string, now: number): number {
  const dur = /^((\d+(\.\d+)?)(ns|us|µs|ms|s|m|h))+$/.test(v);
  if (dur) {
    let ms = 0;
    for (const m of v.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) ms += Number(m[1]) * UNITS[m[2]!]!;
    return now - ms;
  }
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  if (Number.isNaN(t)) throw new DaemonError(`failed to parse value as time or duration: ${JSON.stringify(v)}`, 400);
  return t;
}

function labelsMatch(img: Image, f: Map<string, string[]>): boolean {
  const l = img.config.Labels ?? {};
  const has = (want: string) => {
    const i = want.indexOf('=');
    return i < 0 ? Object.hasOwn(l, want) : l[want.slice(0, i)] === want.slice(i + 1);
  };
  return (f.get('label') ?? []).every(has) && !(f.get('label!') ?? []).some(has);
}

/** ImagesPrune of Engine 20.10: unused dangling (or with -a all unused) images; bytes of the layers freed. */
export function pruneImages(engine: Engine, f: Map<string, string[]>, all: boolean): { deleted: DeleteRecord[]; reclaimed: number } {
  for (const k of f.keys()) if (!KEYS.includes(k)) throw new DaemonError(`Invalid filter '${k}'`, 400);
  let danglingOnly = !all;
  const d = f.get('dangling');
  if (d) danglingOnly = d.includes('true') || (!d.includes('false') && danglingOnly);
  const until = f.has('until') ? untilMs(f.get('until')!.at(-1)!, engine.host.clock.now) : undefined;
  const used = new Set([...engine.containers.values()].map((c) => c.image.id));
  const store = engine.images;
  const layerSizes = new Map<string, number>();
  for (const img of store.all()) chainIds(img.layers.map((l) => l.diffId)).forEach((c, i) => layerSizes.set(c, img.layers[i]!.size));
  const candidates = store
    .all()
    .filter((img) => !danglingOnly || store.children(img).length === 0)
    .filter((img) => !used.has(img.id) && (until === undefined || Date.parse(img.created) <= until) && labelsMatch(img, f))
    .sort(byCreatedDesc);
  const deleted: DeleteRecord[] = [];
  for (const img of candidates) {
    if (!store.byId.has(img.id)) continue;
    const refs = [...img.repoTags, ...img.repoDigests];
    try {
      if (refs.length === 0) deleted.push(...deleteImage(engine, img.id.slice(7), false, true));
      else if (!danglingOnly || img.repoTags.length === 0) for (const r of refs) deleted.push(...deleteImage(engine, r, false, true));
    } catch (e) {
      if (!(e instanceof DaemonError)) throw e;
    }
  }
  let reclaimed = 0;
  for (const r of deleted) if ('deleted' in r) reclaimed += layerSizes.get(r.deleted) ?? 0;
  return { deleted, reclaimed };
}
