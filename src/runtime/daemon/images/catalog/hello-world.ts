import type { TreeBuilder } from '../../../rootfs/tree-builder.ts';
import { programImage } from '../../../programs/binfmt.ts';
import { fileHash } from '../digest.ts';
import { image, layer, nop } from '../spec.ts';
import type { ImageSpec } from '../types.ts';

/** The image's only file: `/hello` runs the model program `hello` (see hello.ts). */
export function helloLayer(t: TreeBuilder): void {
  t.file('/hello', programImage('hello'), 0o775);
}

/** hello-world:latest as Docker Hub serves it (May 2023 build: 13.3kB, COPY hello / then CMD). */
export const HELLO_WORLD: ImageSpec = image({
  repo: 'hello-world',
  tags: ['latest', 'linux'],
  config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['/hello'], WorkingDir: '' },
  history: [
    layer('2023-05-02T16:49:27.18038929Z', `/bin/sh -c #(nop) COPY file:${fileHash('hello-world')} in / `, 13256, helloLayer),
    nop('2023-05-02T16:49:27.290960745Z', 'CMD ["/hello"]'),
  ],
  description: 'Hello World! (an example of minimal Dockerization)',
  stars: 2243,
  dockerVersion: '20.10.23',
});
