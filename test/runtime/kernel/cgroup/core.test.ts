import { describe, expect, it } from 'vitest';
import { newNamespaces } from '../../../../src/runtime/kernel/ns/clone.ts';
import { run1 } from '../../../helpers.ts';
import { cgroupLab, echoWriteError, expectOut, writeErrno } from './cgroup-fixture.ts';

// Texts of the cgroup core files and of file operations inside a cgroup directory were checked
// against a real kernel with cgroup v1 mounted (bash 5.2, coreutils 9.1): rmdir/mkdir/touch/rm
// messages, EIO for moving a cgroup to another parent, EINVAL/ESRCH for cgroup.procs writes.

const PROC_CGROUP_ROOT = '12:perf_event:/\n11:freezer:/\n10:cpuset:/\n9:net_cls,net_prio:/\n8:memory:/\n7:blkio:/\n6:devices:/\n5:pids:/\n4:cpu,cpuacct:/\n3:hugetlb:/\n2:rdma:/\n1:name=systemd:/\n0::/\n';

describe('cgroup v1 membership', () => {
  it('moves the shell into a new memory cgroup and /proc/self/cgroup shows it', async () => {
    const r = await run1('mkdir /sys/fs/cgroup/memory/demo && echo $$ > /sys/fs/cgroup/memory/demo/cgroup.procs && cat /proc/self/cgroup');
    expectOut(r, PROC_CGROUP_ROOT.replace('8:memory:/\n', '8:memory:/demo\n'));
  });

  it('lists member pids sorted, as the reader sees them; children inherit the cgroup', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir('/sys/fs/cgroup/pids/demo');
    const shell = s.proc.pid;
    // cat is forked from the shell, so it is in the cgroup too (not the last command: no exec).
    const r = await s.run('echo $$ > /sys/fs/cgroup/pids/demo/tasks; cat /sys/fs/cgroup/pids/demo/cgroup.procs; true');
    expectOut(r, `${shell}\n${shell + 1}\n`);
    expectOut(await s.run('read x < /sys/fs/cgroup/pids/cgroup.procs; echo $x'), '1\n');
  });

  it('shows pids of the reader\'s pid namespace and hides tasks outside it', () => {
    const { s, sys } = cgroupLab();
    const k = s.host.kernel;
    const ns = newNamespaces(k, s.host.rootNs, ['pid'], s.host.init);
    const nsInit = k.spawn(s.host.init, { argv: ['sh'], ns, main: (p) => p.wait<number>(() => () => {}, false) });
    const child = k.spawn(nsInit, { argv: ['sleep'], main: (p) => p.wait<number>(() => () => {}, false) });
    sys.ensure('memory', '/box');
    sys.write('memory', '/box', 'cgroup.procs', String(nsInit.pid), child);
    sys.write('memory', '/box', 'cgroup.procs', '2', child);
    expect(sys.read('memory', '/box', 'cgroup.procs', child)).toBe('1\n2\n');
    expect(sys.read('memory', '/box', 'cgroup.procs', s.proc)).toBe(`${nsInit.pids[0]}\n${child.pids[0]}\n`);
    sys.write('memory', '/box', 'cgroup.procs', String(s.proc.pid), s.proc);
    expect(sys.read('memory', '/box', 'cgroup.procs', child)).toBe('1\n2\n');
  });

  it('refuses pids that are not numbers or not there', async () => {
    const { vfs } = cgroupLab();
    vfs.mkdir('/sys/fs/cgroup/memory/demo');
    const f = '/sys/fs/cgroup/memory/demo/cgroup.procs';
    expect([writeErrno(vfs, f, 'abc\n'), writeErrno(vfs, f, '-1\n'), writeErrno(vfs, f, '\n'), writeErrno(vfs, f, '99999999\n'), writeErrno(vfs, f, ' 0 \n')]).toEqual(['EINVAL', 'EINVAL', 'EINVAL', 'ESRCH', '']);
  });

  it('prints the kernel\'s errno when echo cannot write a pid (needs the echo builtin to report FsError text)', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir('/sys/fs/cgroup/memory/demo');
    expectOut(await s.run('echo 99999999 > /sys/fs/cgroup/memory/demo/cgroup.procs'), '', echoWriteError('No such process'), 1);
  });
});

