import { describe, expect, it } from 'vitest';
import { run1 } from '../../../helpers.ts';
import { cgroupLab, expectOut, writeErrno } from './cgroup-fixture.ts';

// devices rule syntax and list semantics, and blkio throttle parsing (ENODEV for partitions and
// unknown disks, 32-bit iops) were checked on a real cgroup v1 kernel (whose disk is 254:0; the
// model's vda is 252:0). net_cls/net_prio, hugetlb and rdma follow the 5.15 sources.

const D = '/sys/fs/cgroup/devices';

describe('devices controller', () => {
  it('allows everything at first; a deny in allow mode is not listed', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir(`${D}/demo`);
    expectOut(await s.run(`cd ${D}; cat devices.list demo/devices.list; echo 'c 1:3 rwm' > demo/devices.deny; cat demo/devices.list`), 'a *:* rwm\na *:* rwm\na *:* rwm\n');
  });

  it('after "a" is denied, lists the allowed exceptions, merging access per device', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir(`${D}/demo`);
    const r = await s.run(`cd ${D}/demo; echo a > devices.deny; cat devices.list; echo 'c 1:3 rwm' > devices.allow; echo 'c 1:5 r' > devices.allow; echo 'c 1:5 w' > devices.allow; echo 'b *:* m' > devices.allow; echo 'c 1:3 rwmx' > devices.allow; cat devices.list; echo 'c 1:5 w' > devices.deny; cat devices.list`);
    expectOut(r, 'c 1:3 rwm\nc 1:5 rw\nb *:* m\nc 1:3 rwm\nc 1:5 r\nb *:* m\n');
  });

  it('refuses malformed rules with EINVAL', () => {
    const { vfs } = cgroupLab();
    vfs.mkdir(`${D}/demo`);
    const bad = ['c 1:3', 'c 1:3 ', 'c 1:3 x', 'x 1:3 r', 'c1:3 r', 'c 1 r', 'c 99999999999:3 r'];
    expect(bad.map((r) => writeErrno(vfs, `${D}/demo/devices.allow`, `${r}\n`))).toEqual(bad.map(() => 'EINVAL'));
  });

  it('a child starts as a copy; it cannot allow what its parent denies; new denials propagate', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir(`${D}/p`);
    const r = await s.run(`cd ${D}/p; echo a > devices.deny; echo 'c 1:3 rwm' > devices.allow; echo 'c 1:5 r' > devices.allow; mkdir sub; cat sub/devices.list; echo 'c 1:3 w' > devices.deny; cat sub/devices.list`);
    expectOut(r, 'c 1:3 rwm\nc 1:5 r\nc 1:3 rm\nc 1:5 r\n');
    const w = (f: string, v: string) => writeErrno(vfs, `${D}/p/${f}`, `${v}\n`);
    expect([w('sub/devices.allow', 'c 1:9 r'), w('sub/devices.allow', 'c 1:3 r'), w('sub/devices.allow', 'a'), w('devices.allow', 'a')]).toEqual(['EPERM', '', 'EPERM', 'EINVAL']);
    vfs.rmdir(`${D}/p/sub`);
    expectOut(await s.run(`cd ${D}/p; echo all > devices.allow; cat devices.list`), 'a *:* rwm\n');
  });

  it('decides device access for a task from its own cgroup', () => {
    const { s, sys } = cgroupLab();
    sys.ensure('devices', '/c');
    sys.write('devices', '/c', 'devices.deny', 'a');
    sys.write('devices', '/c', 'devices.allow', 'c 1:3 rw');
    expect(sys.devicePermitted(s.proc, 'c', 1, 8, 'r')).toBe(true);
    sys.attach('devices', '/c', s.proc);
    expect([sys.devicePermitted(s.proc, 'c', 1, 3, 'r'), sys.devicePermitted(s.proc, 'c', 1, 3, 'm'), sys.devicePermitted(s.proc, 'c', 1, 8, 'r'), sys.devicePermitted(s.proc, 'b', 252, 0, 'r')]).toEqual([true, false, false, false]);
  });
});

