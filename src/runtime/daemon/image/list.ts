import type { Engine } from '../engine.ts';
import { DaemonError } from '../errors.ts';
import { type Image, imageSize } from './image.ts';
import { getImage } from './lookup.ts';
import { familiarRepo, parseReference } from './reference.ts';

/** One image of GET /images/json (types.ImageSummary). */
export interface ImageSummary {
  image: Image;
  repoTags: string[];
  repoDigests: string[];
  size: number;
}

export type Filters = Map<string, string[]>;

/** Go's path.Match (what reference filters use): `*`, `?`, `[...]`, never crossing `/`. */
export function pathMatch(pattern: string, name: string): boolean {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) return false;
      let body = pattern.slice(i + 1, end);
      if (body.startsWith('^')) body = `^${body.slice(1)}`;
      re += `[${body.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else if (c === '\\' && i + 1 < pattern.length) re += `\\${pattern[++i]}`;
    else re += c.replace(/[.+^${}()|\]\\]/g, '\\$&');
  }
  return new RegExp(`${re}$`).test(name);
}

/** reference.FamiliarMatch: the pattern against `name:tag`, then against the bare name. */
function familiarMatch(pattern: string, tagged: string): boolean {
  if (pathMatch(pattern, tagged)) return true;
  const i = tagged.lastIndexOf(':');
  return i > tagged.lastIndexOf('/') && pathMatch(pattern, tagged.slice(0, i));
}

function labelMatch(labels: Record<string, string> | null, want: string): boolean {
  const l = labels ?? {};
  const i = want.indexOf('=');
  if (i < 0) return Object.hasOwn(l, want);
  return l[want.slice(0, i)] === want.slice(i + 1);
}

const createdMs = (img: Image) => Date.parse(img.created);

/** Images newest first; the engine compares whole seconds, ties keep the later one first. */
export function byCreatedDesc(a: Image, b: Image): number {
  return Math.floor(createdMs(b) / 1000) - Math.floor(createdMs(a) / 1000) || b.created.localeCompare(a.created);
}

const ACCEPTED = ['dangling', 'label', 'before', 'since', 'reference'];

/** ImageService.Images of Engine 20.10: filters, the `-a` rule for intermediate images, `<none>` rows. */
export function listImages(engine: Engine, f: Filters, all: boolean): ImageSummary[] {
  for (const k of f.keys()) if (!ACCEPTED.includes(k)) throw new DaemonError(`Invalid filter '${k}'`, 400);
  let danglingOnly = false;
  const dangling = f.get('dangling');
  if (dangling) {
    if (dangling.includes('true')) danglingOnly = true;
    else if (!dangling.includes('false')) {
      throw new DaemonError(`Invalid filter 'dangling=[${dangling.join(' ')}]'`, 400);
    }
  }
  const bound = (key: string): number | undefined => {
    let t: number | undefined;
    for (const v of f.get(key) ?? []) t = createdMs(getImage(engine, v));
    return t;
  };
  const before = bound('before');
  const since = bound('since');
  const store = engine.images;
  const out: ImageSummary[] = [];
  for (const img of store.all()) {
    if (danglingOnly && store.children(img).length > 0) continue;
    const t = createdMs(img);
    if (before !== undefined && t >= before) continue;
    if (since !== undefined && t <= since) continue;
    if (f.has('label') && !(f.get('label') ?? []).every((l) => labelMatch(img.config.Labels, l))) continue;
    const refs = f.get('reference');
    const keep = (name: string) => !refs || refs.some((p) => familiarMatch(p, name));
    let repoTags = img.repoTags.filter(keep);
    let repoDigests = img.repoDigests.filter((d) => !refs || refs.some((p) => pathMatch(p, d) || pathMatch(p, d.slice(0, d.indexOf('@')))));
    if (repoTags.length === 0 && repoDigests.length === 0) {
      if (!all && store.children(img).length > 0) continue;
      if (dangling && !danglingOnly) continue;
      if (refs) continue;
      repoTags = ['<none>:<none>'];
      repoDigests = ['<none>@<none>'];
    } else if (danglingOnly && repoTags.length > 0) continue;
    out.push({ image: img, repoTags, repoDigests, size: imageSize(img) });
  }
  return out.sort((a, b) => byCreatedDesc(a.image, b.image));
}

/** `busybox:latest` → ['busybox', 'latest'] (familiar repository, tag). */
export function splitTag(t: string): [string, string] {
  const i = t.lastIndexOf(':');
  return [t.slice(0, i), t.slice(i + 1)];
}

export const familiarOf = (name: string): string => {
  try {
    return familiarRepo(parseReference(name).repo);
  } catch {
    return name;
  }
};
