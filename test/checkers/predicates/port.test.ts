import { describe, expect, it } from 'vitest';
import { check, labAfter } from '../evaluate.ts';

describe('port predicate', () => {
  it('passes for the published host port and explains a wrong one like docker port', async () => {
    const s = await labAfter(['docker run -d --name web -p 8081:80 busybox sleep 100']);
    const ok = await check(s, 'port: { container: web, port: 80/tcp, host: 8081 }');
    expect(ok.en).toEqual({ ok: true, label: 'port 80/tcp of container web is published on host port 8081' });
    expect(ok.zh).toEqual({ ok: true, label: '容器 web 的 80/tcp 端口已发布到宿主机端口 8081' });
    const r = await check(s, 'port: { container: web, port: "80", host: 8080 }');
    expect(r.en.detail).toBe('port 80/tcp is published on host port 8080? no: 80/tcp -> 0.0.0.0:8081');
    expect(r.zh.detail).toBe('80/tcp 端口已发布到宿主机端口 8080？没有：80/tcp -> 0.0.0.0:8081');
  });

  it('the host port may be a parameter', async () => {
    const s = await labAfter(['docker run -d --name web -p 8123:80 busybox sleep 100']);
    expect((await check(s, 'port: { container: web, port: 80/tcp, host: "{{port}}" }', { params: { port: '8123' } })).en.ok).toBe(true);
    expect((await check(s, 'port: { container: web, port: 80/tcp, host: "{{port}}" }', { params: { port: '8124' } })).en.ok).toBe(false);
  });

  it('ip and random', async () => {
    const s = await labAfter(['docker run -d --name local -p 127.0.0.1:8080:80 busybox sleep 100', 'docker run -d --name rnd -p 80 busybox sleep 100']);
    expect((await check(s, 'port: { container: local, port: 80/tcp, ip: 127.0.0.1, host: 8080 }')).en.ok).toBe(true);
    expect((await check(s, 'port: { container: rnd, port: 80/tcp, host: random }')).en.ok).toBe(true);
    const r = await check(s, 'port: { container: rnd, port: 80/tcp, host: 8080 }');
    expect(r.en.detail).toBe('port 80/tcp is published on host port 8080? no: 80/tcp -> 0.0.0.0:(random)');
    const ip = await check(s, 'port: { container: local, port: 80/tcp, ip: 0.0.0.0 }');
    expect(ip.en).toMatchObject({ ok: false, label: 'port 80/tcp of container local is published on 0.0.0.0', detail: 'port 80/tcp is published on 0.0.0.0? no: 80/tcp -> 127.0.0.1:8080' });
  });

  it('-P publishes every exposed port on a random host port', async () => {
    const s = await labAfter(['docker run -d -P --expose 80 --name all busybox sleep 100']);
    expect((await check(s, 'port: { container: all, port: 80/tcp, host: random }')).en.ok).toBe(true);
    expect((await check(s, 'port: { container: all, port: 443/tcp }')).en.detail).toBe('port 443/tcp is published? no: 80/tcp -> 0.0.0.0:(random)');
  });

  it('no ports, no container', async () => {
    const s = await labAfter(['docker run -d --name web busybox sleep 100']);
    expect((await check(s, 'port: { container: web, port: 80/tcp }')).en.detail).toBe('port 80/tcp is published? no: no port is published');
    expect((await check(s, 'port: { container: web, port: 80/tcp }')).zh.detail).toBe('80/tcp 端口已发布？没有：没有发布任何端口');
    expect((await check(s, 'port: { container: nope, port: 80/tcp }')).en.detail).toBe('no container named nope (containers: web)');
  });
});
