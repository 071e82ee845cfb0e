import type { TreeBuilder } from '../../../rootfs/tree-builder.ts';
import { programImage } from '../../../programs/binfmt.ts';
import { fileHash } from '../digest.ts';
import { ALPINE_GROUP, alpinePasswd } from '../fs/alpine-root.ts';
import { imageGroup, imagePasswd } from '../fs/debian-root.ts';
import { NGINX_SCRIPTS, writeScript } from '../fs/nginx-entrypoint.ts';
import { nginxConf, nginxDefaultConf, nginxFiles } from '../fs/nginx-files.ts';
import { bkNop, image, layer, nop } from '../spec.ts';
import type { HistoryEntry, ImageConfig, ImageSpec } from '../types.ts';
import { DEFAULT_PATH } from '../types.ts';
import { alpineBase } from './alpine.ts';
import { debianBase } from './debian.ts';

const MAINTAINER = 'NGINX Docker Maintainers <docker-maint@nginx.com>';
const DESCRIPTION = 'Official build of Nginx.';
const STARS = 20108;
const SCRIPT_SIZES = [1620, 2125, 389, 3018, 4619];

function modernConfig(version: string, njs: string, pkg: string): ImageConfig {
  return {
    ExposedPorts: { '80/tcp': {} },
    Env: [DEFAULT_PATH, `NGINX_VERSION=${version}`, `NJS_VERSION=${njs}`, `PKG_RELEASE=${pkg}`],
    Cmd: ['nginx', '-g', 'daemon off;'], Entrypoint: ['/docker-entrypoint.sh'], WorkingDir: '',
    Labels: { maintainer: MAINTAINER }, StopSignal: 'SIGQUIT',
  };
}

/** The rows docker-library/nginx's Dockerfile adds (BuildKit build, April 2024). */
function modernRows(at: string, version: string, pkg: string, njs: string, runSize: number, install: (t: TreeBuilder) => void, alpine: boolean): HistoryEntry[] {
  const s = (n: number) => at.replace(/:(\d\d)Z$/, (_, x: string) => `:${String(Number(x) + n).padStart(2, '0')}Z`);
  const run = alpine
    ? `RUN /bin/sh -c set -x     && addgroup -g 101 -S nginx     && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx     && apkArch="$(cat /etc/apk/arch)"     && nginxPackages="         nginx=\${NGINX_VERSION}-r\${PKG_RELEASE}         nginx-module-njs=\${NGINX_VERSION}.\${NJS_VERSION}-r\${PKG_RELEASE}     "     && apk add --no-cache --virtual .checksum-deps openssl     && apk add -X "https://nginx.org/packages/mainline/alpine/v$(egrep -o '^[0-9]+\\.[0-9]+' /etc/alpine-release)/main" --no-cache $nginxPackages     && apk add --no-cache curl ca-certificates tzdata     && ln -sf /dev/stdout /var/log/nginx/access.log     && ln -sf /dev/stderr /var/log/nginx/error.log # buildkit`
    : `RUN /bin/sh -c set -x     && groupadd --system --gid 101 nginx     && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx     && apt-get update     && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates     && dpkgArch="$(dpkg --print-architecture)"     && nginxPackages="         nginx=\${NGINX_VERSION}-\${PKG_RELEASE}         nginx-module-njs=\${NGINX_VERSION}+\${NJS_VERSION}-\${PKG_RELEASE}     "     && apt-get install --no-install-recommends --no-install-suggests -y $nginxPackages gettext-base curl     && rm -rf /var/lib/apt/lists/*     && ln -sf /dev/stdout /var/log/nginx/access.log     && ln -sf /dev/stderr /var/log/nginx/error.log     && mkdir /docker-entrypoint.d # buildkit`;
  return [
    bkNop(s(0), `LABEL maintainer=${MAINTAINER}`),
    bkNop(s(0), `ENV NGINX_VERSION=${version}`),
    bkNop(s(0), `ENV NJS_VERSION=${njs}`),
    bkNop(s(0), `ENV PKG_RELEASE=${pkg}`),
    layer(s(20), run, runSize, install, 'buildkit.dockerfile.v0'),
    ...NGINX_SCRIPTS.map((sc, i) => layer(s(21), `COPY ${sc.name} ${i === 0 ? '/' : '/docker-entrypoint.d'} # buildkit`, SCRIPT_SIZES[i]!, (t: TreeBuilder) => writeScript(t, sc.path, sc.text), 'buildkit.dockerfile.v0')),
    bkNop(s(21), 'ENTRYPOINT ["/docker-entrypoint.sh"]'),
    bkNop(s(21), 'EXPOSE map[80/tcp:{}]'),
    bkNop(s(21), 'STOPSIGNAL SIGQUIT'),
    bkNop(s(21), 'CMD ["nginx" "-g" "daemon off;"]'),
  ];
}

function debianInstall(t: TreeBuilder): void {
  nginxFiles(t, 'modern', '/usr/lib/nginx/modules', 'nginx');
  t.file('/usr/lib/nginx/modules/ngx_http_js_module.so', '\x7fELF\x02\x01\x01\0njs\n', 0o644);
  t.file('/etc/passwd', imagePasswd(42) + 'nginx:x:101:101:nginx user:/nonexistent:/bin/false\n');
  t.file('/etc/group', imageGroup() + 'nginx:x:101:\n');
  t.file('/usr/bin/curl', programImage('curl'), 0o755).file('/usr/bin/envsubst', programImage('envsubst'), 0o755);
  t.dir('/docker-entrypoint.d');
}

