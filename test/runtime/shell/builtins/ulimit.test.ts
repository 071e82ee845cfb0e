import { describe, expect, it } from 'vitest';
import { newSession, run1 } from '../../../helpers.ts';

// Layouts and messages checked against bash 5.2, busybox 1.35 (Debian) and dash on the real machine;
// the numbers are the model host's (Ubuntu 22.04 root) and dockerd's (the recording engine).
const BASH_A = `real-time non-blocking time  (microseconds, -R) unlimited
core file size              (blocks, -c) 0
data seg size               (kbytes, -d) unlimited
scheduling priority                 (-e) 0
file size                   (blocks, -f) unlimited
pending signals                     (-i) 95763
max locked memory           (kbytes, -l) 3076868
max memory size             (kbytes, -m) unlimited
open files                          (-n) 1024
pipe size                (512 bytes, -p) 8
POSIX message queues         (bytes, -q) 819200
real-time priority                  (-r) 0
stack size                  (kbytes, -s) 8192
cpu time                   (seconds, -t) unlimited
max user processes                  (-u) 4096
virtual memory              (kbytes, -v) unlimited
file locks                          (-x) unlimited
`;

const ASH_A = `core file size (blocks)         (-c) 0
data seg size (kb)              (-d) unlimited
scheduling priority             (-e) 0
file size (blocks)              (-f) unlimited
pending signals                 (-i) 96364
max locked memory (kb)          (-l) 8192
max memory size (kb)            (-m) unlimited
open files                      (-n) 20000
POSIX message queues (bytes)    (-q) 819200
real-time priority              (-r) 0
stack size (kb)                 (-s) 8192
cpu time (seconds)              (-t) unlimited
max user processes              (-u) 96364
virtual memory (kb)             (-v) unlimited
file locks                      (-x) unlimited
`;

const USAGE = 'ulimit: usage: ulimit [-SHabcdefiklmnpqrstuvxPRT] [limit]\n';
const bashErr = (m: string) => `bash: line 1: ulimit: ${m}\n`;

describe('ulimit (bash)', () => {
  it('prints the soft and hard tables', async () => {
    expect(await run1('ulimit -a')).toMatchObject({ stdout: BASH_A, exit: 0 });
    const hard = (await run1('ulimit -Ha')).stdout.split('\n');
    expect(hard[1]).toBe('core file size              (blocks, -c) unlimited');
    expect(hard[8]).toBe('open files                          (-n) 1048576');
    expect(hard[12]).toBe('stack size                  (kbytes, -s) unlimited');
  });

  it('queries one or several limits, with combined letters', async () => {
    expect((await run1('ulimit; ulimit -n; ulimit -Hn; ulimit -Sn; ulimit -Hc')).stdout).toBe('unlimited\n1024\n1048576\n1024\nunlimited\n');
    expect((await run1('ulimit -n -u')).stdout).toBe('open files                          (-n) 1024\nmax user processes                  (-u) 4096\n');
    expect((await run1('ulimit -t 5 -c')).stdout).toBe('core file size              (blocks, -c) 0\n');
  });

  it('sets limits in display units, with unlimited/hard/soft, and the POSIX operand form', async () => {
    expect((await run1('ulimit -n 5 -u 7; ulimit -n -u')).stdout).toBe('open files                          (-n) 5\nmax user processes                  (-u) 7\n');
    expect((await run1('ulimit -S -n 30; ulimit -n; ulimit -Hn')).stdout).toBe('30\n1048576\n');
    expect((await run1('ulimit -n 50; ulimit -Sn; ulimit -Hn')).stdout).toBe('50\n50\n');
    expect((await run1('ulimit -s 100; cat /proc/self/limits | grep stack')).stdout).toBe('Max stack size            102400               102400               bytes     \n');
    expect((await run1('ulimit -Sn hard; ulimit -n')).stdout).toBe('1048576\n');
    expect((await run1('ulimit 100; ulimit; ulimit -c unlimited; ulimit -c')).stdout).toBe('100\nunlimited\n');
    expect((await run1('ulimit -n 5 6; ulimit -n')).stdout).toBe('5\n');
  });

  it('reports errors with bash texts and statuses', async () => {
    expect(await run1('ulimit -z')).toMatchObject({ stderr: `bash: line 1: ulimit: -z: invalid option\n${USAGE}`, exit: 2 });
    expect(await run1('ulimit -T')).toMatchObject({ stderr: `bash: line 1: ulimit: -T: invalid option\n${USAGE}`, exit: 2 });
    expect(await run1('ulimit -n -5')).toMatchObject({ stderr: `bash: line 1: ulimit: -5: invalid option\n${USAGE}`, exit: 2 });
    expect(await run1('ulimit -n abc')).toMatchObject({ stderr: bashErr('abc: invalid number'), exit: 1 });
    expect(await run1('ulimit -na')).toMatchObject({ stderr: bashErr('a: invalid number'), exit: 1 });
    expect(await run1('ulimit -p 5')).toMatchObject({ stderr: bashErr('pipe size: cannot modify limit: Invalid argument'), exit: 1 });
    expect(await run1('ulimit -H -n 30; ulimit -Sn')).toMatchObject({ stdout: '1024\n', stderr: bashErr('open files: cannot modify limit: Invalid argument') });
    expect(await run1('ulimit -n 2000000')).toMatchObject({ stderr: bashErr('open files: cannot modify limit: Operation not permitted'), exit: 1 });
  });

  it('lets root raise a hard limit but not an unprivileged user', async () => {
    expect(await run1('ulimit -n 100; ulimit -n 200; ulimit -Hn')).toMatchObject({ stdout: '200\n', exit: 0 });
    const s = newSession();
    await s.run('useradd -m bob');
    expect(await s.run(`su bob -s /bin/bash -c 'ulimit -n 100; ulimit -n 200'`)).toMatchObject({
      stderr: 'bash: line 1: ulimit: open files: cannot modify limit: Operation not permitted\n', exit: 1,
    });
  });
});

