import { MemFs } from '../../kernel/fs/memfs.ts';
import { loadMemFs, saveMemFs } from '../../persist/memfs-image.ts';
import type { Engine } from '../engine.ts';
import { imageOfSpec, layerSpecOf, specOf } from '../engine-of.ts';
import type { Image, Layer } from '../image/image.ts';
import { parseReference } from '../image/reference.ts';
import { CATALOG, goldenPresetImages } from '../images/index.ts';
import type { ImageSpec } from '../images/types.ts';
import { EngineStateError, type SavedImage, type SavedLayer, type SpecRef } from './saved-engine.ts';

const refOf = (spec: ImageSpec): SpecRef => ({ source: CATALOG.includes(spec) ? 'catalog' : 'preset', repo: spec.repo, digest: spec.digest });

/** The images to save: the store's, then those only containers still use (`rmi -f` of a used image). */
function imagesToSave(engine: Engine): { img: Image; stored: boolean }[] {
  const out = engine.images.all().map((img) => ({ img, stored: true }));
  const seen = new Set(out.map((o) => o.img));
  for (const c of engine.containers.values()) {
    if (seen.has(c.image)) continue;
    seen.add(c.image);
    out.push({ img: c.image, stored: false });
  }
  return out;
}

/** Images and their layers; a layer shared by several images (commit, build parent) is saved once. */
export function saveImages(engine: Engine): { layers: SavedLayer[]; images: SavedImage[] } {
  const layers: SavedLayer[] = [];
  const index = new Map<Layer, number>();
  const layerIndex = (l: Layer): number => {
    let i = index.get(l);
    if (i === undefined) {
      const origin = layerSpecOf(l);
      layers.push(origin ? { spec: refOf(origin.spec), index: origin.index } : { diffId: l.diffId, size: l.size, fs: saveMemFs(l.fs) });
      index.set(l, (i = layers.length - 1));
    }
    return i;
  };
  const images = imagesToSave(engine).map(({ img, stored }): SavedImage => {
    const spec = specOf(img);
    if (spec) {
      return { spec: refOf(spec), id: img.id, parent: img.parent, repoTags: [...img.repoTags], repoDigests: [...img.repoDigests], lastTagTime: img.lastTagTime, stored };
    }
    const { layers: own, ...meta } = img;
    return { meta, layers: own.map(layerIndex), stored };
  });
  return { layers, images };
}

/** Finds the catalog entries again and materialises each at most once. */
class SpecImages {
  private readonly built = new Map<string, Image>();
  private presets: ImageSpec[] | null = null;
  constructor(private readonly engine: Engine) {}

  get(ref: SpecRef): Image {
    const key = `${ref.source}:${ref.repo}@${ref.digest}`;
    let img = this.built.get(key);
    if (img) return img;
    const specs = ref.source === 'catalog' ? CATALOG : (this.presets ??= goldenPresetImages());
    const spec = specs.find((s) => s.repo === ref.repo && s.digest === ref.digest);
    if (!spec) throw new EngineStateError(`the image ${ref.repo} (${ref.digest}) is no longer in the lab's catalog`);
    img = imageOfSpec(this.engine.host, spec);
    this.built.set(key, img);
    return img;
  }
}

function restoreLayer(engine: Engine, specs: SpecImages, saved: SavedLayer): Layer {
  if ('spec' in saved) {
    const layer = specs.get(saved.spec).layers[saved.index];
    if (!layer) throw new EngineStateError(`layer ${saved.index} of ${saved.spec.repo} does not exist`);
    return layer;
  }
  const host = engine.host;
  const fs = new MemFs({ fstype: 'overlay', dev: host.allocDev(), now: () => host.clock.now });
  loadMemFs(fs, saved.fs);
  return { diffId: saved.diffId, fs, size: saved.size };
}

/** Puts the names back through the store, so its reference index matches, then their saved order and time. */
function retag(engine: Engine, img: Image, repoTags: string[], lastTagTime: string): void {
  img.repoTags = [];
  for (const name of repoTags) {
    const r = parseReference(name);
    if (r.tag === null) throw new EngineStateError(`image name without a tag: ${name}`);
    engine.images.tag(img, r.repo, r.tag, lastTagTime);
  }
  img.repoTags = [...repoTags];
  img.lastTagTime = lastTagTime;
}

/** Rebuilds the images into the engine's store; returns every image (stored or not) by its saved id. */
export function restoreImages(engine: Engine, savedLayers: SavedLayer[], savedImages: SavedImage[]): Map<string, Image> {
  const specs = new SpecImages(engine);
  const layers = savedLayers.map((l) => restoreLayer(engine, specs, l));
  const byId = new Map<string, Image>();
  for (const s of savedImages) {
    let img: Image;
    if ('spec' in s) {
      // A newer lab may have changed the catalog entry (new id): its containers use the new one.
      img = specs.get(s.spec);
      byId.set(s.id, img);
      img.parent = s.parent;
      img.repoDigests = [...s.repoDigests];
      img.repoTags = [...s.repoTags];
      img.lastTagTime = s.lastTagTime;
    } else {
      img = { ...structuredClone(s.meta), layers: s.layers.map((i) => layers[i] ?? fail(`image ${s.meta.id} uses missing layer ${i}`)) };
    }
    if (s.stored) {
      engine.images.add(img);
      retag(engine, img, [...img.repoTags], img.lastTagTime);
    }
    byId.set(img.id, img);
  }
  return byId;
}

function fail(message: string): never {
  throw new EngineStateError(message);
}
