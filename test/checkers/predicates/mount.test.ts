import { describe, expect, it } from 'vitest';
import { check, labAfter } from '../evaluate.ts';

describe('mount predicate', () => {
  it('bind, volume and tmpfs mounts as inspect lists them', async () => {
    const s = await labAfter([
      'mkdir -p ~/site',
      'docker run -d --name web -v ~/site:/usr/share/nginx/html:ro -v data:/data --tmpfs /cache busybox sleep 100',
    ]);
    const bind = await check(s, 'mount: { container: web, destination: /usr/share/nginx/html, type: bind, source: ~/site, rw: false }');
    expect(bind.en).toEqual({ ok: true, label: 'container web has a mount at /usr/share/nginx/html, of type bind, from /root/site, read-only' });
    expect(bind.zh).toEqual({ ok: true, label: '容器 web 在 /usr/share/nginx/html 有挂载（类型 bind，来源 /root/site，只读）' });
    expect((await check(s, 'mount: { container: web, destination: /data/, type: volume, name: data, rw: true }')).en.ok).toBe(true);
    const wrong = await check(s, 'mount: { container: web, destination: /data, type: bind }');
    expect(wrong.en.detail).toBe('the mount at it is volume data -> /data (rw)');
    expect(wrong.zh.detail).toBe('那里的挂载是 volume data -> /data (rw)');
  });

  it('says what is mounted when nothing is at the path', async () => {
    const s = await labAfter(['docker run -d --name web -v data:/data busybox sleep 100', 'docker run -d --name bare busybox sleep 100']);
    const r = await check(s, 'mount: { container: web, destination: /srv }');
    expect(r.en.detail).toBe('nothing is mounted at /srv (mounts: volume data -> /data (rw))');
    expect((await check(s, 'mount: { container: bare, destination: /srv }')).zh.detail).toBe('/srv 上没有挂载（现有挂载：无）');
  });
});
