import { describe, expect, it } from 'vitest';
import { check, labAfter } from '../evaluate.ts';

describe('container predicate', () => {
  it('passes for a running container and says so in both languages', async () => {
    const s = await labAfter(['docker run -d --name web busybox sleep 3600']);
    const r = await check(s, 'container: { name: web, state: running }');
    expect(r.en).toEqual({ ok: true, label: 'container web is running' });
    expect(r.zh).toEqual({ ok: true, label: '容器 web 正在运行' });
  });

  it('explains an exited container with docker ps status words', async () => {
    const s = await labAfter(['docker run --name web busybox sh -c "exit 1" || true'], 3);
    const r = await check(s, 'container: { name: web, state: running }');
    expect(r.en.ok).toBe(false);
    expect(r.en.detail).toBe('container web exists but is not running (Exited (1) 3 seconds ago)');
    expect(r.zh.detail).toBe('容器 web 存在，但没有在运行（Exited (1) 3 seconds ago）');
  });

  it('names the containers there are when the name is wrong', async () => {
    const s = await labAfter(['docker create --name web1 busybox', 'docker create --name db busybox']);
    const r = await check(s, 'container: { name: web }');
    expect(r.en).toMatchObject({ ok: false, label: 'container web exists', detail: 'no container named web (containers: db, web1)' });
    expect(r.zh.detail).toBe('没有名为 web 的容器（现有容器：db, web1）');
    const empty = await check(await labAfter([]), 'container: { name: web }');
    expect(empty.en.detail).toBe('no container named web (there are no containers)');
  });

  it('exists: false', async () => {
    const s = await labAfter(['docker run -d --name web busybox sleep 3600'], 5);
    expect((await check(s, 'container: { name: db, exists: false }')).en).toEqual({ ok: true, label: 'no container named db' });
    const r = await check(s, 'container: { name: web, exists: false }');
    expect(r.en).toMatchObject({ ok: false, detail: 'container web exists (Up 5 seconds)' });
    expect(r.zh.detail).toBe('容器 web 存在（Up 5 seconds）');
  });

  it('checks the image by any reference to it', async () => {
    const s = await labAfter(['docker run -d --name web busybox sleep 3600']);
    expect((await check(s, 'container: { name: web, image: "busybox:latest" }')).en.ok).toBe(true);
    const r = await check(s, 'container: { name: web, image: hello-world }');
    expect(r.en).toMatchObject({ ok: false, label: 'container web exists, with image hello-world', detail: 'container web: its image is busybox' });
    expect(r.zh).toMatchObject({ label: '容器 web 存在（镜像 hello-world）', detail: '容器 web：它的镜像是 busybox' });
  });

  it('exit code, tty, pid1', async () => {
    const s = await labAfter(['docker run --name done busybox sh -c "exit 3" || true', 'docker run -dt --name box busybox sleep 100']);
    expect((await check(s, 'container: { name: done, state: exited, exitCode: 3 }')).en.ok).toBe(true);
    const code = await check(s, 'container: { name: done, exitCode: 0 }');
    expect(code.en.detail).toBe('container done: its exit code is 3 (Exited (3) Less than a second ago)');
    const running = await check(s, 'container: { name: box, exitCode: 0 }');
    expect(running.en.detail).toBe('container box: it has not exited (Up Less than a second)');
    expect((await check(s, 'container: { name: box, tty: true, pid1: sleep }')).en.ok).toBe(true);
    const pid1 = await check(s, 'container: { name: done, tty: true, pid1: sh }');
    expect(pid1.en.detail).toBe('container done: it was created without -t; it is not running (Exited (3) Less than a second ago)');
    expect(pid1.zh.detail).toBe('容器 done：它创建时没有带 -t；它没有在运行（Exited (3) Less than a second ago）');
  });

  it('says "not running" once', async () => {
    const s = await labAfter(['docker run --name box busybox true']);
    const r = await check(s, 'container: { name: box, state: running, pid1: sh, tty: true }');
    expect(r.en.detail).toBe('container box exists but is not running (Exited (0) Less than a second ago); container box: it was created without -t');
    expect((await check(s, 'container: { name: box, pid1: sh }')).en.detail).toBe('container box: it is not running (Exited (0) Less than a second ago)');
  });

  it('restart policy, env, labels', async () => {
    const s = await labAfter(['docker run -d --name web --restart always -e A=1 -e B=2 -l tier=front busybox sleep 100']);
    expect((await check(s, 'container: { name: web, restart: always, env: { A: "1" }, label: { tier: front } }')).en.ok).toBe(true);
    const r = await check(s, 'container: { name: web, restart: unless-stopped, env: { A: "2", C: x }, label: { tier: back } }');
    expect(r.en.detail).toBe('container web: its restart policy is always; its environment has A=1, C unset; its labels have tier=front');
    expect(r.zh.detail).toBe('容器 web：它的重启策略是 always；它的环境变量是 A=1, C 未设置；它的标签是 tier=front');
  });

  it('resources: memory, cpus (either form), cpuset', async () => {
    const s = await labAfter(['docker run -d --name ra -m 64m --cpus 0.5 --cpuset-cpus 0 busybox sleep 100', 'docker run -d --name rb --cpu-quota 50000 --cpu-period 100000 busybox sleep 100']);
    expect((await check(s, 'container: { name: ra, memory: 64m, cpus: 0.5, cpusetCpus: "0" }')).en.ok).toBe(true);
    expect((await check(s, 'container: { name: rb, cpus: 0.5 }')).en.ok).toBe(true);
    const r = await check(s, 'container: { name: rb, memory: 128m, cpus: 1, cpusetCpus: "1" }');
    expect(r.en.detail).toBe('container rb: it has no memory limit; its CPU limit is 0.5; it is not pinned to CPUs');
    const a = await check(s, 'container: { name: ra, memory: 128m }');
    expect(a.en.detail).toBe('container ra: its memory limit is 64m (67108864 bytes)');
    expect(a.zh.detail).toBe('容器 ra：它的内存上限是 64m（67108864 字节）');
  });

  it('network and shared namespaces, by the kernel facts', async () => {
    const s = await labAfter([
      'docker run -d --name db busybox sleep 100',
      'docker run -d --name app --network container:db --ipc container:db busybox sleep 100',
      'docker run -d --name other --network host busybox sleep 100',
    ]);
    expect((await check(s, 'container: { name: app, sameNetAs: db, sameIpcAs: db }')).en.ok).toBe(true);
    expect((await check(s, 'container: { name: other, network: host }')).en.ok).toBe(true);
    expect((await check(s, 'container: { name: db, network: bridge, ipc: private }')).en.ok).toBe(true);
    const r = await check(s, 'container: { name: other, sameNetAs: db, network: bridge }');
    expect(r.en.detail).toMatch(/^container other: its networks: host; its network namespace net:\[\d+\] is not db's net:\[\d+\]$/);
    expect(r.zh.detail).toMatch(/^容器 other：它所在的网络：host；它的网络命名空间 net:\[\d+\] 不是 db 的 net:\[\d+\]$/);
    const gone = await check(s, 'container: { name: app, sameIpcAs: nope }');
    expect(gone.en.detail).toBe('container app: there is no container named nope');
  });

  it('paused is its own state', async () => {
    const s = await labAfter(['docker run -d --name web busybox sleep 100', 'docker pause web']);
    expect((await check(s, 'container: { name: web, state: paused }')).en.ok).toBe(true);
    const r = await check(s, 'container: { name: web, state: running }');
    expect(r.en.detail).toBe('container web exists but is not running (Up Less than a second (Paused))');
  });
});
