import type { Engine } from '../engine.ts';
import { DaemonError } from '../errors.ts';
import type { Image } from './image.ts';
import { familiarString, parseReference, type Reference, ReferenceError, withDefaultTag } from './reference.ts';

/**
 * The daemon's reference parser (ParseAnyReference of Engine 20.10's vendored distribution/reference):
 * its lowercase error predates the CLI's "repository name (library/X) must be lowercase".
 */
export function daemonReference(text: string): Reference {
  try {
    return parseReference(text);
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    const msg = e.message.includes('must be lowercase') ? 'invalid reference format: repository name must be lowercase' : e.message;
    throw new DaemonError(msg, 400);
  }
}

/**
 * ImageService.GetImage: a full id (64 hex, with or without `sha256:`), a reference, or an id
 * prefix. Misses are `No such image: <familiar ref with default tag>`.
 */
export function getImage(engine: Engine, text: string): Image {
  const hex = /^(sha256:)?([0-9a-f]{64})$/.exec(text);
  if (hex) {
    const img = engine.images.byId.get(`sha256:${hex[2]}`);
    if (!img) throw new DaemonError(`No such image: sha256:${hex[2]}`, 404);
    return img;
  }
  const ref = daemonReference(text);
  const tagged = ref.digest !== null ? byDigest(engine, ref) : engine.images.byTag(ref);
  if (tagged) return tagged;
  const prefix = text.startsWith('sha256:') ? text.slice(7) : text;
  if (/^[0-9a-f]+$/.test(prefix)) {
    const hits = engine.images.all().filter((i) => i.id.slice(7).startsWith(prefix));
    if (hits.length === 1) return hits[0]!;
  }
  throw new DaemonError(`No such image: ${familiarString(withDefaultTag(ref))}`, 404);
}

/** True when the user named the image by (a prefix of) its id rather than by a reference. */
export function isIdPrefix(img: Image, text: string): boolean {
  const hex = text.startsWith('sha256:') ? text.slice(7) : text;
  return hex.length > 0 && img.id.slice(7).startsWith(hex);
}

function byDigest(engine: Engine, ref: Reference): Image | undefined {
  const want = `${familiarString({ ...ref, tag: null })}`;
  return engine.images.all().find((i) => i.repoDigests.includes(want));
}
