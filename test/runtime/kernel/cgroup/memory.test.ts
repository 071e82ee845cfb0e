import { describe, expect, it } from 'vitest';
import { run1 } from '../../../helpers.ts';
import { cgroupLab, echoWriteError, expectOut, runLines, writeErrno } from './cgroup-fixture.ts';

// Parsing of memory.limit_in_bytes (memparse: base 0, K/M/G suffixes, floor to pages, u64
// wrap-around) and the errno of each refused write were checked on a real cgroup v1 kernel.
// File lists and memory.stat follow 5.15's mem_cgroup_legacy_files without swap accounting.

const M = '/sys/fs/cgroup/memory';
const MAX = '9223372036854771712';

describe('memory controller files', () => {
  it('shows unlimited as LONG_MAX rounded down to pages', async () => {
    expectOut(await run1(`cat ${M}/memory.limit_in_bytes ${M}/memory.soft_limit_in_bytes ${M}/memory.kmem.limit_in_bytes`), `${MAX}\n${MAX}\n${MAX}\n`);
  });

  it('lists the v1 files of a new memory cgroup (no memsw files without swap accounting)', async () => {
    const r = await run1(`mkdir ${M}/demo; ls ${M}/demo`);
    expectOut(r, [
      'cgroup.clone_children', 'cgroup.event_control', 'cgroup.procs', 'memory.failcnt', 'memory.force_empty',
      'memory.kmem.failcnt', 'memory.kmem.limit_in_bytes', 'memory.kmem.max_usage_in_bytes', 'memory.kmem.slabinfo',
      'memory.kmem.tcp.failcnt', 'memory.kmem.tcp.limit_in_bytes', 'memory.kmem.tcp.max_usage_in_bytes',
      'memory.kmem.tcp.usage_in_bytes', 'memory.kmem.usage_in_bytes', 'memory.limit_in_bytes', 'memory.max_usage_in_bytes',
      'memory.move_charge_at_immigrate', 'memory.numa_stat', 'memory.oom_control', 'memory.pressure_level',
      'memory.soft_limit_in_bytes', 'memory.stat', 'memory.swappiness', 'memory.usage_in_bytes', 'memory.use_hierarchy',
      'notify_on_release', 'tasks', '',
    ].join('\n'));
  });

  it('parses limits like the kernel: suffixes, hex and octal, rounding down to pages, wrap-around', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir(`${M}/demo`);
    const set = (v: string) => `echo '${v}' > ${M}/demo/memory.limit_in_bytes; cat ${M}/demo/memory.limit_in_bytes`;
    const r = await runLines(s, [set('5000'), set('64m'), set('64M'), set('0x1000'), set('010'), set('-1'), set(' 100'), set('1k'), set('9999999999999999999999'), `echo > ${M}/demo/memory.limit_in_bytes; cat ${M}/demo/memory.limit_in_bytes`]);
    expect(r.map((x) => x.stdout)).toEqual(['4096\n', '67108864\n', '67108864\n', '4096\n', '0\n', `${MAX}\n`, '0\n', '0\n', '1864712049423020032\n', '0\n']);
  });

  it('refuses garbage with EINVAL and keeps the old limit', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir(`${M}/demo`);
    const f = `${M}/demo/memory.limit_in_bytes`;
    vfs.writeFile(f, '64m\n');
    expect(['x', '64mb', '-5', '+100', '1 00'].map((v) => writeErrno(vfs, f, `${v}\n`))).toEqual(['EINVAL', 'EINVAL', 'EINVAL', 'EINVAL', 'EINVAL']);
    expectOut(await s.run(`cat ${f}`), '67108864\n');
    // The root's limit cannot be set, but garbage is still a parse error first.
    expect([writeErrno(vfs, `${M}/memory.limit_in_bytes`, '1g\n'), writeErrno(vfs, `${M}/memory.limit_in_bytes`, 'x\n')]).toEqual(['EINVAL', 'EINVAL']);
  });

  it('prints echo: write error: Invalid argument for a bad limit (needs the echo builtin fix)', async () => {
    expectOut(await run1(`echo x > ${M}/memory.limit_in_bytes`), '', echoWriteError('Invalid argument'), 1);
  });

  it('oom_control: 0 or 1 below the root only', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir(`${M}/demo`);
    const f = `${M}/demo/memory.oom_control`;
    expectOut(await s.run(`cat ${f}; echo 1 > ${f}; cat ${f}`), 'oom_kill_disable 0\nunder_oom 0\noom_kill 0\noom_kill_disable 1\nunder_oom 0\noom_kill 0\n');
    expect([writeErrno(vfs, f, '2\n'), writeErrno(vfs, `${M}/memory.oom_control`, '1\n')]).toEqual(['EINVAL', 'EINVAL']);
    expectOut(await s.run(`mkdir ${M}/demo/sub; cat ${M}/demo/sub/memory.oom_control`), 'oom_kill_disable 1\nunder_oom 0\noom_kill 0\n');
  });

  it('swappiness, use_hierarchy and move_charge_at_immigrate accept only their ranges', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir(`${M}/demo`);
    const f = (n: string) => `${M}/demo/memory.${n}`;
    expect([writeErrno(vfs, f('swappiness'), '201\n'), writeErrno(vfs, f('use_hierarchy'), '0\n'), writeErrno(vfs, f('move_charge_at_immigrate'), '4\n')]).toEqual(['EINVAL', 'EINVAL', 'EINVAL']);
    const r = await s.run(`cat ${f('swappiness')}; echo 200 > ${f('swappiness')}; echo 1 > ${f('use_hierarchy')}; echo 3 > ${f('move_charge_at_immigrate')}; cat ${f('swappiness')} ${f('use_hierarchy')} ${f('move_charge_at_immigrate')}; mkdir ${M}/demo/sub; cat ${M}/demo/sub/memory.swappiness`);
    expectOut(r, '60\n200\n1\n3\n200\n');
  });

  it('force_empty is write-only and refused on the root', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir(`${M}/demo`);
    expect([writeErrno(vfs, `${M}/demo/memory.force_empty`, 'x\n'), writeErrno(vfs, `${M}/memory.force_empty`, '1\n')]).toEqual(['', 'EINVAL']);
    expectOut(await s.run(`cat ${M}/demo/memory.force_empty`), '', `cat: ${M}/demo/memory.force_empty: Invalid argument\n`, 1);
  });
});

