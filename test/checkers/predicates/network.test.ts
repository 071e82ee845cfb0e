import { describe, expect, it } from 'vitest';
import { check, labAfter } from '../evaluate.ts';

describe('network predicate', () => {
  it('the default networks exist with their drivers and members', async () => {
    const s = await labAfter(['docker run -d --name web busybox sleep 100', 'docker run -d --name hh --network host busybox sleep 100']);
    const ok = await check(s, 'network: { name: bridge, driver: bridge, subnet: 172.17.0.0/16, members: [web] }');
    expect(ok.en).toEqual({ ok: true, label: 'network bridge exists, with driver bridge, with subnet 172.17.0.0/16, with web attached' });
    expect(ok.zh).toEqual({ ok: true, label: '网络 bridge 存在（驱动为 bridge，子网为 172.17.0.0/16，连接了 web）' });
    expect((await check(s, 'network: { name: host, driver: host, members: [hh] }')).en.ok).toBe(true);
    const r = await check(s, 'network: { name: bridge, driver: overlay, members: [hh] }');
    expect(r.en.detail).toBe('its driver is bridge; not attached: hh (attached: web)');
    expect(r.zh.detail).toBe('它的驱动是 bridge；未连接：hh（已连接：web）');
  });

  it('a user network does not exist (docker network create is not built yet)', async () => {
    const s = await labAfter([]);
    const r = await check(s, 'network: { name: mynet }');
    expect(r.en).toMatchObject({ ok: false, detail: 'no network named mynet (networks: bridge, host, none)' });
    expect(r.zh.detail).toBe('没有名为 mynet 的网络（现有网络：bridge, host, none）');
    expect((await check(s, 'network: { name: mynet, exists: false }')).en.ok).toBe(true);
    expect((await check(s, 'network: { name: none, exists: false }')).en.ok).toBe(false);
  });
});
