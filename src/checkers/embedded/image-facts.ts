import { specOf } from '../../runtime/daemon/engine-of.ts';
import type { Image } from '../../runtime/daemon/image/image.ts';
import type { ImageFacts } from '../state.ts';
import { envMap } from './container-facts.ts';

export function imageFacts(img: Image): ImageFacts {
  const c = img.config;
  return {
    id: img.id,
    repoTags: [...img.repoTags],
    cmd: c.Cmd ? [...c.Cmd] : null,
    entrypoint: c.Entrypoint ? [...c.Entrypoint] : null,
    env: envMap(c.Env ?? []),
    exposedPorts: Object.keys(c.ExposedPorts ?? {}),
    workdir: c.WorkingDir,
    user: c.User,
    layers: img.layers.length,
    author: img.author,
    // Pulled and preset images come from the catalog; what does not was built, committed or imported here.
    builtHere: specOf(img) === undefined,
  };
}
