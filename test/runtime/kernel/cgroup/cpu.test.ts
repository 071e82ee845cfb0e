import { describe, expect, it } from 'vitest';
import { run1 } from '../../../helpers.ts';
import { cgroupLab, expectOut, writeErrno } from './cgroup-fixture.ts';

// Defaults, clamping of cpu.shares, CFS bandwidth bounds and the v1 hierarchy rule, cpuacct
// formats and cpuset errnos (ENOSPC, EACCES, EBUSY) were checked on a real 2-CPU cgroup v1 kernel.
// Its cpu.stat has two more lines (nr_bursts, burst_time) than 5.15, modelled here.

const CPU = '/sys/fs/cgroup/cpu';
const SET = '/sys/fs/cgroup/cpuset';

describe('cpu controller', () => {
  it('reads the defaults through the cpu -> cpu,cpuacct symlink', async () => {
    const r = await run1(`mkdir ${CPU}/demo; cd ${CPU}/demo; cat cpu.shares cpu.cfs_quota_us cpu.cfs_period_us cpu.stat cpu.idle cpu.cfs_burst_us cpu.uclamp.min cpu.uclamp.max`);
    expectOut(r, '1024\n-1\n100000\nnr_periods 0\nnr_throttled 0\nthrottled_time 0\n0\n0\n0.00\nmax\n');
  });

  it('clamps cpu.shares to 2..262144 and refuses the root and negative numbers', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir(`${CPU}/demo`);
    const f = `${CPU}/demo/cpu.shares`;
    expectOut(await s.run(`echo 1 > ${f}; cat ${f}; echo 0 > ${f}; cat ${f}; echo 999999999 > ${f}; cat ${f}; echo 512 > ${f}; cat ${f}`), '2\n2\n262144\n512\n');
    expect([writeErrno(vfs, f, '-1\n'), writeErrno(vfs, `${CPU}/cpu.shares`, '512\n')]).toEqual(['EINVAL', 'EINVAL']);
  });

  it('bounds the CFS quota and period (1 ms .. 1 s) and takes any negative quota as unlimited', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir(`${CPU}/demo`);
    const q = `${CPU}/demo/cpu.cfs_quota_us`;
    const p = `${CPU}/demo/cpu.cfs_period_us`;
    expect([writeErrno(vfs, q, '999\n'), writeErrno(vfs, q, '0\n'), writeErrno(vfs, p, '999\n'), writeErrno(vfs, p, '1000001\n'), writeErrno(vfs, `${CPU}/cpu.cfs_quota_us`, '50000\n')]).toEqual(['EINVAL', 'EINVAL', 'EINVAL', 'EINVAL', 'EINVAL']);
    expectOut(await s.run(`echo 1000 > ${q}; cat ${q}; echo -5 > ${q}; cat ${q}; echo 1000000 > ${p}; cat ${p}`), '1000\n-1\n1000000\n');
  });

  it('on v1 a child may not get more CPU than a limited parent, nor burst beyond its quota', () => {
    const { vfs } = cgroupLab();
    vfs.mkdir(`${CPU}/a`);
    vfs.mkdir(`${CPU}/a/b`);
    const w = (f: string, v: string) => writeErrno(vfs, `${CPU}/${f}`, `${v}\n`);
    expect([w('a/cpu.cfs_quota_us', '50000'), w('a/b/cpu.cfs_quota_us', '60000'), w('a/b/cpu.cfs_quota_us', '40000'), w('a/cpu.cfs_quota_us', '30000'), w('a/b/cpu.cfs_quota_us', '-1'), w('a/cpu.cfs_quota_us', '30000')]).toEqual(['', 'EINVAL', '', 'EINVAL', '', '']);
    expect([w('a/cpu.cfs_burst_us', '60000'), w('a/cpu.cfs_burst_us', '20000')]).toEqual(['EINVAL', '']);
    expect([w('a/cpu.idle', '2'), w('a/cpu.idle', '1'), w('cpu.idle', '1')]).toEqual(['EINVAL', '', 'EINVAL']);
  });

  it('uclamp takes a percentage with two decimals or max', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir(`${CPU}/demo`);
    const f = `${CPU}/demo/cpu.uclamp.min`;
    expectOut(await s.run(`echo 50.5 > ${f}; cat ${f}; echo max > ${f}; cat ${f}`), '50.50\nmax\n');
    expect([writeErrno(vfs, f, 'half\n'), writeErrno(vfs, f, '1.234\n')]).toEqual(['EINVAL', 'EINVAL']);
  });

  it('counts throttling of a CPU-bound task once a quota is set', () => {
    const { s, sys } = cgroupLab();
    sys.ensure('cpu', '/q');
    sys.write('cpu', '/q', 'cpu.cfs_quota_us', '25000');
    sys.attach('cpu', '/q', s.proc);
    s.proc.cpuMicros += 100_000;
    expect(sys.read('cpu', '/q', 'cpu.stat')).toBe('nr_periods 4\nnr_throttled 4\nthrottled_time 300000000\n');
  });
});