describe('blkio controller', () => {
  const B = '/sys/fs/cgroup/blkio';

  it('shows throttle limits per disk once set, and the disk\'s counters from then on', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir(`${B}/demo`);
    const r = await s.run(`cd ${B}/demo; cat blkio.throttle.read_bps_device blkio.throttle.io_service_bytes; echo '252:0 1048576' > blkio.throttle.read_bps_device; cat blkio.throttle.read_bps_device blkio.throttle.io_serviced; echo '252:0 0' > blkio.throttle.read_bps_device; cat blkio.throttle.read_bps_device`);
    expectOut(r, 'Total 0\n252:0 1048576\n252:0 Read 0\n252:0 Write 0\n252:0 Sync 0\n252:0 Async 0\n252:0 Discard 0\n252:0 Total 0\nTotal 0\n');
  });

  it('parses MAJ:MIN VALUE like the kernel: sscanf digits, whole disks only, 32-bit iops', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir(`${B}/demo`);
    const w = (f: string, v: string) => writeErrno(vfs, `${B}/demo/blkio.throttle.${f}`, `${v}\n`);
    expect([w('read_bps_device', '252:0 -1'), w('read_bps_device', '252:0 max'), w('read_bps_device', '252:1 100'), w('read_bps_device', '9:9 100'), w('read_bps_device', '252:0'), w('read_bps_device', 'x')]).toEqual(['EINVAL', 'EINVAL', 'ENODEV', 'ENODEV', 'EINVAL', 'EINVAL']);
    const r = await s.run(`cd ${B}/demo; echo '252:0 100abc' > blkio.throttle.write_bps_device; echo ' 252:0 100' > blkio.throttle.read_iops_device; cat blkio.throttle.write_bps_device blkio.throttle.read_iops_device; echo '252:0 4294967296' > blkio.throttle.read_iops_device; cat blkio.throttle.read_iops_device`);
    expectOut(r, '252:0 100\n252:0 100\n252:0 0\n');
    expect(writeErrno(vfs, `${B}/demo/blkio.reset_stats`, 'x\n')).toBe('EINVAL');
    expectOut(await s.run(`cat ${B}/demo/blkio.reset_stats`), '', `cat: ${B}/demo/blkio.reset_stats: Invalid argument\n`, 1);
  });
});

describe('net_cls, net_prio, hugetlb, rdma', () => {
  it('net_cls.classid is a u32 inherited by children; net_prio lists the initial namespace\'s devices', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir('/sys/fs/cgroup/net_cls/demo');
    const r = await s.run('cd /sys/fs/cgroup/net_cls; echo 0x100001 > demo/net_cls.classid; mkdir demo/sub; cat net_cls.classid demo/net_cls.classid demo/sub/net_cls.classid net_prio.prioidx demo/net_prio.prioidx net_prio.ifpriomap; echo "lo 5" > demo/net_prio.ifpriomap; cat demo/net_prio.ifpriomap');
    expectOut(r, '0\n1048577\n1048577\n1\n2\nlo 0\nlo 5\n');
    expect([writeErrno(vfs, '/sys/fs/cgroup/net_prio/demo/net_prio.ifpriomap', 'eth9 1\n'), writeErrno(vfs, '/sys/fs/cgroup/net_prio/demo/net_prio.ifpriomap', 'lo\n')]).toEqual(['ENODEV', 'EINVAL']);
  });

  it('hugetlb limits round down to whole huge pages and cannot be set on the root', async () => {
    const { s, vfs } = cgroupLab();
    const H = '/sys/fs/cgroup/hugetlb';
    vfs.mkdir(`${H}/demo`);
    const r = await s.run(`cd ${H}; cat hugetlb.2MB.limit_in_bytes hugetlb.1GB.limit_in_bytes demo/hugetlb.2MB.usage_in_bytes; echo 3m > demo/hugetlb.2MB.limit_in_bytes; cat demo/hugetlb.2MB.limit_in_bytes`);
    expectOut(r, '9223372036852678656\n9223372035781033984\n0\n2097152\n');
    expect(writeErrno(vfs, `${H}/hugetlb.2MB.limit_in_bytes`, '1g\n')).toBe('EINVAL');
  });

  it('rdma has nothing to show without RDMA devices', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir('/sys/fs/cgroup/rdma/demo');
    expectOut(await s.run('cat /sys/fs/cgroup/rdma/demo/rdma.max /sys/fs/cgroup/rdma/demo/rdma.current; ls /sys/fs/cgroup/rdma/demo'), 'cgroup.clone_children\ncgroup.procs\nnotify_on_release\nrdma.current\nrdma.max\ntasks\n');
    const f = '/sys/fs/cgroup/rdma/demo/rdma.max';
    expect([writeErrno(vfs, f, 'mlx4_0 hca_handle=2 hca_object=max\n'), writeErrno(vfs, f, 'mlx4_0 hca_handle=-1\n'), writeErrno(vfs, f, 'mlx4_0 foo=1\n')]).toEqual(['ENODEV', 'EINVAL', 'EINVAL']);
  });
});