describe('memory usage and the OOM killer', () => {
  it('charges member tasks in whole pages, summed up the tree', async () => {
    const { s, vfs, sys } = cgroupLab();
    vfs.mkdir(`${M}/a`);
    vfs.mkdir(`${M}/a/b`);
    sys.attach('memory', '/a/b', s.proc);
    s.proc.memoryBytes = 10000;
    const r = await s.run(`cat ${M}/a/memory.usage_in_bytes ${M}/a/b/memory.usage_in_bytes ${M}/a/b/memory.max_usage_in_bytes; true`);
    // cat is in /a/b too, holding nothing.
    expectOut(r, '12288\n12288\n12288\n');
  });

  it('renders memory.stat with local and total counters and the hierarchical limit', async () => {
    const { s, vfs, sys } = cgroupLab();
    vfs.mkdir(`${M}/a`);
    vfs.mkdir(`${M}/a/b`);
    vfs.writeFile(`${M}/a/memory.limit_in_bytes`, '64m\n');
    sys.attach('memory', '/a/b', s.proc);
    s.proc.memoryBytes = 8192;
    const stat = sys.read('memory', '/a', 'memory.stat');
    expect(stat).toBe('cache 0\nrss 0\nrss_huge 0\nshmem 0\nmapped_file 0\ndirty 0\nwriteback 0\npgpgin 0\npgpgout 0\npgfault 0\npgmajfault 0\ninactive_anon 0\nactive_anon 0\ninactive_file 0\nactive_file 0\nunevictable 0\nhierarchical_memory_limit 67108864\ntotal_cache 0\ntotal_rss 8192\ntotal_rss_huge 0\ntotal_shmem 0\ntotal_mapped_file 0\ntotal_dirty 0\ntotal_writeback 0\ntotal_pgpgin 2\ntotal_pgpgout 0\ntotal_pgfault 2\ntotal_pgmajfault 0\ntotal_inactive_anon 8192\ntotal_active_anon 0\ntotal_inactive_file 0\ntotal_active_file 0\ntotal_unevictable 0\n');
    expect(sys.read('memory', '/a/b', 'memory.numa_stat')).toBe('total=2 N0=2\nfile=0 N0=0\nanon=2 N0=2\nunevictable=0 N0=0\nhierarchical_total=2 N0=2\nhierarchical_file=0 N0=0\nhierarchical_anon=2 N0=2\nhierarchical_unevictable=0 N0=0\n');
  });

  it('refuses a limit below current usage with EBUSY', () => {
    const { s, vfs, sys } = cgroupLab();
    vfs.mkdir(`${M}/a`);
    sys.attach('memory', '/a', s.proc);
    s.proc.memoryBytes = 1 << 20;
    expect([writeErrno(vfs, `${M}/a/memory.limit_in_bytes`, '512k\n'), writeErrno(vfs, `${M}/a/memory.limit_in_bytes`, '1m\n')]).toEqual(['EBUSY', '']);
  });

  it('chargeMemory: within the limit it charges, past it the cgroup fails and the biggest task is picked', () => {
    const { s, sys } = cgroupLab();
    const k = s.host.kernel;
    const cg = sys.ensure('memory', '/box');
    sys.write('memory', '/box', 'memory.limit_in_bytes', '1m');
    const small = k.spawn(s.proc, { argv: ['small'], main: (p) => p.wait<number>(() => () => {}, false) });
    const big = k.spawn(s.proc, { argv: ['big'], main: (p) => p.wait<number>(() => () => {}, false) });
    for (const p of [small, big]) sys.attach('memory', '/box', p);
    expect(sys.chargeMemory(small, 100 * 1024)).toEqual({ ok: true });
    expect(sys.chargeMemory(big, 600 * 1024)).toEqual({ ok: true });
    expect(sys.read('memory', '/box', 'memory.usage_in_bytes')).toBe(`${(25 + 150) * 4096}\n`);
    const fail = sys.chargeMemory(small, 400 * 1024);
    expect(fail).toEqual({ ok: false, cgroup: cg, victim: big, oomKillDisabled: false });
    expect(small.memoryBytes).toBe(100 * 1024);
    expect(sys.read('memory', '/box', 'memory.failcnt')).toBe('1\n');
    big.oomScoreAdj = -1000;
    expect(sys.chargeMemory(small, 400 * 1024)).toMatchObject({ ok: false, victim: small });
    expect(sys.read('memory', '/box', 'memory.max_usage_in_bytes')).toBe(`${175 * 4096}\n`);
  });

  it('oomKill kills the victim and counts oom_kill in its cgroup and non-root ancestors', async () => {
    const { s, sys } = cgroupLab();
    const k = s.host.kernel;
    sys.ensure('memory', '/a/b');
    sys.write('memory', '/a', 'memory.limit_in_bytes', '64k');
    const hog = k.spawn(s.proc, { argv: ['hog'], main: (p) => p.wait<number>(() => () => {}, true) });
    sys.attach('memory', '/a/b', hog);
    const res = sys.chargeMemory(hog, 128 * 1024);
    expect(res).toMatchObject({ ok: false, victim: hog });
    expect(sys.oomKill(res)).toBe(hog);
    await k.runUntil(hog.exited);
    expect(hog.exitStatus).toEqual({ signal: 9, core: false });
    expect([sys.read('memory', '/a', 'memory.oom_control'), sys.read('memory', '/a/b', 'memory.oom_control'), sys.read('memory', '/', 'memory.oom_control')]).toEqual([
      'oom_kill_disable 0\nunder_oom 0\noom_kill 1\n', 'oom_kill_disable 0\nunder_oom 0\noom_kill 1\n', 'oom_kill_disable 0\nunder_oom 0\noom_kill 0\n',
    ]);
  });

  it('with oom_kill_disable the cgroup is only marked under_oom until a charge fits', () => {
    const { s, sys } = cgroupLab();
    sys.ensure('memory', '/a');
    sys.write('memory', '/a', 'memory.limit_in_bytes', '8k');
    sys.write('memory', '/a', 'memory.oom_control', '1');
    sys.attach('memory', '/a', s.proc);
    expect(sys.chargeMemory(s.proc, 16384)).toMatchObject({ ok: false, victim: null, oomKillDisabled: true });
    expect(sys.read('memory', '/a', 'memory.oom_control')).toBe('oom_kill_disable 1\nunder_oom 1\noom_kill 0\n');
    expect(sys.chargeMemory(s.proc, 4096)).toEqual({ ok: true });
    expect(sys.read('memory', '/a', 'memory.oom_control')).toBe('oom_kill_disable 1\nunder_oom 0\noom_kill 0\n');
  });

  it('failcnt and max_usage_in_bytes reset on any write', async () => {
    const { s, sys } = cgroupLab();
    sys.ensure('memory', '/a');
    sys.write('memory', '/a', 'memory.limit_in_bytes', '4k');
    sys.attach('memory', '/a', s.proc);
    sys.chargeMemory(s.proc, 4096);
    sys.chargeMemory(s.proc, 4096);
    s.proc.memoryBytes = 0;
    const r = await s.run(`cd ${M}/a; cat memory.failcnt memory.max_usage_in_bytes; echo 9 > memory.failcnt; echo x > memory.max_usage_in_bytes; cat memory.failcnt memory.max_usage_in_bytes`);
    expectOut(r, '1\n4096\n0\n0\n');
  });
});
