import { describe, expect, it } from 'vitest';
import { check, labAfter } from '../evaluate.ts';

describe('process predicate', () => {
  it('a process in a uts namespace of its own, with its hostname', async () => {
    const s = await labAfter(['unshare --uts sh -c "hostname box; sleep 100" &', 'sleep 1']);
    const r = await check(s, 'process: { command: sleep, namespace: { kind: uts, differsFromHost: true }, hostname: box }');
    expect(r.en).toEqual({ ok: true, label: "a process sleep runs, in a uts namespace of its own (not the host's), with hostname box" });
    expect(r.zh).toEqual({ ok: true, label: '进程 sleep 正在运行（有自己的 uts 命名空间（不同于宿主机），主机名为 box）' });
  });

  it('explains a process that shares the host namespace', async () => {
    const s = await labAfter(['sleep 100 &']);
    const r = await check(s, 'process: { command: sleep, namespace: { kind: uts, differsFromHost: true } }');
    expect(r.en.detail).toMatch(/^process sleep \(PID \d+\): its uts namespace is the host's \(uts:\[4026531838\]\)$/);
    expect(r.zh.detail).toMatch(/^进程 sleep（PID \d+）：它的 uts 命名空间就是宿主机的（uts:\[4026531838\]）$/);
    expect((await check(s, 'process: { command: nginx }')).en.detail).toBe('no process nginx is running');
  });

  it('processes of a container, in its namespaces', async () => {
    const s = await labAfter(['docker run -d --name web busybox sleep 100', 'docker run -d --name db busybox sleep 100']);
    expect((await check(s, 'process: { command: sleep, container: web, namespace: { kind: pid, sameAs: web, differsFromHost: true } }')).en.ok).toBe(true);
    const r = await check(s, 'process: { command: sleep, container: web, namespace: { kind: net, sameAs: db } }');
    expect(r.en.detail).toMatch(/^process sleep \(PID \d+\): its net namespace net:\[\d+\] is not container db's net:\[\d+\]$/);
    expect((await check(s, 'process: { command: nginx, container: web }')).en.detail).toBe('no process nginx runs in container web (its processes: sleep)');
    expect((await check(s, 'process: { command: nginx, container: web }')).zh.detail).toBe('容器 web 中没有进程 nginx（它的进程：sleep）');
  });

  it('uid_map of a user namespace', async () => {
    const s = await labAfter(['unshare --user --map-root-user sleep 300 &', 'sleep 1']);
    expect((await check(s, 'process: { command: sleep, namespace: { kind: user, differsFromHost: true }, uidMap: "0  0 1" }')).en.ok).toBe(true);
    const r = await check(s, 'process: { command: sleep, uidMap: "0 1000 1" }');
    expect(r.en.detail).toMatch(/^process sleep \(PID \d+\): its uid_map is "0 0 1"$/);
  });

  it('in a cgroup with a limit', async () => {
    const s = await labAfter(['mkdir /sys/fs/cgroup/memory/lab', 'echo 64m > /sys/fs/cgroup/memory/lab/memory.limit_in_bytes', 'sleep 200 & echo $! > /sys/fs/cgroup/memory/lab/cgroup.procs']);
    const ok = await check(s, 'process: { command: sleep, cgroup: { controller: memory, path: /sys/fs/cgroup/memory/lab, file: memory.limit_in_bytes, value: 64m } }');
    expect(ok.en).toEqual({ ok: true, label: 'a process sleep runs, in memory cgroup /sys/fs/cgroup/memory/lab whose memory.limit_in_bytes is 64m' });
    const r = await check(s, 'process: { command: sleep, cgroup: { controller: memory, file: memory.limit_in_bytes, value: 32m } }');
    expect(r.en.detail).toMatch(/^process sleep \(PID \d+\): \/sys\/fs\/cgroup\/memory\/lab\/memory.limit_in_bytes is 67108864$/);
    const other = await check(s, 'process: { command: sleep, cgroup: { controller: cpu, path: /lab } }');
    expect(other.zh.detail).toMatch(/^进程 sleep（PID \d+）：它的 cpu cgroup 是 \/$/);
  });
});
