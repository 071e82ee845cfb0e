import type { Host } from '../host.ts';
import { Engine } from './engine.ts';
import { imageFromSpec, imageId } from './image/from-spec.ts';
import type { Image } from './image/image.ts';
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
    if ((host.options.dockerImages ?? 'golden') === 'golden') {
      for (const spec of goldenPresetImages()) {
        const img = addSpecImage(e, spec);
        // hello-world was built locally with the legacy builder: its COPY step left a parent image.
        if (spec.repo === 'hello-world') addBuildParent(e, img);
      }
    }
  }
  return e;
}

/** The untagged intermediate image a legacy build leaves under its last layer-creating step. */
function addBuildParent(engine: Engine, img: Image): void {
  const steps = img.history.findLastIndex((h) => !h.empty_layer);
  const parent: Image = {
    ...img, id: '', repoTags: [], repoDigests: [], history: img.history.slice(0, steps + 1),
    created: img.history[steps]!.created, config: { ...img.config, Cmd: null }, lastTagTime: '',
  };
  parent.id = imageId(parent);
  engine.images.add(parent);
  img.parent = parent.id;
}

/** Stores a catalog image under all its tags (what a completed pull leaves behind). */
export function addSpecImage(engine: Engine, spec: ImageSpec, onlyTag?: string) {
  const img = engine.images.add(imageFromSpec(engine.host, spec));
  const repo = parseReference(spec.repo).repo;
  for (const tag of onlyTag ? [onlyTag] : spec.tags) engine.images.tag(img, repo, tag, engine.now());
  return img;
}