describe('the cgroup2 hierarchy at /sys/fs/cgroup/unified', () => {
  const U = '/sys/fs/cgroup/unified';

  it('has the core files only, no controllers', async () => {
    const r = await run1(`ls ${U}; mkdir ${U}/demo; cd ${U}/demo; cat cgroup.controllers cgroup.type cgroup.events cgroup.freeze cgroup.max.depth ../cgroup.stat`);
    expectOut(r, 'cgroup.controllers\ncgroup.max.depth\ncgroup.max.descendants\ncgroup.procs\ncgroup.stat\ncgroup.subtree_control\ncgroup.threads\ncpu.pressure\ncpu.stat\nio.pressure\nmemory.pressure\nsystem.slice\n\ndomain\npopulated 0\nfrozen 0\n0\nmax\nnr_descendants 6\nnr_dying_descendants 0\n');
  });

  it('controllers bound to v1 cannot be enabled; depth limits refuse mkdir with EAGAIN', async () => {
    const { s, vfs } = cgroupLab();
    expect([writeErrno(vfs, `${U}/cgroup.subtree_control`, '+memory\n'), writeErrno(vfs, `${U}/cgroup.subtree_control`, '+bogus\n'), writeErrno(vfs, `${U}/cgroup.subtree_control`, '-memory\n')]).toEqual(['ENOENT', 'EINVAL', '']);
    vfs.mkdir(`${U}/d`);
    vfs.writeFile(`${U}/d/cgroup.max.depth`, '0\n');
    expectOut(await s.run(`mkdir ${U}/d/e`), '', `mkdir: cannot create directory '${U}/d/e': Resource temporarily unavailable\n`, 1);
  });

  it('cgroup.freeze stops the members and cgroup.events reports it', async () => {
    const { s, sys } = cgroupLab();
    const k = s.host.kernel;
    sys.ensure('', '/f');
    const t = k.spawn(s.proc, { argv: ['t'], main: (p) => p.wait<number>(() => () => {}, true) });
    sys.attach('', '/f', t);
    sys.write('', '/f', 'cgroup.freeze', '1');
    expect(t.stopped).toBe(true);
    expect(sys.read('', '/f', 'cgroup.events')).toBe('populated 1\nfrozen 1\n');
    sys.write('', '/f', 'cgroup.freeze', '0');
    expect(t.stopped).toBe(false);
    sys.write('', '/f', 'cgroup.kill', '1');
    await k.runUntil(t.exited);
    expect(t.exitStatus).toEqual({ signal: 9, core: false });
  });
});