describe('cpuacct controller', () => {
  it('starts at zero, per CPU and in USER_HZ ticks', async () => {
    const r = await run1('mkdir /sys/fs/cgroup/cpuacct/demo; cd /sys/fs/cgroup/cpuacct/demo; cat cpuacct.usage cpuacct.usage_percpu cpuacct.usage_all cpuacct.stat cpuacct.usage_user cpuacct.usage_sys');
    expectOut(r, '0\n0 0 \ncpu user system\n0 0 0\n1 0 0\nuser 0\nsystem 0\n0\n0\n');
  });

  it('charges CPU time where it was spent, keeps it after the task leaves, and resets only to 0', () => {
    const { s, sys, vfs } = cgroupLab();
    sys.ensure('cpuacct', '/a');
    sys.attach('cpuacct', '/a', s.proc);
    const cpu = s.proc.id % 2;
    s.proc.cpuMicros += 150_000;
    const per = (ns: number) => (cpu === 0 ? `${ns} 0 ` : `0 ${ns} `);
    expect(sys.read('cpuacct', '/a', 'cpuacct.usage')).toBe('150000000\n');
    expect(sys.read('cpuacct', '/a', 'cpuacct.usage_percpu')).toBe(`${per(150000000)}\n`);
    expect(sys.read('cpuacct', '/a', 'cpuacct.stat')).toBe('user 15\nsystem 0\n');
    sys.attach('cpuacct', '/', s.proc);
    s.proc.cpuMicros += 50_000;
    expect(sys.read('cpuacct', '/a', 'cpuacct.usage')).toBe('150000000\n');
    expect(writeErrno(vfs, '/sys/fs/cgroup/cpuacct/a/cpuacct.usage', '5\n')).toBe('EINVAL');
    vfs.writeFile('/sys/fs/cgroup/cpuacct/a/cpuacct.usage', '0\n');
    expect(sys.read('cpuacct', '/a', 'cpuacct.usage_all')).toBe('cpu user system\n0 0 0\n1 0 0\n');
  });

  it('keeps the time of tasks that exited', async () => {
    const { s, sys } = cgroupLab();
    const k = s.host.kernel;
    sys.ensure('cpuacct', '/a');
    sys.attach('cpuacct', '/a', s.proc);
    const worker = k.spawn(s.proc, { argv: ['worker'], main: async (p) => {
      p.cpuMicros += 20_000;
      return 0;
    } });
    await k.runUntil(worker.exited);
    expect(sys.read('cpuacct', '/a', 'cpuacct.usage')).toBe('20000000\n');
    expect(sys.read('', '/', 'cpu.stat')).toBe('usage_usec 20000\nuser_usec 20000\nsystem_usec 0\n');
  });
});

describe('cpuset controller', () => {
  it('a new cpuset has no CPUs or nodes until set; the root follows the machine', async () => {
    const r = await run1(`mkdir ${SET}/demo; cd ${SET}/demo; cat cpuset.cpus cpuset.mems cpuset.effective_cpus cpuset.cpu_exclusive cpuset.mem_exclusive cpuset.sched_load_balance cpuset.sched_relax_domain_level cpuset.memory_pressure ../cpuset.cpus ../cpuset.mems ../cpuset.cpu_exclusive ../cpuset.mem_exclusive ../cpuset.memory_pressure_enabled ../cpuset.effective_mems`);
    expectOut(r, '\n\n\n0\n0\n1\n-1\n0\n0-1\n0\n1\n1\n0\n0\n');
  });

  it('refuses tasks while empty (ENOSPC), the root\'s masks (EACCES) and masks outside the parent', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir(`${SET}/demo`);
    const w = (f: string, v: string) => writeErrno(vfs, `${SET}/${f}`, `${v}\n`);
    expect([w('demo/tasks', String(s.proc.pid)), w('demo/cpuset.cpus', 'x'), w('demo/cpuset.mems', '1'), w('cpuset.cpus', '0'), w('cpuset.mems', '0')]).toEqual(['ENOSPC', 'EINVAL', 'EINVAL', 'EACCES', 'EACCES']);
    expect(w('demo/cpuset.cpus', '5')).toMatch(/^(ERANGE|EINVAL)$/);
    expectOut(await s.run(`cd ${SET}/demo; echo 0,1 > cpuset.cpus; echo 0 > cpuset.mems; cat cpuset.cpus cpuset.mems; echo $$ > tasks; grep cpuset /proc/self/cgroup`), '0-1\n0\n10:cpuset:/demo\n');
    expect([w('demo/cpuset.cpus', ''), w('demo/cpuset.sched_relax_domain_level', '3'), w('demo/cpuset.sched_relax_domain_level', '-2'), w('demo/cpuset.sched_relax_domain_level', '2')]).toEqual(['ENOSPC', 'EINVAL', 'EINVAL', '']);
  });

  it('clone_children copies the parent\'s masks; a parent cannot drop CPUs a child uses', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir(`${SET}/p`);
    const r = await s.run(`cd ${SET}/p; echo 0-1 > cpuset.cpus; echo 0 > cpuset.mems; mkdir a; cat a/cpuset.cpus; echo 1 > cgroup.clone_children; mkdir b; cat b/cpuset.cpus b/cpuset.mems b/cgroup.clone_children`);
    expectOut(r, '\n0-1\n0\n1\n');
    vfs.writeFile(`${SET}/p/a/cpuset.cpus`, '0\n');
    const w = (f: string, v: string) => writeErrno(vfs, `${SET}/p/${f}`, `${v}\n`);
    // Exclusive only below an exclusive parent: p is not, so its children may not be.
    expect([w('cpuset.cpus', '1'), w('a/cpuset.cpu_exclusive', '1'), w('b/cpuset.cpus', '0'), w('cpuset.cpu_exclusive', '1')]).toEqual(['EBUSY', 'EACCES', '', '']);
    // Exclusive siblings may not overlap.
    expect([w('b/cpuset.cpus', '1'), w('a/cpuset.cpu_exclusive', '1'), w('b/cpuset.cpus', '0'), w('cpuset.cpu_exclusive', '0')]).toEqual(['', '', 'EINVAL', 'EBUSY']);
  });
});
