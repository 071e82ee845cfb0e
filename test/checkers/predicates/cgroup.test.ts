import { describe, expect, it } from 'vitest';
import { check, labAfter } from '../evaluate.ts';

describe('cgroup predicate', () => {
  it('a cgroup with a limit and a member', async () => {
    const s = await labAfter(['mkdir /sys/fs/cgroup/memory/lab', 'echo 64m > /sys/fs/cgroup/memory/lab/memory.limit_in_bytes', 'sleep 200 & echo $! > /sys/fs/cgroup/memory/lab/cgroup.procs']);
    const ok = await check(s, 'cgroup: { path: /sys/fs/cgroup/memory/lab, file: memory.limit_in_bytes, value: "67108864", member: sleep }');
    expect(ok.en).toEqual({ ok: true, label: 'cgroup /sys/fs/cgroup/memory/lab exists, with memory.limit_in_bytes = 67108864, with a sleep process in it' });
    expect(ok.zh).toEqual({ ok: true, label: 'cgroup /sys/fs/cgroup/memory/lab 存在（memory.limit_in_bytes 为 67108864，其中有进程 sleep）' });
    const r = await check(s, 'cgroup: { path: /sys/fs/cgroup/memory/lab, file: memory.limit_in_bytes, value: 128m, member: bash }');
    expect(r.en.detail).toMatch(/^its memory.limit_in_bytes is 67108864; no bash process is in it \(its processes: sleep \(\d+\)\)$/);
  });

  it('missing cgroups and files', async () => {
    const s = await labAfter(['mkdir /sys/fs/cgroup/cpu/lab']);
    expect((await check(s, 'cgroup: { path: /sys/fs/cgroup/memory/lab }')).en).toMatchObject({ ok: false, detail: 'there is no directory /sys/fs/cgroup/memory/lab' });
    expect((await check(s, 'cgroup: { path: /sys/fs/cgroup/memory/lab, exists: false }')).zh).toEqual({ ok: true, label: '没有 cgroup /sys/fs/cgroup/memory/lab' });
    expect((await check(s, 'cgroup: { path: /sys/fs/cgroup/cpu/lab, file: cpu.cfs_quota_us, value: "-1" }')).en.ok).toBe(true);
    expect((await check(s, 'cgroup: { path: /sys/fs/cgroup/cpu/lab, file: memory.limit_in_bytes }')).zh.detail).toBe('其中没有文件 memory.limit_in_bytes');
  });
});
