import type { Engine } from '../engine.ts';
import type { Image } from '../image/image.ts';
import { parseReference, ReferenceError, type Reference } from '../image/reference.ts';
import { CATALOG } from '../images/index.ts';

/** The store keeps Docker's familiar names; podman always shows them fully qualified. */
export function qualifiedTag(repoTag: string): string {
  const r = parseReference(repoTag);
  return `${r.repo}:${r.tag ?? 'latest'}`;
}

export function qualifiedTags(img: Image): string[] {
  return img.repoTags.map(qualifiedTag);
}

/** Whether the name as typed starts with a registry (`quay.io/x`, `localhost/x`, `host:5000/x`). */
export function hasDomain(text: string): boolean {
  const i = text.indexOf('/');
  if (i < 0) return false;
  const first = text.slice(0, i);
  return first.includes('.') || first.includes(':') || first === 'localhost';
}

/** A name for tag/commit: without a registry it lives under `localhost/`. */
export function localName(text: string): Reference {
  const r = parseReference(hasDomain(text) ? text : `localhost/${text}`);
  return { ...r, tag: r.tag ?? (r.digest ? null : 'latest') };
}

/**
 * libimage's local lookup: an id or id prefix, a qualified name, or a short name tried as
 * `localhost/NAME`, then Docker Hub, then any registry whose repository ends in `/NAME`.
 */
export function findLocal(engine: Engine, text: string): Image | undefined {
  const hex = text.startsWith('sha256:') ? text.slice(7) : text;
  if (/^[0-9a-f]+$/.test(hex)) {
    const hits = engine.images.all().filter((i) => i.id.slice(7).startsWith(hex));
    if (hits.length === 1) return hits[0];
  }
  let r: Reference;
  try {
    r = parseReference(text);
  } catch (e) {
    if (e instanceof ReferenceError) return undefined;
    throw e;
  }
  const tag = r.tag ?? 'latest';
  if (hasDomain(text)) return engine.images.byTag({ ...r, tag });
  const path = text.replace(/[:@].*$/, '');
  const byName = (repo: string) => engine.images.byTag({ repo, tag, digest: null });
  const hit = byName(`localhost/${path}`) ?? byName(r.repo);
  if (hit) return hit;
  return engine.images.all().find((img) => qualifiedTags(img).some((t) => t.endsWith(`/${path}:${tag}`)));
}

/** Short names the lab's registries.conf.d/shortnames.conf aliases: every catalog repository on Docker Hub. */
export function aliasOf(name: string): string | undefined {
  if (hasDomain(name) || name.includes('/')) return undefined;
  return CATALOG.some((s) => s.repo === name) ? `docker.io/library/${name}` : undefined;
}

export const SHORTNAMES_CONF = '/etc/containers/registries.conf.d/shortnames.conf';