function alpineInstall(t: TreeBuilder): void {
  nginxFiles(t, 'modern', '/usr/lib/nginx/modules', 'nginx-alpine');
  t.file('/etc/passwd', alpinePasswd(false) + 'nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin\n');
  t.file('/etc/group', ALPINE_GROUP + 'nginx:x:101:nginx\n');
  t.file('/usr/bin/curl', programImage('curl'), 0o755).file('/usr/bin/envsubst', programImage('envsubst'), 0o755);
  t.dir('/docker-entrypoint.d');
}

/** nginx:1.14-alpine (1.14.2 on Alpine 3.9, legacy builder, 2019): compiled from source, no entrypoint. */
function legacyAlpine(): ImageSpec {
  const at = (m: number) => `2019-04-04T21:${String(m).padStart(2, '0')}:00.000000000Z`;
  const history: HistoryEntry[] = [
    ...alpineBase('3.9.2', 5529164, '2019-03-07T22:19:40.247588914Z', '2019-03-07T22:19:40.487856106Z', true),
    nop(at(20), `LABEL maintainer=${MAINTAINER}`),
    nop(at(21), 'ENV NGINX_VERSION=1.14.2'),
    layer(at(22), '/bin/sh -c GPG_KEYS=B0F4253373F8F6F510D42178520A9993A1C052F8 \t&& CONFIG="\t\t--prefix=/etc/nginx \t\t--sbin-path=/usr/sbin/nginx \t\t--modules-path=/usr/lib/nginx/modules \t\t--conf-path=/etc/nginx/nginx.conf \t\t--error-log-path=/var/log/nginx/error.log \t\t--http-log-path=/var/log/nginx/access.log \t\t--user=nginx \t\t--group=nginx \t" \t&& addgroup -S nginx \t&& adduser -D -S -h /var/cache/nginx -s /sbin/nologin -G nginx nginx \t&& apk add --no-cache --virtual .build-deps gcc libc-dev make openssl-dev pcre-dev zlib-dev linux-headers curl gnupg libxslt-dev gd-dev geoip-dev \t&& ./configure $CONFIG --with-debug \t&& make -j$(getconf _NPROCESSORS_ONLN) \t&& make install \t&& apk del .build-deps \t&& ln -sf /dev/stdout /var/log/nginx/access.log \t&& ln -sf /dev/stderr /var/log/nginx/error.log', 10496873, (t) => {
      nginxFiles(t, 'legacy', '/usr/lib/nginx/modules', 'nginx-1.14-alpine');
      t.file('/etc/passwd', alpinePasswd(true) + 'nginx:x:100:101:Linux User,,,:/var/cache/nginx:/sbin/nologin\n');
      t.file('/etc/group', ALPINE_GROUP + 'nginx:x:101:nginx\n');
    }),
    layer(at(23), `/bin/sh -c #(nop) COPY file:${fileHash('nginx-1.14-conf')} in /etc/nginx/nginx.conf `, 643, (t) => t.file('/etc/nginx/nginx.conf', nginxConf('legacy'))),
    layer(at(23), `/bin/sh -c #(nop) COPY file:${fileHash('nginx-1.14-default')} in /etc/nginx/conf.d/default.conf `, 1093, (t) => t.file('/etc/nginx/conf.d/default.conf', nginxDefaultConf('legacy'))),
    nop(at(24), 'EXPOSE 80'),
    nop(at(24), 'STOPSIGNAL SIGTERM'),
    nop(at(24), 'CMD ["nginx" "-g" "daemon off;"]'),
  ];
  return image({
    repo: 'nginx', tags: ['1.14-alpine', '1.14.2-alpine'], history, description: DESCRIPTION, stars: STARS, dockerVersion: '18.06.1-ce',
    config: { ExposedPorts: { '80/tcp': {} }, Env: [DEFAULT_PATH, 'NGINX_VERSION=1.14.2'], Cmd: ['nginx', '-g', 'daemon off;'], WorkingDir: '', Labels: { maintainer: MAINTAINER }, StopSignal: 'SIGTERM' },
  });
}

export const NGINX: ImageSpec[] = [
  image({
    repo: 'nginx', tags: ['latest', '1', '1.25', '1.25.5', 'mainline', 'bookworm', '1.25-bookworm', '1.25.5-bookworm'],
    config: modernConfig('1.25.5', '0.8.4', '1~bookworm'),
    history: [...debianBase('bookworm', true), ...modernRows('2024-04-16T18:20:00Z', '1.25.5', '1~bookworm', '0.8.4', 112456432, debianInstall, false)],
    description: DESCRIPTION, stars: STARS,
  }),
  image({
    repo: 'nginx', tags: ['alpine', '1-alpine', '1.25-alpine', '1.25.5-alpine', 'mainline-alpine'],
    config: modernConfig('1.25.5', '0.8.4', '1'),
    history: [...alpineBase('3.19.1', 7377664, '2024-01-27T00:30:48.624602109Z', '2024-01-27T00:30:48.743965523Z'), ...modernRows('2024-04-16T18:40:00Z', '1.25.5', '1', '0.8.4', 35741696, alpineInstall, true)],
    description: DESCRIPTION, stars: STARS,
  }),
  legacyAlpine(),
];
