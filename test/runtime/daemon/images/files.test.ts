import { describe, expect, test } from 'vitest';
import { findImage, type ImageSpec } from '../../../../src/runtime/daemon/images/index.ts';
import { ELF_MAGIC, MARKER } from '../../../../src/runtime/programs/binfmt.ts';
import { at, buildMerged, ls, read } from './build.ts';

function img(ref: string) {
  const i = ref.lastIndexOf(':');
  const spec = findImage(ref.slice(0, i), ref.slice(i + 1)) as ImageSpec;
  return buildMerged(spec);
}

/** The program a model executable runs, following symlinks. */
function program(fs: ReturnType<typeof img>, path: string): string | undefined {
  const d = read(fs, path);
  if (!d?.startsWith(ELF_MAGIC)) return undefined;
  return d.slice(d.indexOf(MARKER) + MARKER.length).trim();
}

describe('what students see inside the images', () => {
  test('busybox: applets hard-linked to /bin/busybox', () => {
    const fs = img('busybox:latest');
    expect(ls(fs, '/')).toEqual(['bin', 'dev', 'etc', 'home', 'lib', 'lib64', 'proc', 'root', 'sys', 'tmp', 'usr', 'var']);
    const bb = at(fs, '/bin/busybox')!;
    expect(at(fs, '/bin/sh')).toBe(bb);
    expect(at(fs, '/bin/httpd')).toBe(bb);
    expect(bb.nlink).toBe(ls(fs, '/bin').length);
    for (const a of ['sh', 'httpd', 'wget', 'ip', 'ifconfig', 'ps', 'tail']) expect(program(fs, `/bin/${a}`)).toBe('busybox');
    expect(read(fs, '/etc/passwd')).toMatch(/^root:x:0:0:root:\/root:\/bin\/sh\n/);
    expect(at(fs, '/tmp')!.mode).toBe(0o1777);
    expect(ls(img('busybox:musl'), '/')).not.toContain('lib');
  });

  test('alpine: os-release, alpine-release, busybox symlinks in their standard dirs', () => {
    const fs = img('alpine:latest');
    expect(ls(fs, '/')).toEqual(['bin', 'dev', 'etc', 'home', 'lib', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var']);
    expect(read(fs, '/etc/os-release')).toContain('\nID=alpine\n');
    expect(read(fs, '/etc/os-release')).toContain('PRETTY_NAME="Alpine Linux v3.19"');
    expect(read(fs, '/etc/alpine-release')).toBe('3.19.1\n');
    expect(read(fs, '/etc/issue')).toBe('Welcome to Alpine Linux 3.19\nKernel \\r on an \\m (\\l)\n\n');
    expect(at(fs, '/bin/sh', false)!.target).toBe('/bin/busybox');
    expect(at(fs, '/sbin/ifconfig', false)!.target).toBe('/bin/busybox');
    expect(at(fs, '/usr/bin/wget', false)!.target).toBe('/bin/busybox');
    expect(program(fs, '/sbin/apk')).toBe('apk');
    expect(read(fs, '/etc/passwd')!.split('\n')[0]).toBe('root:x:0:0:root:/root:/bin/ash');
    expect(read(img('alpine:3.18'), '/etc/alpine-release')).toBe('3.18.6\n');
  });

  test('ubuntu: merged /usr, bash, os-release and issue per release', () => {
    const fs = img('ubuntu:20.04');
    expect(ls(fs, '/')).toEqual(['bin', 'boot', 'dev', 'etc', 'home', 'lib', 'lib32', 'lib64', 'libx32', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var']);
    expect(at(fs, '/bin', false)!.target).toBe('usr/bin');
    expect(read(fs, '/etc/issue')).toBe('Ubuntu 20.04.6 LTS \\n \\l\n\n');
    expect(read(fs, '/etc/os-release')).toContain('VERSION="20.04.6 LTS (Focal Fossa)"\n');
    expect(program(fs, '/bin/bash')).toBe('bash');
    expect(program(fs, '/usr/bin/ls')).toBe('ls');
    expect(program(fs, '/bin/sh')).toBe('dash');
    expect(program(fs, '/usr/bin/awk')).toBe('mawk');
    expect(program(fs, '/usr/bin/ps')).toBeUndefined();
    expect(read(fs, '/etc/passwd')).not.toContain('student');
    expect(read(img('ubuntu:latest'), '/etc/os-release')).toContain('VERSION_ID="22.04"');
    const noble = img('ubuntu:24.04');
    expect(ls(noble, '/')).not.toContain('lib32');
    expect(read(noble, '/etc/passwd')).toContain('\nubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash\n');
  });

  test('debian: os-release, debian_version, deb822 sources on bookworm', () => {
    const fs = img('debian:bookworm');
    expect(read(fs, '/etc/os-release')).toContain('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\n');
    expect(read(fs, '/etc/debian_version')).toBe('12.5\n');
    expect(read(fs, '/etc/issue')).toBe('Debian GNU/Linux 12 \\n \\l\n\n');
    expect(read(fs, '/etc/apt/sources.list.d/debian.sources')).toContain('Suites: bookworm bookworm-updates\n');
    expect(read(img('debian:11'), '/etc/apt/sources.list')).toContain('deb http://deb.debian.org/debian bullseye main\n');
  });

  test('centos 7: redhat-release, os-release, anaconda-post.log, gawk', () => {
    const fs = img('centos:7');
    expect(ls(fs, '/')).toEqual(['anaconda-post.log', 'bin', 'dev', 'etc', 'home', 'lib', 'lib64', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var']);
    expect(read(fs, '/etc/redhat-release')).toBe('CentOS Linux release 7.9.2009 (Core)\n');
    expect(read(fs, '/etc/os-release')).toContain('PRETTY_NAME="CentOS Linux 7 (Core)"\n');
    expect(program(fs, '/bin/bash')).toBe('bash');
    expect(program(fs, '/bin/sh')).toBe('bash');
    expect(program(fs, '/usr/bin/ps')).toBe('ps');
    expect(read(fs, '/etc/passwd')).toContain('\nnobody:x:99:99:Nobody:/:/sbin/nologin\n');
  });

  test('nginx: binary, configs, default page, logs to stdio, entrypoint', () => {
    const fs = img('nginx:latest');
    expect(program(fs, '/usr/sbin/nginx')).toBe('nginx');
    expect(read(fs, '/etc/nginx/nginx.conf')).toContain('\nuser  nginx;\nworker_processes  auto;\n\nerror_log  /var/log/nginx/error.log notice;\n');
    expect(read(fs, '/etc/nginx/conf.d/default.conf')).toMatch(/^server {\n    listen       80;\n    server_name  localhost;\n/);
    const index = read(fs, '/usr/share/nginx/html/index.html')!;
    expect(index).toContain('<title>Welcome to nginx!</title>');
    expect(index.length).toBe(615);
    expect(at(fs, '/var/log/nginx/access.log', false)!.target).toBe('/dev/stdout');
    expect(at(fs, '/var/log/nginx/error.log', false)!.target).toBe('/dev/stderr');
    expect(read(fs, '/docker-entrypoint.sh')).toMatch(/^#!\/bin\/sh\n/);
    expect(ls(fs, '/docker-entrypoint.d')).toEqual(['10-listen-on-ipv6-by-default.sh', '15-local-resolvers.envsh', '20-envsubst-on-templates.sh', '30-tune-worker-processes.sh']);
    expect(read(fs, '/etc/passwd')).toContain('\nnginx:x:101:101:nginx user:/nonexistent:/bin/false\n');
    const old = img('nginx:1.14-alpine');
    expect(read(old, '/etc/alpine-release')).toBe('3.9.2\n');
    expect(read(old, '/usr/share/nginx/html/index.html')!.length).toBe(612);
    expect(read(old, '/etc/nginx/nginx.conf')).toContain('worker_processes  1;');
    expect(read(old, '/etc/nginx/conf.d/default.conf')).toContain('    #charset koi8-r;\n');
  });

  test('httpd: It works!, httpd-foreground, config logging to stdio', () => {
    const fs = img('httpd:latest');
    expect(read(fs, '/usr/local/apache2/htdocs/index.html')).toBe('<html><body><h1>It works!</h1></body></html>\n');
    expect(program(fs, '/usr/local/apache2/bin/httpd')).toBe('httpd');
    expect(read(fs, '/usr/local/bin/httpd-foreground')).toContain('exec httpd -DFOREGROUND "$@"\n');
    const conf = read(fs, '/usr/local/apache2/conf/httpd.conf')!;
    for (const l of ['Listen 80\n', 'User www-data\n', 'ErrorLog /proc/self/fd/2\n', '    CustomLog /proc/self/fd/1 common\n', 'DocumentRoot "/usr/local/apache2/htdocs"\n']) expect(conf).toContain(l);
  });

  test('redis: /data owned by redis, entrypoint, binaries', () => {
    const fs = img('redis:latest');
    const data = at(fs, '/data')!;
    expect([data.uid, data.gid]).toEqual([999, 999]);
    expect(read(fs, '/usr/local/bin/docker-entrypoint.sh')).toContain('exec gosu redis "$0" "$@"');
    expect(program(fs, '/usr/local/bin/redis-server')).toBe('redis-server');
    expect(program(fs, '/usr/local/bin/redis-cli')).toBe('redis-cli');
    expect(program(fs, '/usr/local/bin/redis-sentinel')).toBe('redis-server');
  });

  test('mysql, tomcat, registry, flannel', () => {
    const my = img('mysql:8.0');
    expect(read(my, '/usr/local/bin/docker-entrypoint.sh')).toContain('Database is uninitialized and password option is not specified');
    expect(read(my, '/etc/os-release')).toContain('ID="ol"');
    expect(program(my, '/usr/sbin/mysqld')).toBe('mysqld');
    expect(read(img('mysql:5.7'), '/etc/oracle-release')).toBe('Oracle Linux Server release 7.9\n');
    const tc = img('tomcat:9');
    expect(read(tc, '/usr/local/tomcat/conf/server.xml')).toContain('<Connector port="8080" protocol="HTTP/1.1"');
    expect(read(tc, '/usr/local/tomcat/bin/catalina.sh')).toMatch(/^#!\/bin\/sh\n/);
    const reg = img('registry:2');
    expect(read(reg, '/etc/docker/registry/config.yml')).toContain('  addr: :5000\n');
    expect(program(reg, '/bin/registry')).toBe('registry');
    expect(program(img('quay.io/coreos/flannel:v0.10.0-amd64'), '/opt/bin/flanneld')).toBe('flanneld');
    expect(program(img('hello-world:latest'), '/hello')).toBe('hello');
  });
});
