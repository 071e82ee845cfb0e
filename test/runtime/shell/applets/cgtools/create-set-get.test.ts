import { describe, expect, it } from 'vitest';
import { newSession, runAll } from '../../../../helpers.ts';

describe('cgcreate, cgset, cgget', () => {
  it('create a group, set a 50M memory limit and read it back as the file does', async () => {
    const s = newSession();
    const r = await runAll(s, [
      'cgcreate -g memory,cpu:lab',
      'cgset -r memory.limit_in_bytes=50M lab',
      'cgget -r memory.limit_in_bytes lab',
      'cat /sys/fs/cgroup/memory/lab/memory.limit_in_bytes',
      'cgget -n -r memory.limit_in_bytes -r cpu.shares lab /',
      'cgget -nv -r memory.limit_in_bytes lab',
      'cgget -v -r memory.limit_in_bytes lab',
    ]);
    expect(r.map((x) => x.exit)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(r[2]!.stdout).toBe('lab:\nmemory.limit_in_bytes: 52428800\n\n');
    expect(r[3]!.stdout).toBe('52428800\n');
    expect(r[4]!.stdout).toBe('memory.limit_in_bytes: 52428800\ncpu.shares: 1024\nmemory.limit_in_bytes: 9223372036854771712\ncpu.shares: 1024\n');
    expect(r[5]!.stdout).toBe('52428800\n');
    expect(r[6]!.stdout).toBe('lab:\n52428800\n\n');
  });

  it('cgget of a whole controller lists its files, multi-line values indented by a tab', async () => {
    const s = newSession();
    const r = await runAll(s, ['cgcreate -g pids,cpu:/lab', 'cgset -r pids.max=20 /lab', 'cgget -g pids /lab', 'cgget -g cpu:/lab']);
    expect(r[2]!.stdout).toBe('/lab:\npids.current: 0\npids.events: max 0\npids.max: 20\n\n');
    expect(r[3]!.stdout).toContain('cpu.stat: nr_periods 0\n\tnr_throttled 0\n\tthrottled_time 0\n');
    // Groups that do not exist, or controllers that are not mounted, show an empty block.
    const e = await runAll(s, ['cgget -g memory:/nope', 'cgget -g nosuch /', 'cgget -n -g pids /lab /lab']);
    expect(e[0]).toMatchObject({ stdout: '/nope:\n\n', stderr: '', exit: 0 });
    expect(e[1]).toMatchObject({ stdout: '/:\n\n', stderr: '', exit: 0 });
    expect(e[2]!.stdout).toBe('pids.current: 0\npids.events: max 0\npids.max: 20\npids.current: 0\npids.events: max 0\npids.max: 20\n');
  });

  it('errors keep their libcgroup texts and exit codes (code & 255)', async () => {
    const s = newSession();
    const r = await runAll(s, [
      'cgcreate -g memory:lab',
      'cgset -r memory.limit_in_bytes=abc lab',
      'cgset -r memory.nosuch=1 lab',
      'cgset -r memory.limit_in_bytes=1 nope',
      'cgset -r memory.limit_in_bytes lab',
      'cgset lab',
      'cgget -r memory.limit_in_bytes nope',
      'cgget -r memory.nosuch lab',
      'cgcreate -g nosuch:x',
      'cgcreate -g memory lab',
      'cgcreate -g memory:x extra',
      'cgcreate -t nobody9:root -g memory:x',
      'cat /sys/fs/cgroup/memory/lab/memory.limit_in_bytes',
    ]);
    expect(r[1]).toMatchObject({ stderr: 'cgset: cgroup modify error: Invalid argument \n', exit: 96 });
    expect(r[2]).toMatchObject({ stderr: 'cgset: cgroup modify error: Cgroup, requested group parameter does not exist \n', exit: 95 });
    expect(r[3]).toMatchObject({ stderr: 'cgset: cgroup modify error: Cgroup, requested group parameter does not exist \n', exit: 95 });
    expect(r[4]).toMatchObject({ stderr: 'cgset: wrong parameter of option -r: memory.limit_in_bytes\n', exit: 255 });
    expect(r[5]).toMatchObject({ stderr: 'cgset: no name-value pair was set\n', exit: 255 });
    expect(r[6]).toMatchObject({ stdout: '', stderr: 'variable file read failed No such file or directory\n', exit: 96 });
    expect(r[7]).toMatchObject({ stdout: '', stderr: 'variable file read failed No such file or directory\n', exit: 96 });
    expect(r[8]).toMatchObject({ stderr: "cgcreate: can't create cgroup x: Cgroup one of the needed subsystems is not mounted\n", exit: 84 });
    expect(r[9]).toMatchObject({ stderr: 'cgcreate: cgroup controller and pathparsing failed (memory)\n', exit: 255 });
    expect(r[10]).toMatchObject({ stderr: 'cgcreate: wrong arguments (extra)\n', exit: 255 });
    expect(r[11]).toMatchObject({ stderr: "cgcreate: can't find uid of user nobody9.\n", exit: 255 });
    expect(r[12]!.stdout).toBe('9223372036854771712\n');
  });

  it('a non-root user cannot create under root-owned hierarchies; -a/-t delegate a group', async () => {
    const s = newSession();
    const r = await runAll(s, [
      "su student -c 'cgcreate -g memory:stud'",
      'cgcreate -a student:student -t student:student -g memory:deleg',
      'stat -c %U:%G /sys/fs/cgroup/memory/deleg /sys/fs/cgroup/memory/deleg/tasks',
      "su student -c 'cgcreate -g memory:deleg/sub && cgset -r memory.limit_in_bytes=10M deleg/sub && cgget -nv -r memory.limit_in_bytes deleg/sub'",
    ]);
    expect(r[0]).toMatchObject({ stderr: "cgcreate: can't create cgroup stud: Cgroup, operation not allowed\n", exit: 87 });
    expect(r[1]!.exit).toBe(0);
    expect(r[2]!.stdout).toBe('student:student\nstudent:student\n');
    expect(r[3]).toMatchObject({ stdout: '10485760\n', stderr: '', exit: 0 });
  });
});
