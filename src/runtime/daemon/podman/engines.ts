import type { Host } from '../../host.ts';
import { Engine } from '../engine.ts';

const engines = new WeakMap<Host, Map<number, Engine>>();

/**
 * Podman has no daemon: every user has their own storage (root's in /var/lib/containers, a rootless
 * user's in ~/.local/share/containers), so each uid gets a separate engine, and none of them sees
 * Docker's containers or images. Storage starts empty: podman ships no images.
 */
export function podmanEngineOf(host: Host, uid: number): Engine {
  let perUser = engines.get(host);
  if (!perUser) engines.set(host, (perUser = new Map()));
  let e = perUser.get(uid);
  if (!e) perUser.set(uid, (e = new Engine(host)));
  return e;
}
