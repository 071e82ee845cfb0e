import { DaemonError } from '../../errors.ts';
import { sha256, shortId } from '../../ids.ts';
import type { Image } from '../../image/image.ts';
import { familiarRepo, type Reference } from '../../image/reference.ts';
import { addSpecImage } from '../../engine-of.ts';
import { findImage } from '../../images/index.ts';
import type { TextWriter } from '../../../shell/applets/types.ts';
import type { Call } from '../command.ts';

/**
 * A pull from the offline catalog, printed as the CLI prints a pull without a terminal: the
 * per-layer status lines (no progress bars), the digest and the status line.
 */
export async function pullImage(call: Call, ref: Reference, out: TextWriter): Promise<Image> {
  const repo = familiarRepo(ref.repo);
  const tag = ref.tag ?? 'latest';
  const spec = findImage(ref.repo.replace(/^docker\.io\/(library\/)?/, ''), tag) ?? findImage(repo, tag);
  const path = ref.repo.startsWith('docker.io/') ? ref.repo.slice('docker.io/'.length) : ref.repo.slice(ref.repo.indexOf('/') + 1);
  if (!spec) {
    if (ref.repo.startsWith('docker.io/')) {
      const known = findImage(repo, 'latest') ?? findImage(ref.repo.replace(/^docker\.io\/(library\/)?/, ''), 'latest');
      if (known) throw new DaemonError(`manifest for ${repo}:${tag} not found: manifest unknown: manifest unknown`, 404);
      throw new DaemonError(`pull access denied for ${repo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`, 404);
    }
    throw new DaemonError(`Get "https://${ref.repo.split('/')[0]}/v2/": dial tcp: lookup ${ref.repo.split('/')[0]}: no such host`, 500);
  }
  const engine = call.engine;
  const existing = engine.images.byTag(ref);
  await out.write(`${tag}: Pulling from ${path}\n`);
  const layerIds = spec.history.filter((h) => !h.emptyLayer && h.layer).map((_, i) => shortId(sha256(`${spec.digest}/blob/${i}`)));
  const img = addSpecImage(engine, spec, tag);
  if (existing?.id === img.id) {
    await out.write(`Digest: ${spec.digest}\nStatus: Image is up to date for ${repo}:${tag}\n`);
    return img;
  }
  for (const id of layerIds) await out.write(`${id}: Pulling fs layer\n`);
  for (const id of layerIds) await out.write(`${id}: Verifying Checksum\n${id}: Download complete\n`);
  for (const id of layerIds) await out.write(`${id}: Pull complete\n`);
  img.repoDigests = [...new Set([...img.repoDigests, `${repo}@${spec.digest}`])];
  await out.write(`Digest: ${spec.digest}\nStatus: Downloaded newer image for ${repo}:${tag}\n`);
  engine.events.add('image', 'pull', { id: `${repo}:${tag}`, attributes: { name: repo } });
  return img;
}
