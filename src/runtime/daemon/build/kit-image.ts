/**
 * BuildKit's side of a step's result: no intermediate image in the store, a history row written
 * from the instruction (`RUN /bin/sh -c … # buildkit`, `CMD ["sh"]`), and its own cache of step
 * results (what `CACHED` means, kept until `docker builder prune`).
 */
import type { Engine } from '../engine.ts';
import { imageId } from '../image/from-spec.ts';
import type { Image, ImageConfig } from '../image/image.ts';
import type { Builder, StageState } from './state.ts';
import { cacheKey } from './cache-key.ts';

const caches = new WeakMap<Engine, Map<string, Image>>();

/** The engine's BuildKit cache: `<parent id>\n<step config>` → the step's (unstored) image. */
export function kitCache(engine: Engine): Map<string, Image> {
  let c = caches.get(engine);
  if (!c) caches.set(engine, (c = new Map()));
  return c;
}

/** The history text BuildKit's Dockerfile frontend writes for the instruction. */
function kitCreatedBy(legacy: string, b: Builder): string {
  const inst = b.current;
  const nop = /#\(nop\) {1,2}(.*)$/s.exec(legacy);
  if (!inst) return legacy;
  if (inst.cmd === 'run') return `RUN ${legacy} # buildkit`;
  if (inst.cmd === 'copy' || inst.cmd === 'add') return `${inst.original.replace(/^\S+/, inst.cmd.toUpperCase())} # buildkit`;
  return nop ? nop[1]! : legacy;
}

export function commitKit(b: Builder, state: StageState, img: Image, containerConfig: ImageConfig): Image {
  const last = img.history[img.history.length - 1]!;
  last.created_by = kitCreatedBy(last.created_by ?? '', b);
  img.container = '';
  img.containerConfig = null;
  img.id = imageId(img);
  kitCache(b.engine).set(`${state.image?.id ?? ''}\n${cacheKey(containerConfig)}`, img);
  state.image = img;
  return img;
}


/** The exported image: the last step's, with no parent (BuildKit keeps no intermediate images). */
export function exportKitImage(engine: Engine, img: Image): Image {
  const out: Image = { ...img, parent: '', config: { ...img.config, Image: '' }, repoTags: [], repoDigests: [], lastTagTime: '' };
  out.id = imageId(out);
  return engine.images.add(out);
}
