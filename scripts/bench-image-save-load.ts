// In-process cost of `docker save` + `docker load` of busybox on the embedded engine (engine calls, no shell).
//   npx tsx scripts/bench-image-save-load.ts
import { createHost } from '../src/runtime/host.ts';
import { engineOf } from '../src/runtime/daemon/engine-of.ts';
import { saveArchive } from '../src/runtime/daemon/image/save.ts';
import { loadArchive } from '../src/runtime/daemon/image/load.ts';

const engine = engineOf(createHost({ seed: 1 }));
const once = () => {
  const tar = saveArchive(engine, ['busybox']);
  engine.images.untag('docker.io/library/busybox', 'latest');
  for (const img of engine.images.all()) if (img.repoTags.length === 0 && !img.parent && img.layers.length === 1 && img.comment) engine.images.delete(img);
  loadArchive(engine, tar, 'docker-import-1');
  return tar.length;
};
for (let i = 0; i < 20; i++) once();
const N = 100;
const t0 = performance.now();
let bytes = 0;
for (let i = 0; i < N; i++) bytes = once();
const ms = (performance.now() - t0) / N;
console.log(`save+load busybox: ${ms.toFixed(2)} ms per round trip (archive ${bytes} bytes)`);
