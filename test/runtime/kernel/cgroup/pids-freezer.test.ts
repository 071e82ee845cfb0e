import { describe, expect, it } from 'vitest';
import { SIGNALS } from '../../../../src/runtime/kernel/proc/signals.ts';
import { run1 } from '../../../helpers.ts';
import { cgroupLab, expectOut, writeErrno } from './cgroup-fixture.ts';

// pids.max parsing, pids.events counting every refused fork, and the freezer's state texts
// were checked on a real cgroup v1 kernel.

const P = '/sys/fs/cgroup/pids';
const F = '/sys/fs/cgroup/freezer';
const idle = (p: { wait: <T>(s: () => () => void, i?: boolean) => Promise<T> }) => p.wait<number>(() => () => {}, true);

describe('pids controller', () => {
  it('has no files at the root; a child starts unlimited', async () => {
    const r = await run1(`ls ${P}; mkdir ${P}/demo; cd ${P}/demo; cat pids.max pids.current pids.events`);
    expectOut(r, 'cgroup.clone_children\ncgroup.procs\ncgroup.sane_behavior\nnotify_on_release\nrelease_agent\nsystem.slice\ntasks\nmax\n0\nmax 0\n');
  });

  it('takes "max" or 0..4194304, parsed with kstrtoll after stripping blanks', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir(`${P}/demo`);
    const f = `${P}/demo/pids.max`;
    expect(['abc', '-1', '4194305'].map((v) => writeErrno(vfs, f, `${v}\n`))).toEqual(['EINVAL', 'EINVAL', 'EINVAL']);
    expect(writeErrno(vfs, f, '99999999999999999999\n')).toMatch(/^(ERANGE|EINVAL)$/);
    expectOut(await s.run(`echo 4194304 > ${f}; cat ${f}; echo ' max ' > ${f}; cat ${f}; echo 0x10 > ${f}; cat ${f}`), '4194304\nmax\n16\n');
  });

  it('refuses forks past pids.max: bash reports EAGAIN and every refusal is counted', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir(`${P}/demo`);
    const r = await s.run(`echo 1 > ${P}/demo/pids.max; echo $$ > ${P}/demo/cgroup.procs; /bin/true`);
    expect(r.stderr.split('\n')[0]).toMatch(/^bash: (line 1: )?fork: retry: Resource temporarily unavailable$/);
    const events = await s.run(`read -r line < ${P}/demo/pids.events; echo "$line"; read -r n < ${P}/demo/pids.current; echo $n`);
    expect(events.stdout).toMatch(/^max [1-9]\d*\n1\n$/);
  });

  it('canFork checks every ancestor and counts the refusal in the forking task\'s own cgroup', () => {
    const { s, sys } = cgroupLab();
    const k = s.host.kernel;
    sys.ensure('pids', '/a/b');
    sys.write('pids', '/a', 'pids.max', '2');
    const parent = k.spawn(s.proc, { argv: ['p'], main: idle });
    sys.attach('pids', '/a/b', parent);
    expect(sys.canFork(parent)).toBe(true);
    const child = k.spawn(parent, { argv: ['c'], main: idle });
    expect(child.cgroups.get('pids')).toBe('/a/b');
    expect(sys.read('pids', '/a', 'pids.current')).toBe('2\n');
    expect(() => k.spawn(parent, { argv: ['c2'], main: idle })).toThrow('Resource temporarily unavailable');
    expect([sys.read('pids', '/a/b', 'pids.events'), sys.read('pids', '/a', 'pids.events')]).toEqual(['max 1\n', 'max 0\n']);
  });
});

describe('freezer controller', () => {
  it('has no files at the root; a child is THAWED', async () => {
    const r = await run1(`ls ${F}; mkdir ${F}/demo; cd ${F}/demo; cat freezer.state freezer.self_freezing freezer.parent_freezing`);
    expectOut(r, 'cgroup.clone_children\ncgroup.procs\ncgroup.sane_behavior\nnotify_on_release\nrelease_agent\ntasks\nTHAWED\n0\n0\n');
  });

  it('accepts only THAWED and FROZEN; a child of a frozen cgroup is frozen by its parent', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir(`${F}/demo`);
    const f = `${F}/demo/freezer.state`;
    expect([writeErrno(vfs, f, 'FREEZING\n'), writeErrno(vfs, f, 'frozen\n')]).toEqual(['EINVAL', 'EINVAL']);
    const r = await s.run(`cd ${F}/demo; echo ' FROZEN ' > freezer.state; cat freezer.state freezer.self_freezing; mkdir sub; cat sub/freezer.state sub/freezer.self_freezing sub/freezer.parent_freezing`);
    expectOut(r, 'FROZEN\n1\nFROZEN\n0\n1\n');
  });

  it('stops a background sleep when FROZEN is written and resumes it on THAWED', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir(`${F}/demo`);
    const started = await s.run(`sleep 100 & echo $! > ${F}/demo/cgroup.procs; echo FROZEN > ${F}/demo/freezer.state; cat ${F}/demo/freezer.state`);
    expectOut(started, 'FROZEN\n');
    const frozen = [...s.host.kernel.procs.values()].filter((p) => p.cgroups.get('freezer') === '/demo' && p.alive);
    expect(frozen.length).toBeGreaterThan(0);
    expect(frozen.every((p) => p.stopped)).toBe(true);
    expectOut(await s.run(`echo THAWED > ${F}/demo/freezer.state; cat ${F}/demo/freezer.state`), 'THAWED\n');
    expect(frozen.every((p) => !p.stopped)).toBe(true);
  });

  it('freezes tasks moved in, thaws tasks moved out, and leaves a SIGSTOPped task stopped', () => {
    const { s, sys } = cgroupLab();
    const k = s.host.kernel;
    sys.ensure('freezer', '/ice');
    sys.write('freezer', '/ice', 'freezer.state', 'FROZEN');
    const a = k.spawn(s.proc, { argv: ['a'], main: idle });
    const b = k.spawn(s.proc, { argv: ['b'], main: idle });
    sys.attach('freezer', '/ice', a);
    expect(a.stopped).toBe(true);
    sys.attach('freezer', '/', a);
    expect(a.stopped).toBe(false);
    k.signal(b, SIGNALS.STOP!, null);
    sys.attach('freezer', '/ice', b);
    sys.write('freezer', '/ice', 'freezer.state', 'THAWED');
    expect(b.stopped).toBe(true);
    // freezer_fork(): a task created in a frozen cgroup starts frozen.
    sys.write('freezer', '/ice', 'freezer.state', 'FROZEN');
    const child = k.spawn(s.proc, { argv: ['c'], main: idle, cgroups: new Map([['freezer', '/ice']]) });
    expect(child.stopped).toBe(true);
  });
});