describe('ulimit (busybox ash, in a container)', () => {
  const ash = async (script: string) => newSession().run(`docker run --rm busybox sh -c '${script}'`);

  it('prints its own -a layout with dockerd limits, soft or hard', async () => {
    expect(await ash('ulimit -a')).toMatchObject({ stdout: ASH_A, exit: 0 });
    const hard = (await ash('ulimit -H -a')).stdout.split('\n');
    expect(hard[0]).toBe('core file size (blocks)         (-c) unlimited');
    expect(hard[10]).toBe('stack size (kb)                 (-s) unlimited');
  });

  it('parses like busybox getopt: attached values, operands, labels when several', async () => {
    expect((await ash('ulimit -n 5 6; ulimit -n; ulimit -f')).stdout).toBe('5\n6\n');
    expect((await ash('ulimit -n -u')).stdout).toBe('open files                      (-n) 20000\nmax user processes              (-u) 96364\n');
    expect((await ash('ulimit -c 10 -c')).stdout).toBe('core file size (blocks)         (-c) 10\n');
    expect((await ash('ulimit 100 -n; ulimit -f')).stdout).toBe('open files                      (-n) 20000\n100\n');
    expect((await ash('ulimit -S -n 30; ulimit -n; ulimit -Hn')).stdout).toBe('30\n20000\n');
    expect((await ash('ulimit -n5; ulimit -n')).stdout).toBe('5\n');
  });

  it('reports errors with busybox texts', async () => {
    expect(await ash('ulimit -z')).toMatchObject({ stderr: "ulimit: invalid option -- 'z'\n", exit: 1 });
    expect(await ash('ulimit -p')).toMatchObject({ stderr: "ulimit: invalid option -- 'p'\n", exit: 1 });
    expect(await ash('ulimit -nu')).toMatchObject({ stderr: "sh: invalid number 'u'\n", exit: 1 });
    expect(await ash('ulimit -n 10x')).toMatchObject({ stderr: "sh: invalid number '10x'\n", exit: 1 });
    expect(await ash('ulimit -n 30000')).toMatchObject({ stderr: 'sh: error setting limit: Operation not permitted\n', exit: 1 });
    expect(await ash('ulimit -H -n 30; ulimit -n')).toMatchObject({ stdout: '20000\n', stderr: 'sh: error setting limit: Invalid argument\n' });
  });
});

describe('ulimit (dash)', () => {
  it('prints its table and one limit; errors are status 2', async () => {
    const a = (await run1(`sh -c 'ulimit -a'`)).stdout.split('\n');
    expect(a[0]).toBe('time(seconds)        unlimited');
    expect(a[6]).toBe('locked memory(kbytes) 3076868');
    expect(a[8]).toBe('nofiles              1024');
    expect((await run1(`sh -c 'ulimit -n 100; ulimit -n; ulimit -p'`)).stdout).toBe('100\n4096\n');
    expect(await run1(`sh -c 'ulimit -u'`)).toMatchObject({ stderr: 'sh: 1: ulimit: Illegal option -u\n', exit: 2 });
    expect(await run1(`sh -c 'ulimit -n 5x'`)).toMatchObject({ stderr: 'sh: 1: ulimit: bad number\n', exit: 2 });
    expect(await run1(`sh -c 'ulimit -n 5 -u'`)).toMatchObject({ stderr: 'sh: 1: ulimit: too many arguments\n', exit: 2 });
  });
});
