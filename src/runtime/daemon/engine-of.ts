import type { Host } from '../host.ts';
import { Engine } from './engine.ts';
import { imageFromSpec, imageId } from './image/from-spec.ts';
import type { Image, Layer } from './image/image.ts';
import { parseReference } from './image/reference.ts';
import { goldenPresetImages } from './images/presets.ts';
import type { ImageSpec } from './images/types.ts';
import { registerEngine } from '../services/engine-registry.ts';
// Any engine must be savable with its host (persist/engine-hook.ts): its persistence comes with it.
import './persist/engine-state.ts';

const engines = new WeakMap<Host, Engine>();
/** The catalog spec each catalog image (and layer) was materialised from: persist/ saves those by reference. */
const specOrigins = new WeakMap<Image, ImageSpec>();
const layerOrigins = new WeakMap<Layer, { spec: ImageSpec; index: number }>();

/** The host's engine, created on first use. */
export function engineOf(host: Host): Engine {
  let e = engines.get(host);
  if (!e) {
    e = new Engine(host);
    engines.set(host, e);
    registerEngine(host, e);
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

/** The host's engine if it has one already (saving a host must not create one). */
export function existingEngineOf(host: Host): Engine | undefined {
  return engines.get(host);
}

/** Installs an engine rebuilt from a saved host (persist/), in place of a fresh one. */
export function setEngineOf(host: Host, engine: Engine): void {
  engines.set(host, engine);
  registerEngine(host, engine);
}

/** The catalog spec `img` was built from (pull or preset), if it was. */
export function specOf(img: Image): ImageSpec | undefined {
  return specOrigins.get(img);
}

/** The catalog spec and layer index `layer` was built from, if it was. */
export function layerSpecOf(layer: Layer): { spec: ImageSpec; index: number } | undefined {
  return layerOrigins.get(layer);
}

/** imageFromSpec, remembering the spec the image and its layers came from. */
export function imageOfSpec(host: Host, spec: ImageSpec): Image {
  const img = imageFromSpec(host, spec);
  specOrigins.set(img, spec);
  img.layers.forEach((layer, index) => layerOrigins.set(layer, { spec, index }));
  return img;
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
  const img = engine.images.add(imageOfSpec(engine.host, spec));
  const repo = parseReference(spec.repo).repo;
  for (const tag of onlyTag ? [onlyTag] : spec.tags) engine.images.tag(img, repo, tag, engine.now());
  return img;
}
