import { applyChanges } from '../container/commit-changes.ts';
import type { ContainerConfig } from '../container/config.ts';
import type { Engine } from '../engine.ts';
import { DaemonError } from '../errors.ts';
import { sha256 } from '../ids.ts';
import { configJson } from '../inspect/image-json.ts';
import { imageId } from './from-spec.ts';
import type { Image, ImageConfig } from './image.ts';
import { layerTar, memFsFromTar, tarContentSize } from './layer-tar.ts';
import type { Reference } from './reference.ts';
import { readTar, TarError } from './ustar.ts';

/**
 * POST /images/create?fromSrc=- (ImportImage of Engine 20.10): the tarball becomes the only layer,
 * the config comes from the `--change` lines alone, comment "Imported from -" unless -m.
 */
export function importImage(engine: Engine, raw: string, ref: Reference | null, changes: string[], message: string): Image {
  let entries;
  try {
    entries = readTar(raw);
  } catch (e) {
    if (e instanceof TarError) throw new DaemonError(e.message === 'unexpected EOF' ? 'unexpected EOF' : e.message, 500);
    throw e;
  }
  const base = configJson(null) as unknown as ContainerConfig;
  const config = applyChanges(base, changes) as unknown as ImageConfig;
  const host = engine.host;
  const fs = memFsFromTar(entries, host.allocDev(), () => host.clock.now);
  const created = engine.now();
  const comment = message || 'Imported from -';
  const img: Image = {
    id: '', parent: '', comment, created, container: '', containerConfig: null, dockerVersion: '20.10.24+dfsg1', author: '',
    config, architecture: 'amd64', os: 'linux',
    layers: [{ diffId: `sha256:${sha256(layerTar(fs))}`, fs, size: tarContentSize(entries) }],
    history: [{ created, comment }], repoTags: [], repoDigests: [], lastTagTime: '',
  };
  img.id = imageId(img);
  const stored = engine.images.add(img);
  engine.events.add('image', 'import', { id: stored.id, attributes: { name: stored.id } });
  if (ref) {
    engine.images.tag(stored, ref.repo, ref.tag ?? 'latest', engine.now());
    engine.events.add('image', 'tag', { id: stored.id, attributes: { name: stored.id } });
  }
  return stored;
}
