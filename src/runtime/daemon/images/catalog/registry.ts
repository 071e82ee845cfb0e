import { programImage } from '../../../programs/binfmt.ts';
import { bkNop, image, layer } from '../spec.ts';
import type { ImageSpec } from '../types.ts';
import { DEFAULT_PATH } from '../types.ts';
import { alpineBase } from './alpine.ts';

const bk = 'buildkit.dockerfile.v0';

export const REGISTRY_CONFIG = `version: 0.1
log:
  fields:
    service: registry
storage:
  cache:
    blobdescriptor: inmemory
  filesystem:
    rootdirectory: /var/lib/registry
http:
  addr: :5000
  headers:
    X-Content-Type-Options: [nosniff]
health:
  storagedriver:
    enabled: true
    interval: 10s
    threshold: 3
`;

export const REGISTRY_ENTRYPOINT = `#!/bin/sh

set -e

case "$1" in
    *.yaml|*.yml) set -- registry serve "$@" ;;
    serve|garbage-collect|help|-*) set -- registry "$@" ;;
esac

exec "$@"
`;

/** registry:2 (distribution 2.8.3 on Alpine 3.18, October 2023): /bin/registry serving on 5000. */
export const REGISTRY: ImageSpec[] = [
  image({
    repo: 'registry', tags: ['latest', '2', '2.8', '2.8.3'],
    config: {
      ExposedPorts: { '5000/tcp': {} }, Env: [DEFAULT_PATH], Cmd: ['/etc/docker/registry/config.yml'], Entrypoint: ['/entrypoint.sh'],
      Volumes: { '/var/lib/registry': {} }, WorkingDir: '',
    },
    history: [
      ...alpineBase('3.18.4', 7335936, '2023-09-28T21:19:27.686110063Z', '2023-09-28T21:19:27.801479409Z'),
      layer('2023-10-02T18:27:31Z', 'RUN /bin/sh -c set -eux; \tapk add --no-cache ca-certificates # buildkit', 683540, (t) => t.file('/etc/ssl/certs/ca-certificates.crt', '-----BEGIN CERTIFICATE-----\n'), bk),
      layer('2023-10-02T18:27:33Z', 'RUN /bin/sh -c set -eux; \tversion=\'2.8.3\'; \tapkArch="$(apk --print-arch)"; \tcase "$apkArch" in \t\tx86_64)  arch=\'amd64\';   sha256=\'b1f750ecbe09f38e2143e22c61a25e3da2afe1510d9522859230b480e642ceff\' ;; \t\t*) echo >&2 "error: unsupported architecture: $apkArch"; exit 1 ;; \tesac; \twget -O registry.tar.gz "https://github.com/distribution/distribution/releases/download/v${version}/registry_${version}_linux_${arch}.tar.gz"; \techo "$sha256 *registry.tar.gz" | sha256sum -c -; \ttar --extract --verbose --file registry.tar.gz --directory /bin/ registry; \trm registry.tar.gz; \tregistry --version # buildkit', 17347720, (t) => t.file('/bin/registry', programImage('registry'), 0o755), bk),
      layer('2023-10-02T18:27:33Z', 'COPY ./config-example.yml /etc/docker/registry/config.yml # buildkit', 295, (t) => t.file('/etc/docker/registry/config.yml', REGISTRY_CONFIG), bk),
      bkNop('2023-10-02T18:27:33Z', 'VOLUME [/var/lib/registry]'),
      bkNop('2023-10-02T18:27:33Z', 'EXPOSE map[5000/tcp:{}]'),
      layer('2023-10-02T18:27:33Z', 'COPY docker-entrypoint.sh /entrypoint.sh # buildkit', 155, (t) => t.file('/entrypoint.sh', REGISTRY_ENTRYPOINT, 0o755), bk),
      bkNop('2023-10-02T18:27:33Z', 'ENTRYPOINT ["/entrypoint.sh"]'),
      bkNop('2023-10-02T18:27:33Z', 'CMD ["/etc/docker/registry/config.yml"]'),
    ],
    description: 'Distribution implementation for storing and distributing of container images and artifacts', stars: 4084,
  }),
];
