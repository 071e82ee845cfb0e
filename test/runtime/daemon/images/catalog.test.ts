import { describe, expect, test } from 'vitest';
import { CATALOG, findImage, goldenPresetImages, type ImageSpec } from '../../../../src/runtime/daemon/images/index.ts';
import { buildLayers } from './build.ts';

const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$/;
const ALL: ImageSpec[] = [...CATALOG, ...goldenPresetImages()];
const name = (s: ImageSpec) => `${s.repo}:${s.tags[0]}`;

describe('image specs are well-formed', () => {
  test.each(ALL.map((s) => [name(s), s] as const))('%s', (_, s) => {
    expect(s.repo).toMatch(/^[a-z0-9]+([._-][a-z0-9]+)*(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/);
    expect(s.tags.length).toBeGreaterThan(0);
    for (const t of s.tags) expect(t).toMatch(/^[\w][\w.-]{0,127}$/);
    expect(new Set(s.tags).size).toBe(s.tags.length);
    expect(s.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(s.architecture).toBe('amd64');
    expect(s.os).toBe('linux');
    expect(s.created).toMatch(RFC3339);
    expect(s.created).toBe(s.history[s.history.length - 1]!.created);
    expect(s.history.some((h) => h.layer)).toBe(true);
    let prev = 0;
    for (const h of s.history) {
      expect(h.created).toMatch(RFC3339);
      const t = Date.parse(h.created);
      expect(t).toBeGreaterThanOrEqual(prev);
      prev = t;
      if (h.emptyLayer) {
        expect(h.layer).toBeUndefined();
        expect(h.size).toBeUndefined();
      } else {
        expect(typeof h.layer).toBe('function');
        expect(Number.isInteger(h.size) && h.size! >= 0).toBe(true);
      }
      if (h.comment === 'buildkit.dockerfile.v0') expect(h.createdBy).not.toMatch(/^\/bin\/sh -c #\(nop\)/);
      if (h.createdBy.startsWith('/bin/sh -c #(nop)  ')) expect(h.emptyLayer).toBe(true);
    }
    const c = s.config;
    expect(c.Env === null || c.Env.every((e) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(e))).toBe(true);
    if (c.Env) expect(c.Env.filter((e) => e.startsWith('PATH=')).length).toBe(1);
    expect(c.Cmd === null || Array.isArray(c.Cmd)).toBe(true);
    expect(typeof c.WorkingDir).toBe('string');
    for (const p of Object.keys(c.ExposedPorts ?? {})) expect(p).toMatch(/^\d+\/(tcp|udp)$/);
    for (const v of Object.keys(c.Volumes ?? {})) expect(v.startsWith('/')).toBe(true);
    if (c.StopSignal) expect(c.StopSignal).toMatch(/^SIG[A-Z]+$/);
    expect(typeof s.description).toBe('string');
    expect(s.stars).toBeGreaterThanOrEqual(0);
  });

  test('digests are unique, and no repo:tag is listed twice', () => {
    expect(new Set(CATALOG.map((s) => s.digest)).size).toBe(CATALOG.length);
    const refs = CATALOG.flatMap((s) => s.tags.map((t) => `${s.repo}:${t}`));
    expect(new Set(refs).size).toBe(refs.length);
  });

  test('digests and layers are stable across calls', () => {
    expect(goldenPresetImages().map((s) => s.digest)).toEqual(goldenPresetImages().map((s) => s.digest));
    expect(goldenPresetImages()[0]).not.toBe(goldenPresetImages()[0]);
  });

  test('the ENV/EXPOSE/CMD rows agree with the config', () => {
    for (const s of CATALOG) {
      const rows = s.history.map((h) => h.createdBy.replace(/^\/bin\/sh -c #\(nop\) +/, ''));
      for (const e of s.config.Env ?? []) {
        if (e.startsWith('PATH=/usr/local/sbin:')) continue;
        expect(rows.some((r) => r.startsWith('ENV ') && r.includes(e)), `${name(s)} ${e}`).toBe(true);
      }
      const last = [...rows].reverse().find((r) => r.startsWith('CMD '));
      // Docker prints the JSON form with spaces between the words, builder or BuildKit alike.
      if (s.config.Cmd && last) expect(last, name(s)).toBe(`CMD [${s.config.Cmd.map((a) => JSON.stringify(a)).join(' ')}]`);
    }
  });
});

describe('findImage', () => {
  const wanted = [
    'hello-world:latest', 'busybox:latest', 'busybox:1.36', 'busybox:1.36.1', 'busybox:musl', 'busybox:uclibc',
    'alpine:latest', 'alpine:3.19', 'alpine:3.18', 'ubuntu:latest', 'ubuntu:22.04', 'ubuntu:20.04', 'ubuntu:24.04',
    'ubuntu:jammy', 'ubuntu:focal', 'debian:12', 'debian:bookworm', 'debian:11', 'debian:bullseye', 'centos:7',
    'centos:latest', 'nginx:latest', 'nginx:1.25', 'nginx:1.14-alpine', 'nginx:alpine', 'httpd:latest', 'httpd:2.4',
    'redis:latest', 'mysql:5.7', 'mysql:8.0', 'mysql:latest', 'tomcat:8.5', 'tomcat:9', 'tomcat:latest',
    'openjdk:17', 'registry:2', 'quay.io/coreos/flannel:v0.10.0-amd64',
  ];
  test.each(wanted)('%s', (ref) => {
    const i = ref.lastIndexOf(':');
    expect(findImage(ref.slice(0, i), ref.slice(i + 1))?.tags).toContain(ref.slice(i + 1));
  });

  test('library/ and docker.io/ prefixes; unknown names and tags', () => {
    expect(findImage('library/nginx', 'latest')).toBe(findImage('nginx', 'latest'));
    expect(findImage('docker.io/library/nginx', '1.14-alpine')).toBe(findImage('nginx', '1.14-alpine'));
    expect(findImage('nginx', 'nosuchtag')).toBeUndefined();
    expect(findImage('nosuch', 'latest')).toBeUndefined();
    expect(findImage('ubuntu', 'latest')).toBe(findImage('ubuntu', '22.04'));
    expect(findImage('centos', 'latest')).toBe(findImage('centos', '7'));
  });
});

describe('layers', () => {
  // How fast they build is measured by `npm run bench`, not here: timings in tests flake under load.
  test('every layer of every image builds', () => {
    for (const s of ALL) expect(buildLayers(s).length, name(s)).toBeGreaterThan(0);
  });

  test('later layers never turn a base symlink (/bin on merged /usr) into a directory', () => {
    for (const s of CATALOG) {
      const layers = buildLayers(s);
      const links = new Set<string>();
      for (const fs of layers) {
        for (const [n, node] of fs.rootInode.entries!) {
          if (links.has(n)) expect(node.type, `${name(s)} /${n}`).toBe('symlink');
          if (node.type === 'symlink') links.add(n);
        }
      }
    }
  });

  test('each layer stays small (a few hundred files at most)', () => {
    for (const s of ALL) {
      for (const fs of buildLayers(s)) expect(fs.peekNextIno(), name(s)).toBeLessThan(1200);
    }
  });
});
