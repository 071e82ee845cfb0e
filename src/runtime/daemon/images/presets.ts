import { busyboxImportedLayer } from './fs/busybox-fs.ts';
import { programImage } from '../../programs/binfmt.ts';
import { image, layer, nop } from './spec.ts';
import type { ImageSpec } from './types.ts';

/**
 * When the golden recordings' engine made its two images (real-docker.sh). The embedding engine
 * may restamp them to its own boot time; ages print as "N minutes ago" either way.
 */
export const PRESET_CREATED = '2026-11-23T07:40:00.297013666Z';
const HELLO_COPY_AT = '2026-11-23T07:40:00.607100786Z';
const HELLO_CMD_AT = '2026-11-23T07:40:00.68248184Z';

/** `docker import --change 'CMD ["sh"]'` of Debian's static busybox 1.35.0: 1,986,119 bytes in one layer. */
function busyboxPreset(): ImageSpec {
  return image({
    repo: 'busybox',
    tags: ['latest'],
    config: { Env: null, Cmd: ['sh'], WorkingDir: '', Entrypoint: null, Volumes: null, Labels: null, OnBuild: null },
    history: [{ created: PRESET_CREATED, createdBy: '', comment: 'Imported from -', size: 1986119, layer: busyboxImportedLayer }],
    description: 'Busybox base image.',
    stars: 3215,
    comment: 'Imported from -',
    dockerVersion: '20.10.24+dfsg1',
  });
}

/** The legacy builder's FROM scratch / COPY hello / / CMD ["/hello"]: one 682,696-byte layer. */
function helloPreset(): ImageSpec {
  return image({
    repo: 'hello-world',
    tags: ['latest'],
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['/hello'], WorkingDir: '', Entrypoint: null, Volumes: null, Labels: null, OnBuild: null },
    history: [
      layer(HELLO_COPY_AT, '/bin/sh -c #(nop) COPY file:d81394d423f74b3b70ba85eceeccd46ce59b9cbc499d7ee1badde6bf53a74661 in / ', 682696, (t) => {
        t.file('/hello', programImage('hello'), 0o755);
      }),
      nop(HELLO_CMD_AT, 'CMD ["/hello"]'),
    ],
    description: 'Hello World! (an example of minimal Dockerization)',
    stars: 2243,
    dockerVersion: '20.10.24+dfsg1',
  });
}

/** The two images every golden recording starts with (busybox:latest, hello-world:latest), fresh objects each call. */
export function goldenPresetImages(): ImageSpec[] {
  return [busyboxPreset(), helloPreset()];
}
