import { engineOf } from '../runtime/daemon/engine-of.ts';
import { volumesOf } from '../runtime/daemon/volume/store.ts';
import type { Host } from '../runtime/host.ts';

/**
 * The lab state at a glance (the TUI's state view): container names, image tags (`<none>` for an
 * untagged image, as `docker images` shows it), volume names, networks. The engine keeps no
 * user-defined networks yet, so networks are the three every engine starts with.
 */
export function labSummary(host: Host): { containers: string[]; images: string[]; volumes: string[]; networks: string[] } {
  const engine = engineOf(host);
  return {
    containers: engine.list().map((c) => c.name),
    images: engine.images.all().flatMap((i) => (i.repoTags.length ? i.repoTags : ['<none>:<none>'])).sort(),
    volumes: [...volumesOf(engine).volumes.keys()].sort(),
    networks: ['bridge', 'host', 'none'],
  };
}
