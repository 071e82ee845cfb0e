import type { Engine } from '../engine.ts';
import type { Container } from '../container/container.ts';
import { mountPointsOf } from './mountpoints.ts';
import { volumesOf } from './store.ts';

/**
 * `docker rm -v` and `--rm`: the container's anonymous volumes go with it, unless another
 * container still uses one (then it stays, silently, as with the real engine).
 */
export function removeAnonymousVolumes(engine: Engine, c: Container): void {
  const store = volumesOf(engine);
  for (const m of mountPointsOf(c)) {
    if (m.Type !== 'volume' || !store.volumes.get(m.Name)?.anonymous) continue;
    if (store.users(m.Name).some((u) => u !== c)) continue;
    store.remove(m.Name);
  }
}
