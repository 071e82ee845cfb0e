import { describe, expect, it } from 'vitest';
import { newSession, runAll } from '../../../../helpers.ts';

describe('cgexec, cgclassify, cgdelete, lscgroup, lssubsys', () => {
  it('cgexec runs the command inside the group: tasks and /proc/PID/cgroup show it', async () => {
    const s = newSession();
    const r = await runAll(s, [
      'cgcreate -g memory:lab',
      'cgexec -g memory:lab sleep 100 & echo $! > /tmp/pid',
      'cat /sys/fs/cgroup/memory/lab/tasks',
      'grep memory /proc/$(cat /tmp/pid)/cgroup',
      'cgexec -g memory:lab sh -c "grep memory /proc/self/cgroup"',
      'grep memory /proc/self/cgroup',
    ]);
    const pid = r[1]!.stdout.trim() || (await s.run('cat /tmp/pid')).stdout.trim();
    expect(r[2]!.stdout).toBe(`${pid}\n`);
    expect(r[3]!.stdout).toBe('8:memory:/lab\n');
    expect(r[4]!.stdout).toBe('8:memory:/lab\n');
    expect(r[5]!.stdout).toBe('8:memory:/\n');
  });

  it('cgexec errors', async () => {
    const s = newSession();
    const r = await runAll(s, ['cgexec -g memory:nope true', 'cgexec -g memory true', 'cgexec -g memory:/ nosuchcmd', "cgcreate -g memory:lab; su student -c 'cgexec -g memory:lab true'"]);
    expect(r[0]).toMatchObject({ stderr: 'cgroup change of group failed\n', exit: 82 });
    expect(r[1]).toMatchObject({ stderr: 'cgroup controller and pathparsing failed\n', exit: 255 });
    expect(r[2]).toMatchObject({ stderr: 'No such file or directory', exit: 255 });
    expect(r[3]).toMatchObject({ stderr: 'cgroup change of group failed\n', exit: 87 });
  });

  it('cgclassify moves running tasks; bad pids are reported', async () => {
    const s = newSession();
    const r = await runAll(s, ['cgcreate -g cpu:lab', 'sleep 50 & cgclassify -g cpu:lab $!; echo $! > /tmp/pid', 'cat /sys/fs/cgroup/cpu/lab/tasks', 'cgclassify -g cpu:lab 99999', 'cgclassify -g cpu:nope $(cat /tmp/pid)']);
    expect(r[1]!.exit).toBe(0);
    expect(r[2]!.stdout).toBe((await s.run('cat /tmp/pid')).stdout);
    expect(r[3]).toMatchObject({ stderr: 'Error changing group of pid 99999: No such process\n', exit: 96 });
    expect(r[4]!.stderr).toMatch(/^Error changing group of pid \d+: Cgroup does not exist\n$/);
    expect(r[4]!.exit).toBe(82);
  });

  it('cgdelete moves tasks to the parent; -r removes subgroups', async () => {
    const s = newSession();
    const r = await runAll(s, [
      'cgcreate -g memory:lab/a/b',
      'cgexec -g memory:lab/a sleep 100 & echo $! > /tmp/pid',
      'cgdelete memory:lab',
      'cgdelete -r -g memory:lab',
      'ls /sys/fs/cgroup/memory | grep -cx lab; grep memory /proc/$(cat /tmp/pid)/cgroup',
      'cgdelete memory:lab',
      'cgdelete nosuch:lab',
      'cgdelete memory',
    ]);
    expect(r[2]).toMatchObject({ stderr: "cgdelete: cannot remove group 'lab': Device or resource busy\n", exit: 96 });
    expect(r[3]).toMatchObject({ stderr: '', exit: 0 });
    // The task of lab/a moved up to the parent of the group named: the root.
    expect(r[4]!.stdout).toBe('0\n8:memory:/\n');
    expect(r[5]).toMatchObject({ stderr: "cgdelete: cannot remove group 'lab': No such file or directory\n", exit: 96 });
    expect(r[6]).toMatchObject({ stderr: "cgdelete: cannot remove group 'lab': Cgroup one of the needed subsystems is not mounted\n", exit: 84 });
    expect(r[7]).toMatchObject({ stderr: "cgdelete: error parsing cgroup 'memory'\n", exit: 255 });
  });

  it('lscgroup lists every controller separately; a named group with a trailing slash', async () => {
    const s = newSession();
    const r = await runAll(s, ['cgcreate -g pids:lab/x', 'lscgroup | grep lab', 'lscgroup pids:/lab', 'lscgroup -g pids:/nope', 'lscgroup nosuch:/', 'lscgroup cpu,cpuacct:/ | grep -c cpuacct']);
    expect(r[1]!.stdout).toBe('pids:/lab\npids:/lab/x\n');
    expect(r[2]!.stdout).toBe('pids:/lab/\npids:/lab/x\n');
    expect(r[3]).toMatchObject({ stdout: '', stderr: '', exit: 0 });
    expect(r[4]).toMatchObject({ stderr: 'lscgroup: cannot find group nosuch..:/: Cgroup operation failed\n', exit: 93 });
    expect(r[5]!.stdout).toBe('0\n');
  });

  it('lssubsys groups co-mounted controllers, with -m mount points and -i hierarchy ids', async () => {
    const s = newSession();
    const r = await runAll(s, ['lssubsys', 'lssubsys -m cpu memory', 'lssubsys -i memory', 'which lssubsys cgcreate']);
    expect(r[0]!.stdout).toBe('cpuset\ncpu,cpuacct\nblkio\nmemory\ndevices\nfreezer\nnet_cls,net_prio\nperf_event\nhugetlb\npids\nrdma\n');
    expect(r[1]!.stdout).toBe('cpu,cpuacct /sys/fs/cgroup/cpu,cpuacct\nmemory /sys/fs/cgroup/memory\n');
    expect(r[2]!.stdout).toBe('memory 8\n');
    expect(r[3]!.stdout).toBe('/usr/bin/lssubsys\n/usr/bin/cgcreate\n');
  });
});
