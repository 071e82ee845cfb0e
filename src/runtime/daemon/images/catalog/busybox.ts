import { fileHash } from '../digest.ts';
import { busyboxOfficialLayer } from '../fs/busybox-fs.ts';
import { image, layer, nop } from '../spec.ts';
import type { ImageSpec } from '../types.ts';

const DESCRIPTION = 'Busybox base image.';
const STARS = 3215;

function variant(tags: string[], libc: 'glibc' | 'musl' | 'uclibc', size: number, at: string, cmdAt: string): ImageSpec {
  return image({
    repo: 'busybox',
    tags,
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['sh'], WorkingDir: '' },
    history: [
      layer(at, `/bin/sh -c #(nop) ADD file:${fileHash(`busybox-${libc}`)} in / `, size, busyboxOfficialLayer(libc)),
      nop(cmdAt, 'CMD ["sh"]'),
    ],
    description: DESCRIPTION,
    stars: STARS,
    dockerVersion: '20.10.23',
  });
}

/** The official busybox 1.36.1 builds (docker-library/busybox, July 2023); latest is the glibc one. */
export const BUSYBOX: ImageSpec[] = [
  variant(['latest', '1', '1.36', '1.36.1', 'stable', 'glibc', '1.36-glibc', '1.36.1-glibc', 'stable-glibc'], 'glibc', 4261550, '2023-07-18T23:19:33.538571854Z', '2023-07-18T23:19:33.655005962Z'),
  variant(['musl', '1.36-musl', '1.36.1-musl', 'stable-musl'], 'musl', 1462416, '2023-07-18T23:19:21.140327346Z', '2023-07-18T23:19:21.264911127Z'),
  variant(['uclibc', '1.36-uclibc', '1.36.1-uclibc', 'stable-uclibc'], 'uclibc', 1244343, '2023-07-18T23:19:08.326516893Z', '2023-07-18T23:19:08.449741307Z'),
];