describe('cgroup directories', () => {
  it('rmdir is refused while tasks or child cgroups remain, then succeeds', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir('/sys/fs/cgroup/memory/x');
    vfs.mkdir('/sys/fs/cgroup/memory/y');
    vfs.mkdir('/sys/fs/cgroup/memory/y/z');
    const [a, b, c, d] = [
      await s.run('echo $$ > /sys/fs/cgroup/memory/x/cgroup.procs; cd /sys/fs/cgroup/memory; rmdir x'),
      await s.run('rmdir /sys/fs/cgroup/memory/y'),
      await s.run('echo $$ > /sys/fs/cgroup/memory/cgroup.procs; rmdir /sys/fs/cgroup/memory/x /sys/fs/cgroup/memory/y/z /sys/fs/cgroup/memory/y; echo $?'),
      await s.run('cat /proc/self/cgroup'),
    ];
    expectOut(a, '', "rmdir: failed to remove 'x': Device or resource busy\n", 1);
    expectOut(b, '', "rmdir: failed to remove '/sys/fs/cgroup/memory/y': Device or resource busy\n", 1);
    expectOut(c, '0\n');
    expectOut(d, PROC_CGROUP_ROOT);
  });

  it('lists the core files of a new cgroup of a hierarchy without controller files', async () => {
    const r = await run1('mkdir /sys/fs/cgroup/systemd/demo; ls /sys/fs/cgroup/systemd/demo; ls /sys/fs/cgroup/systemd');
    expectOut(r, 'cgroup.clone_children\ncgroup.procs\nnotify_on_release\ntasks\ncgroup.clone_children\ncgroup.procs\ncgroup.sane_behavior\ndemo\nnotify_on_release\nrelease_agent\nsystem.slice\ntasks\n');
  });

  it('reads the core files', async () => {
    const r = await run1('cd /sys/fs/cgroup/memory; cat cgroup.sane_behavior release_agent notify_on_release cgroup.clone_children');
    expectOut(r, '0\n\n0\n0\n');
  });

  it('parses flag files with kstrtoull: any number sets, words and leading blanks are EINVAL', async () => {
    const { s, vfs } = cgroupLab();
    vfs.mkdir('/sys/fs/cgroup/pids/demo');
    const f = '/sys/fs/cgroup/pids/demo/notify_on_release';
    expectOut(await s.run(`echo 5 > ${f}; cat ${f}`), '1\n');
    expect([writeErrno(vfs, f, 'x\n'), writeErrno(vfs, f, ' 1\n'), writeErrno(vfs, f, '0x0\n')]).toEqual(['EINVAL', 'EINVAL', '']);
    expectOut(await s.run(`cat ${f}; mkdir /sys/fs/cgroup/pids/demo/sub; cat /sys/fs/cgroup/pids/demo/sub/notify_on_release`), '0\n0\n');
  });

  it('cannot create files, links or nodes, nor remove control files', async () => {
    const { s } = cgroupLab();
    const r = await s.run('cd /sys/fs/cgroup/pids; touch newfile; rm tasks; rm -f tasks; mkdir tasks; echo hi > newfile');
    expectOut(r, '', [
      "touch: cannot touch 'newfile': Permission denied",
      "rm: cannot remove 'tasks': Operation not permitted",
      "rm: cannot remove 'tasks': Operation not permitted",
      "mkdir: cannot create directory 'tasks': File exists",
      'bash: line 1: newfile: Permission denied',
      '',
    ].join('\n'), 1);
  });

  it('renames a cgroup in place but not into another parent', async () => {
    const { s, vfs, sys } = cgroupLab();
    vfs.mkdir('/sys/fs/cgroup/memory/a');
    vfs.mkdir('/sys/fs/cgroup/memory/a/b');
    sys.attach('memory', '/a/b', s.proc);
    const r = await s.run('cd /sys/fs/cgroup/memory; mv a c; mv c/b b2; grep memory /proc/self/cgroup');
    expectOut(r, '8:memory:/c/b\n', "mv: cannot move 'c/b' to 'b2': Input/output error\n");
  });

  it('reading a file without a read handler is EINVAL, even for root', async () => {
    const r = await run1('cat /sys/fs/cgroup/devices/devices.allow /sys/fs/cgroup/memory/memory.pressure_level /sys/fs/cgroup/memory/cgroup.event_control');
    expectOut(r, '', [
      'cat: /sys/fs/cgroup/devices/devices.allow: Invalid argument',
      'cat: /sys/fs/cgroup/memory/memory.pressure_level: Invalid argument',
      'cat: /sys/fs/cgroup/memory/cgroup.event_control: Invalid argument',
      '',
    ].join('\n'), 1);
  });

  it('writing a file without a write handler is EINVAL; a removed cgroup\'s files are ENODEV', () => {
    const { vfs, sys } = cgroupLab();
    expect(writeErrno(vfs, '/sys/fs/cgroup/memory/memory.usage_in_bytes', '1\n')).toBe('EINVAL');
    const cg = sys.ensure('memory', '/gone');
    const file = cg.hierarchy.file(cg, 'memory.limit_in_bytes')!;
    sys.remove('memory', '/gone');
    expect(cg.removed).toBe(true);
    expect(file.name).toBe('memory.limit_in_bytes');
    expect(() => sys.read('memory', '/gone', 'tasks')).toThrow('No such file or directory');
  });
});
