import { HTTPD_FOREGROUND, httpdTree } from '../fs/httpd-files.ts';
import { bkNop, image, layer } from '../spec.ts';
import type { ImageSpec } from '../types.ts';
import { debianBase } from './debian.ts';

const PREFIX = '/usr/local/apache2';
const PATH = `PATH=${PREFIX}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`;
const VERSION = '2.4.59';
const SHA = 'ec51501ec480284ff52f637258135d333230a7d229c3afa6f6c2f9040e321323';
const bk = 'buildkit.dockerfile.v0';
const at = (s: number) => `2024-04-10T18:${String(30 + Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}Z`;

/** httpd:2.4 (docker-library/httpd on bookworm-slim): compiled into /usr/local/apache2, runs httpd-foreground. */
export const HTTPD: ImageSpec[] = [
  image({
    repo: 'httpd', tags: ['latest', '2', '2.4', '2.4.59', 'bookworm', '2.4-bookworm', '2.4.59-bookworm'],
    config: {
      ExposedPorts: { '80/tcp': {} }, Env: [PATH, `HTTPD_PREFIX=${PREFIX}`, `HTTPD_VERSION=${VERSION}`, `HTTPD_SHA256=${SHA}`, 'HTTPD_PATCHES='],
      Cmd: ['httpd-foreground'], WorkingDir: PREFIX, StopSignal: 'SIGWINCH',
    },
    history: [
      ...debianBase('bookworm', true),
      bkNop(at(0), `ENV HTTPD_PREFIX=${PREFIX}`),
      bkNop(at(0), `ENV ${PATH}`),
      layer(at(1), 'RUN /bin/sh -c mkdir -p "$HTTPD_PREFIX" \t&& chown www-data:www-data "$HTTPD_PREFIX" # buildkit', 0, (t) => t.dir(PREFIX, 0o755, 33, 33), bk),
      bkNop(at(1), `WORKDIR ${PREFIX}`),
      layer(at(9), 'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tlibaprutil1-ldap \t\tlibldap-common \t; \trm -rf /var/lib/apt/lists/* # buildkit', 4758132, (t) => t.dir('/etc/ssl/certs').file('/etc/ssl/certs/ca-certificates.crt', '-----BEGIN CERTIFICATE-----\n'), bk),
      bkNop(at(9), `ENV HTTPD_VERSION=${VERSION}`),
      bkNop(at(9), `ENV HTTPD_SHA256=${SHA}`),
      bkNop(at(9), 'ENV HTTPD_PATCHES='),
      layer(at(95), 'RUN /bin/sh -c set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tbzip2 \t\tdpkg-dev \t\tgcc \t\tlibapr1-dev \t\tlibaprutil1-dev \t\tlibbrotli-dev \t\tlibcurl4-openssl-dev \t\tlibjansson-dev \t\tliblua5.2-dev \t\tlibnghttp2-dev \t\tlibpcre2-dev \t\tlibssl-dev \t\tlibxml2-dev \t\tmake \t\twget \t\tzlib1g-dev \t; \t\twget -O httpd.tar.bz2 "https://www.apache.org/dyn/closer.cgi?action=download&filename=httpd/httpd-$HTTPD_VERSION.tar.bz2"; \techo "$HTTPD_SHA256 *httpd.tar.bz2" | sha256sum -c -; \t./configure --prefix="$HTTPD_PREFIX" --enable-mods-shared=reallyall --enable-mpms-shared=all; \tmake -j "$(nproc)"; \tmake install; \tsed -ri \t\t-e \'s!^(\\s*CustomLog)\\s+\\S+!\\1 /proc/self/fd/1!g\' \t\t-e \'s!^(\\s*ErrorLog)\\s+\\S+!\\1 /proc/self/fd/2!g\' \t\t-e \'s!^(\\s*TransferLog)\\s+\\S+!\\1 /proc/self/fd/1!g\' \t\t-e \'s!^(\\s*User)\\s+daemon\\s*$!\\1 www-data!g\' \t\t-e \'s!^(\\s*Group)\\s+daemon\\s*$!\\1 www-data!g\' \t\t"$HTTPD_PREFIX/conf/httpd.conf" \t\t"$HTTPD_PREFIX/conf/extra/httpd-ssl.conf" \t; \thttpd -v # buildkit', 68536271, httpdTree, bk),
      bkNop(at(95), 'STOPSIGNAL SIGWINCH'),
      layer(at(95), 'COPY httpd-foreground /usr/local/bin/ # buildkit', 138, (t) => t.file('/usr/local/bin/httpd-foreground', HTTPD_FOREGROUND, 0o755), bk),
      bkNop(at(95), 'EXPOSE map[80/tcp:{}]'),
      bkNop(at(95), 'CMD ["httpd-foreground"]'),
    ],
    description: 'The Apache HTTP Server Project', stars: 4757,
  }),
];
