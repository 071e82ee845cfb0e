import type { Host } from '../host.ts';
import { Engine } from './engine.ts';
import { imageFromSpec } from './image/from-spec.ts';
import { parseReference } from './image/reference.ts';
import { goldenPresetImages } from './images/presets.ts';
import type { ImageSpec } from './images/types.ts';

const engines = new WeakMap<Host, Engine>();

/** The host's engine, created on first use. */
export function engineOf(host: Host): Engine {
  let e = engines.get(host);
  if (!e) {
    e = new Engine(host);
    engines.set(host, e);
    if ((host.options.dockerImages ?? 'golden') === 'golden') for (const spec of goldenPresetImages()) addSpecImage(e, spec);
  }
  return e;
}

/** Stores a catalog image under all its tags (what a completed pull leaves behind). */
export function addSpecImage(engine: Engine, spec: ImageSpec, onlyTag?: string) {
  const img = engine.images.add(imageFromSpec(engine.host, spec));
  const repo = parseReference(spec.repo).repo;
  for (const tag of onlyTag ? [onlyTag] : spec.tags) engine.images.tag(img, repo, tag, engine.now());
  return img;
}
