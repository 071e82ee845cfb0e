import { describe, expect, it } from 'vitest';
import { check, labAfter } from '../evaluate.ts';

describe('daemon predicate', () => {
  it('installed, running and enabled as systemd has it', async () => {
    const s = await labAfter([]);
    const ok = await check(s, 'daemon: { installed: true, running: true, enabled: true }');
    expect(ok.en).toEqual({ ok: true, label: 'Docker is installed, the Docker daemon is running, the docker service is enabled at boot' });
    expect(ok.zh).toEqual({ ok: true, label: 'Docker 已安装，Docker 守护进程正在运行，docker 服务已设为开机启动' });
    expect((await check(s, 'daemon: {}')).en.ok).toBe(true);
  });

  it('after systemctl stop and disable', async () => {
    const s = await labAfter(['systemctl stop docker docker.socket', 'systemctl disable docker']);
    const r = await check(s, 'daemon: { running: true, enabled: true }');
    expect(r.en).toMatchObject({ ok: false, detail: 'the daemon is not running; the docker service is not enabled at boot' });
    expect(r.zh.detail).toBe('守护进程没有运行；docker 服务未设为开机启动');
    expect((await check(s, 'daemon: { running: false, enabled: false }')).en.ok).toBe(true);
  });

  it('daemon.json keys', async () => {
    const s = await labAfter(['echo \'{"registry-mirrors": ["https://m.example"], "log-opts": {"max-size": "10m"}}\' > /etc/docker/daemon.json']);
    expect((await check(s, 'daemon: { config: { key: registry-mirrors, contains: "https://m.example" } }')).en.ok).toBe(true);
    expect((await check(s, 'daemon: { config: { key: log-opts.max-size, contains: 10m } }')).en.ok).toBe(true);
    const r = await check(s, 'daemon: { config: { key: debug } }');
    expect(r.en.detail).toBe('/etc/docker/daemon.json has no key debug (keys: registry-mirrors, log-opts)');
    expect((await check(s, 'daemon: { config: { key: registry-mirrors, contains: other } }')).zh.detail).toBe('registry-mirrors 的值是 ["https://m.example"]');
    const none = await labAfter([]);
    expect((await check(none, 'daemon: { config: { key: debug } }')).en.detail).toBe('there is no /etc/docker/daemon.json');
    const bad = await labAfter(['echo "{oops" > /etc/docker/daemon.json']);
    expect((await check(bad, 'daemon: { config: { key: debug } }')).en.detail).toMatch(/^\/etc\/docker\/daemon.json is not valid JSON \(.+\)$/);
  });
});
