import { centos7Root } from '../fs/centos-root.ts';
import { image, layer, nop } from '../spec.ts';
import type { HistoryEntry, ImageSpec } from '../types.ts';
import { DEFAULT_PATH } from '../types.ts';

const LABELS: Record<string, string> = {
  'org.label-schema.build-date': '20201113',
  'org.label-schema.license': 'GPLv2',
  'org.label-schema.name': 'CentOS Base Image',
  'org.label-schema.schema-version': '1.0',
  'org.label-schema.vendor': 'CentOS',
  'org.opencontainers.image.created': '2020-11-13 00:00:00+00:00',
  'org.opencontainers.image.licenses': 'GPL-2.0-only',
  'org.opencontainers.image.title': 'CentOS Base Image',
  'org.opencontainers.image.vendor': 'CentOS',
};

/** centos:7.9.2009 (the last build, 2021-09-15): tarball, one LABEL row, CMD. */
export function centos7Base(): HistoryEntry[] {
  return [
    layer('2021-09-15T18:20:04.62146758Z', '/bin/sh -c #(nop) ADD file:b3ebbe8bd304723d43b7b44a6d990cd657b63d93d6a2a9293983a30bfc1dfa53 in / ', 203940915, centos7Root),
    nop('2021-09-15T18:20:05.184694267Z', 'LABEL org.label-schema.schema-version=1.0 org.label-schema.name=CentOS Base Image org.label-schema.vendor=CentOS org.label-schema.license=GPLv2 org.label-schema.build-date=20201113 org.opencontainers.image.title=CentOS Base Image org.opencontainers.image.vendor=CentOS org.opencontainers.image.licenses=GPL-2.0-only org.opencontainers.image.created=2020-11-13 00:00:00+00:00'),
    nop('2021-09-15T18:20:05.598706458Z', 'CMD ["/bin/bash"]'),
  ];
}

/**
 * Docker Hub's `centos:latest` points at 8.4.2105; the course (CURRICULUM §3) treats `centos`
 * as CentOS 7, so the lab's offline registry tags 7 as latest.
 */
export const CENTOS: ImageSpec[] = [
  image({
    repo: 'centos', tags: ['latest', '7', 'centos7', '7.9.2009', 'centos7.9.2009'],
    config: { Env: [DEFAULT_PATH], Cmd: ['/bin/bash'], WorkingDir: '', Labels: LABELS },
    history: centos7Base(),
    description: 'DEPRECATED; The official build of CentOS.', stars: 7737, dockerVersion: '20.10.7',
  }),
];
