import type { TreeBuilder } from '../../../rootfs/tree-builder.ts';
import { programImage } from '../../../programs/binfmt.ts';
import { imageGroup, imagePasswd } from '../fs/debian-root.ts';
import { bkNop, image, layer } from '../spec.ts';
import type { ImageSpec } from '../types.ts';
import { DEFAULT_PATH } from '../types.ts';
import { debianBase } from './debian.ts';

const bk = 'buildkit.dockerfile.v0';
const VERSION = '7.2.4';
const URL = `http://download.redis.io/releases/redis-${VERSION}.tar.gz`;
const SHA = '8d104c26a154b29fd67d6568b4f375212212ad41e0c2caa3d66480e78dbd3b59';
const at = (s: number) => `2024-04-10T19:${String(10 + Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}Z`;

/** docker-library/redis's entrypoint: drop to the redis user with gosu, tighten the umask. */
export const REDIS_ENTRYPOINT = `#!/bin/sh
set -e

# first arg is \`-f\` or \`--some-option\`
# or first arg is \`something.conf\`
if [ "\${1#-}" != "$1" ] || [ "\${1%.conf}" != "$1" ]; then
	set -- redis-server "$@"
fi

# allow the container to be started with \`--user\`
if [ "$1" = 'redis-server' -a "$(id -u)" = '0' ]; then
	find . \\! -user redis -exec chown redis '{}' +
	exec gosu redis "$0" "$@"
fi

# set an appropriate umask (if one isn't set already)
# - https://github.com/docker-library/redis/issues/305
# - https://github.com/redis/redis/blob/bb875603fb7ff3f9d19aad906bd45d7db98d9a39/utils/systemd-redis_server.service#L37
um="$(umask)"
if [ "$um" = '0022' ]; then
	umask 0077
fi

exec "$@"
`;

function redisBinaries(t: TreeBuilder): void {
  for (const n of ['redis-server', 'redis-cli', 'redis-benchmark']) t.file(`/usr/local/bin/${n}`, programImage(n), 0o755);
  for (const n of ['redis-check-aof', 'redis-check-rdb', 'redis-sentinel']) t.symlink(`/usr/local/bin/${n}`, 'redis-server');
}

/** redis:7.2 on bookworm-slim: user redis (999), gosu, the source build, VOLUME /data. */
export const REDIS: ImageSpec[] = [
  image({
    repo: 'redis', tags: ['latest', '7', '7.2', '7.2.4', 'bookworm', '7.2-bookworm', '7.2.4-bookworm'],
    config: {
      ExposedPorts: { '6379/tcp': {} }, Env: [DEFAULT_PATH, 'GOSU_VERSION=1.17', `REDIS_VERSION=${VERSION}`, `REDIS_DOWNLOAD_URL=${URL}`, `REDIS_DOWNLOAD_SHA=${SHA}`],
      Cmd: ['redis-server'], Entrypoint: ['docker-entrypoint.sh'], Volumes: { '/data': {} }, WorkingDir: '/data',
    },
    history: [
      ...debianBase('bookworm', true),
      layer(at(0), 'RUN /bin/sh -c set -eux; \tgroupadd -r -g 999 redis; \tuseradd -r -g redis -u 999 redis # buildkit', 4120, (t) => {
        t.file('/etc/passwd', imagePasswd(42) + 'redis:x:999:999::/home/redis:/bin/sh\n');
        t.file('/etc/group', imageGroup() + 'redis:x:999:\n');
      }, bk),
      layer(at(5), 'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\ttzdata \t; \trm -rf /var/lib/apt/lists/* # buildkit', 1520873, (t) => t.dir('/usr/share/zoneinfo/Etc').file('/usr/share/zoneinfo/Etc/UTC', 'TZif2\0').file('/usr/share/zoneinfo/Asia/Shanghai', 'TZif2\0'), bk),
      bkNop(at(5), 'ENV GOSU_VERSION=1.17'),
      layer(at(12), 'RUN /bin/sh -c set -eux; \tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends ca-certificates gnupg wget; \tdpkgArch="$(dpkg --print-architecture | awk -F- \'{ print $NF }\')"; \twget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \tchmod +x /usr/local/bin/gosu; \tgosu --version; \tgosu nobody true # buildkit', 4090217, (t) => t.file('/usr/local/bin/gosu', programImage('gosu'), 0o755), bk),
      bkNop(at(12), `ENV REDIS_VERSION=${VERSION}`),
      bkNop(at(12), `ENV REDIS_DOWNLOAD_URL=${URL}`),
      bkNop(at(12), `ENV REDIS_DOWNLOAD_SHA=${SHA}`),
      layer(at(90), 'RUN /bin/sh -c set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\twget \t\t\t\tdpkg-dev \t\tgcc \t\tlibc6-dev \t\tlibssl-dev \t\tmake \t; \t\twget -O redis.tar.gz "$REDIS_DOWNLOAD_URL"; \techo "$REDIS_DOWNLOAD_SHA *redis.tar.gz" | sha256sum -c -; \tmkdir -p /usr/src/redis; \ttar -xzf redis.tar.gz -C /usr/src/redis --strip-components=1; \trm redis.tar.gz; \t\tmake -C /usr/src/redis -j "$(nproc)" all; \tmake -C /usr/src/redis install; \t\trm -r /usr/src/redis; \t\tredis-cli --version; \tredis-server --version # buildkit', 57623014, redisBinaries, bk),
      layer(at(91), 'RUN /bin/sh -c mkdir /data && chown redis:redis /data # buildkit', 0, (t) => t.dir('/data', 0o755, 999, 999), bk),
      bkNop(at(91), 'VOLUME [/data]'),
      bkNop(at(91), 'WORKDIR /data'),
      layer(at(91), 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', 661, (t) => t.file('/usr/local/bin/docker-entrypoint.sh', REDIS_ENTRYPOINT, 0o775), bk),
      bkNop(at(91), 'ENTRYPOINT ["docker-entrypoint.sh"]'),
      bkNop(at(91), 'EXPOSE map[6379/tcp:{}]'),
      bkNop(at(91), 'CMD ["redis-server"]'),
    ],
    description: 'Redis is an open source key-value store that functions as a data structure server.', stars: 12795,
  }),
];
