import { describe, expect, it } from 'vitest';
import { newNamespaces } from '../../../../src/runtime/kernel/ns/clone.ts';
import { run1 } from '../../../helpers.ts';
import { cgroupLab, expectOut, writeErrno } from './cgroup-fixture.ts';

// Texts checked against a real kernel's sysfs: lo's attributes, the THP choice files, the
// CPU lists, attribute sizes of 4096, and carrier reading EINVAL on a device that is down.

describe('/sys', () => {
  it('has the top-level sysfs directories; its root is dr-xr-xr-x', async () => {
    expectOut(await run1('ls /sys; ls /sys/fs; ls -ld /sys'), 'block\nbus\nclass\ndev\ndevices\nfirmware\nfs\nhypervisor\nkernel\nmodule\npower\nbpf\ncgroup\next4\nfuse\npstore\ndr-xr-xr-x 13 root root 0 Jan  5 08:00 /sys\n');
  });

  it('lists the host\'s network devices as links into /sys/devices', async () => {
    const { s, vfs } = cgroupLab();
    const r = await s.run('ls /sys/class/net; cd /sys/class/net/lo; cat address addr_len broadcast dev_id flags ifindex iflink mtu operstate type');
    expectOut(r, 'lo\n00:00:00:00:00:00\n6\n00:00:00:00:00:00\n0x0\n0x8\n1\n1\n65536\ndown\n772\n');
    expect(vfs.readlink('/sys/class/net/lo')).toBe('../../devices/virtual/net/lo');
  });

  it('follows the device: up, mtu written through sysfs, carrier only readable while up', async () => {
    const { s, vfs } = cgroupLab();
    expectOut(await s.run('cat /sys/class/net/lo/carrier'), '', 'cat: /sys/class/net/lo/carrier: Invalid argument\n', 1);
    s.host.rootNs.net.devices[0]!.up = true;
    expectOut(await s.run('cd /sys/class/net/lo; cat carrier operstate flags; echo 1500 > mtu; cat mtu'), '1\nunknown\n0x9\n1500\n');
    expect([writeErrno(vfs, '/sys/class/net/lo/mtu', 'x\n'), writeErrno(vfs, '/sys/class/net/lo/mtu', '65537\n')]).toEqual(['EINVAL', 'EINVAL']);
    expectOut(await s.run('ls -l /sys/class/net/lo/mtu; echo x > /sys/class/net/lo/type'), '-rw-r--r-- 1 root root 4096 Jan  5 08:00 /sys/class/net/lo/mtu\n', 'bash: line 1: /sys/class/net/lo/type: Permission denied\n', 1);
  });

  it('shows the devices of the namespace that mounted it, not of a process that unshared', async () => {
    const { s, vfs } = cgroupLab();
    const ns = newNamespaces(s.host.kernel, s.host.rootNs, ['net'], s.proc);
    ns.net.devices.push({ name: 'veth0', index: 2, kind: 'veth', mac: '02:42:ac:11:00:02', up: true, mtu: 1500, addrs: [] });
    s.proc.ns = ns;
    expectOut(await s.run('ls /sys/class/net'), 'lo\n');
    s.host.rootNs.net.devices.push({ name: 'eth0', index: 2, kind: 'ether', mac: '52:54:00:12:34:56', up: true, mtu: 1500, addrs: [] });
    expectOut(await s.run('ls /sys/class/net; cat /sys/class/net/eth0/address /sys/class/net/eth0/operstate /sys/class/net/eth0/flags'), 'eth0\nlo\n52:54:00:12:34:56\nup\n0x1003\n');
    expect(vfs.readlink('/sys/class/net/eth0')).toBe('../../devices/pci0000:00/0000:00:03.0/virtio2/net/eth0');
  });

  it('describes the CPUs', async () => {
    expectOut(await run1('cd /sys/devices/system/cpu; cat online possible present offline kernel_max; ls'), '0-1\n0-1\n0-1\n\n8191\ncpu0\ncpu1\nkernel_max\noffline\nonline\npossible\npresent\n');
  });

  it('has the THP and cgroup feature files under /sys/kernel', async () => {
    const { s, vfs } = cgroupLab();
    const r = await s.run('cd /sys/kernel; cat mm/transparent_hugepage/enabled mm/transparent_hugepage/defrag cgroup/delegate cgroup/features; echo never > mm/transparent_hugepage/enabled; cat mm/transparent_hugepage/enabled');
    expectOut(r, 'always [madvise] never\nalways defer defer+madvise [madvise] never\ncgroup.procs\ncgroup.threads\ncgroup.subtree_control\nmemory.oom.group\nnsdelegate\nmemory_localevents\nmemory_recursiveprot\nalways madvise [never]\n');
    expect(writeErrno(vfs, '/sys/kernel/mm/transparent_hugepage/enabled', 'sometimes\n')).toBe('EINVAL');
  });

  it('mounts a read-only tmpfs at /sys/fs/cgroup with one cgroup mount per hierarchy', async () => {
    // (The tmpfs line itself is left out: systemd mounts it strictatime, so the real line has no
    // relatime, which the model's /proc/mounts always prints.)
    const r = await run1('grep "^cgroup" /proc/mounts');
    expectOut(r, [
      'cgroup2 /sys/fs/cgroup/unified cgroup2 rw,nosuid,nodev,noexec,relatime,nsdelegate 0 0',
      'cgroup /sys/fs/cgroup/systemd cgroup rw,nosuid,nodev,noexec,relatime,xattr,name=systemd 0 0',
      ...['rdma', 'hugetlb', 'cpu,cpuacct', 'pids', 'devices', 'blkio', 'memory', 'net_cls,net_prio', 'cpuset', 'freezer', 'perf_event'].map((c) => `cgroup /sys/fs/cgroup/${c} cgroup rw,nosuid,nodev,noexec,relatime,${c} 0 0`),
      '',
    ].join('\n'));
    expectOut(await run1('ls -l /sys/fs/cgroup | grep -- "->"'), [
      'lrwxrwxrwx 1 root root 11 Jan  5 08:00 cpu -> cpu,cpuacct',
      'lrwxrwxrwx 1 root root 11 Jan  5 08:00 cpuacct -> cpu,cpuacct',
      'lrwxrwxrwx 1 root root 16 Jan  5 08:00 net_cls -> net_cls,net_prio',
      'lrwxrwxrwx 1 root root 16 Jan  5 08:00 net_prio -> net_cls,net_prio',
      '',
    ].join('\n'));
    expectOut(await run1('mkdir /sys/fs/cgroup/foo'), '', "mkdir: cannot create directory '/sys/fs/cgroup/foo': Read-only file system\n", 1);
  });
});
