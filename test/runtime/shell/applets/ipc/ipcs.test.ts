import { describe, expect, it } from 'vitest';
import { newSession, run1 } from '../../../../helpers.ts';

// Expected texts are util-linux 2.38.1's, recorded after the same ipcmk calls (keys masked as KEY);
// the model's clock reads Jan  5 08:00:00 2026 on a fresh host.
const setup = async () => {
  const s = newSession();
  await s.run('ipcmk -Q; ipcmk -M 1024; ipcmk -S 2; ipcmk -M 5000 -p 0600 -Q -S 3');
  return s;
};
const KEYLESS = " | sed -E 's/^0x[0-9a-f]{8}/KEY/'";

describe('ipcs', () => {
  it('prints the three empty tables on a fresh host', async () => {
    expect(await run1('ipcs')).toMatchObject({
      stdout: '\n------ Message Queues --------\nkey        msqid      owner      perms      used-bytes   messages    \n\n' +
        '------ Shared Memory Segments --------\nkey        shmid      owner      perms      bytes      nattch     status      \n\n' +
        '------ Semaphore Arrays --------\nkey        semid      owner      perms      nsems     \n\n',
      stderr: '', exit: 0,
    });
  });

  it('lists queues, segments and arrays with their columns', async () => {
    const s = await setup();
    expect((await s.run(`ipcs${KEYLESS}`)).stdout).toBe(
      '\n------ Message Queues --------\nkey        msqid      owner      perms      used-bytes   messages    \n' +
      'KEY 0          root       644        0            0           \nKEY 1          root       600        0            0           \n\n' +
      '------ Shared Memory Segments --------\nkey        shmid      owner      perms      bytes      nattch     status      \n' +
      'KEY 0          root       644        1024       0                       \nKEY 1          root       600        5000       0                       \n\n' +
      '------ Semaphore Arrays --------\nkey        semid      owner      perms      nsems     \n' +
      'KEY 0          root       644        2         \nKEY 1          root       600        3         \n\n');
    expect((await s.run(`ipcs --human -q -m${KEYLESS}`)).stdout).toBe(
      '\n------ Message Queues --------\nkey        msqid      owner      perms      size         messages    \n' +
      'KEY 0          root       644            0B       0           \nKEY 1          root       600            0B       0           \n\n' +
      '------ Shared Memory Segments --------\nkey        shmid      owner      perms      size       nattch     status      \n' +
      'KEY 0          root       644            1K     0                       \nKEY 1          root       600          4.9K     0                       \n\n');
  });

  it('shows times, creators, pids, limits and the summary', async () => {
    const s = await setup();
    expect((await s.run('ipcs -t')).stdout).toBe(
      '\n------ Message Queues Send/Recv/Change Times --------\nmsqid    owner      send                 recv                 change              \n' +
      '0        root       Not set              Not set              Jan  5 08:00:00     \n1        root       Not set              Not set              Jan  5 08:00:00     \n\n' +
      '------ Shared Memory Attach/Detach/Change Times --------\nshmid      owner      attached             detached             changed             \n' +
      '0          root       Not set              Not set              Jan  5 08:00:00     \n1          root       Not set              Not set              Jan  5 08:00:00     \n\n' +
      '------ Semaphore Operation/Change Times --------\nsemid    owner      last-op                    last-changed              \n' +
      '0        root        Not set                    Mon Jan  5 08:00:00 2026  \n1        root        Not set                    Mon Jan  5 08:00:00 2026  \n\n');
    expect((await s.run('ipcs -c -q')).stdout).toBe(
      '\n------ Message Queues Creators/Owners --------\nmsqid      perms      cuid       cgid       uid        gid       \n' +
      '0          644        root       root       root       root      \n1          600        root       root       root       root      \n\n');
    const p = (await s.run('ipcs -p')).stdout;
    expect(p).toMatch(/^\n------ Message Queues PIDs --------\nmsqid      owner      lspid      lrpid     \n0        root            0         0\n1        root            0         0\n\n------ Shared Memory Creator\/Last-op PIDs --------\nshmid      owner      cpid       lpid      \n0          root       \d+ +0         \n1          root       \d+ +0         \n\n\n$/);
    expect((await s.run('ipcs -s -p')).stdout).toBe('\n\n');
    expect((await s.run('ipcs -u')).stdout).toBe(
      '\n------ Messages Status --------\nallocated queues = 2\nused headers = 0\nused space = 0 bytes\n\n' +
      '------ Shared Memory Status --------\nsegments allocated 2\npages allocated 3\npages resident  0\npages swapped   0\nSwap performance: 0 attempts\t 0 successes\n\n' +
      '------ Semaphore Status --------\nused arrays = 2\nallocated semaphores = 5\n\n');
    expect((await s.run('ipcs -l -m')).stdout).toBe(
      '\n------ Shared Memory Limits --------\nmax number of segments = 4096\nmax seg size (kbytes) = 18014398509465599\n' +
      'max total shared memory (kbytes) = 18446744073709551612\nmin seg size (bytes) = 1\n\n');
    expect((await s.run('ipcs -l -b -m')).stdout).toContain('max seg size (bytes) = 18446744073692774399\nmax total shared memory (bytes) = 18446744073709547520\n');
    expect((await s.run('ipcs -l --human -q')).stdout).toBe('\n------ Messages Limits --------\nmax queues system wide = 32000\nmax size of message = 8K\ndefault max size of queue = 16K\n\n');
  });

  it('details one object with -i', async () => {
    const s = await setup();
    expect((await s.run('ipcs -q -i 1')).stdout).toBe(
      '\nMessage Queue msqid=1\nuid=0\tgid=0\tcuid=0\tcgid=0\tmode=0600\ncbytes=0\tqbytes=16384\tqnum=0\tlspid=0\tlrpid=0\n' +
      'send_time=Not set                   \nrcv_time=Not set                   \nchange_time=Mon Jan  5 08:00:00 2026  \n\n');
    expect((await s.run('ipcs -s -i 1')).stdout).toBe(
      '\nSemaphore Array semid=1\nuid=0\t gid=0\t cuid=0\t cgid=0\nmode=0600, access_perms=0600\nnsems = 3\n' +
      'otime = Not set                   \nctime = Mon Jan  5 08:00:00 2026  \nsemnum     value      ncount     zcount     pid       \n' +
      '0          0          0          0          0         \n1          0          0          0          0         \n2          0          0          0          0         \n\n');
    expect((await s.run('ipcs -m -i 1 --human')).stdout).toMatch(/^\nShared memory Segment shmid=1\nuid=0\tgid=0\tcuid=0\tcgid=0\nmode=0600\taccess_perms=0600\nsize=4.9K\tlpid=0\tcpid=\d+\tnattch=0\n/);
  });

  it('reports -i errors as util-linux does', async () => {
    const s = await setup();
    expect(await s.run('ipcs -q -i 7')).toMatchObject({ stdout: '', stderr: 'ipcs: id 7 not found\n', exit: 0 });
    expect(await s.run('ipcs -i 1')).toMatchObject({ stderr: 'ipcs: when using an ID, a single resource must be specified\n', exit: 1 });
    expect(await s.run('ipcs -i x -q')).toMatchObject({ stderr: "ipcs: failed to parse id argument: 'x'\n", exit: 1 });
    expect(await s.run('ipcs -x')).toMatchObject({ stderr: "ipcs: invalid option -- 'x'\nTry 'ipcs --help' for more information.\n", exit: 1 });
    // an unprivileged reader: the queue's qbytes stays 0, semaphore values cannot be read
    s.proc.creds = { uid: 65534, gid: 65534, groups: [] };
    expect((await s.run('ipcs -q -i 1')).stdout).toContain('cbytes=0\tqbytes=0\tqnum=0');
    expect(await s.run('ipcs -s -i 1')).toMatchObject({ stdout: '', stderr: 'ipcs: semctl(GETVAL) failed: Permission denied\n', exit: 1 });
  });

  it('names owners from /etc/passwd and /etc/group', async () => {
    const s = newSession();
    s.proc.creds = { uid: 65534, gid: 65534, groups: [] };
    await s.run('ipcmk -Q -p 0666');
    expect((await s.run('ipcs -q -c')).stdout).toBe(
      '\n------ Message Queues Creators/Owners --------\nmsqid      perms      cuid       cgid       uid        gid       \n' +
      '0          666        nobody     nogroup    nobody     nogroup   \n\n');
  });

  it('renders /proc/sysvipc from the same objects', async () => {
    const s = await setup();
    const r = await s.run('cat /proc/sysvipc/sem');
    // keys are %10d of the signed key_t (seeded: the same on every fresh host)
    expect(r.stdout).toBe('       key      semid perms      nsems   uid   gid  cuid  cgid      otime      ctime\n' +
      '1515984730          0   644          2     0     0     0     0          0 1767600000\n' +
      '-606023678          1   600          3     0     0     0     0          0 1767600000\n');
    expect((await s.run('head -1 /proc/sysvipc/msg')).stdout).toBe('       key      msqid perms      cbytes       qnum lspid lrpid   uid   gid  cuid  cgid      stime      rtime      ctime\n');
  });

  it('prints its version', async () => {
    expect((await run1('ipcs -V')).stdout).toBe('ipcs from util-linux 2.38.1\n');
  });
});
