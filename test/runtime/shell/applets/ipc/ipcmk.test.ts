import { describe, expect, it } from 'vitest';
import { newSession, run1 } from '../../../../helpers.ts';

// Texts recorded from util-linux 2.38.1's ipcmk on a 6.x kernel.
describe('ipcmk', () => {
  it('numbers the first objects of each kind from 0, then 1, 2 (cyclic index, not seq*32768)', async () => {
    const s = newSession();
    expect(await s.run('ipcmk -Q; ipcmk -M 1024; ipcmk -S 2')).toMatchObject({ stdout: 'Message queue id: 0\nShared memory id: 0\nSemaphore id: 0\n', stderr: '', exit: 0 });
    expect((await s.run('ipcmk -M 5000 -p 0600 -Q -S 3')).stdout).toBe('Shared memory id: 1\nMessage queue id: 1\nSemaphore id: 1\n');
    // a freed index is not reused at once: the next queue is 2
    expect((await s.run('ipcrm -q 0; ipcmk -Q')).stdout).toBe('Message queue id: 2\n');
  });

  it('records mode, owner, size and nsems for ipcs', async () => {
    const s = newSession();
    await s.run('ipcmk -M 5000 -p 0600; ipcmk -S 3 -p 640');
    const r = await s.run("ipcs -m -s | sed -E 's/^0x[0-9a-f]{8}/KEY/'");
    expect(r.stdout).toBe(
      '\n------ Shared Memory Segments --------\nkey        shmid      owner      perms      bytes      nattch     status      \n' +
      'KEY 0          root       600        5000       0                       \n\n' +
      '------ Semaphore Arrays --------\nkey        semid      owner      perms      nsems     \nKEY 0          root       640        3         \n\n');
  });

  it('accepts size suffixes', async () => {
    const s = newSession();
    await s.run('ipcmk -M 1K; ipcmk -M 2MiB; ipcmk -M 1KB');
    expect((await s.run("ipcs -m | awk 'NR>3 && NF {print $5}'")).stdout).toBe('1024\n2097152\n1000\n');
  });

  it('reports bad usage and kernel refusals as util-linux does', async () => {
    const s = newSession();
    expect(await s.run('ipcmk')).toMatchObject({ stdout: '', stderr: "ipcmk: bad usage\nTry 'ipcmk --help' for more information.\n", exit: 1 });
    expect(await s.run('ipcmk -M abc')).toMatchObject({ stderr: "ipcmk: failed to parse size: 'abc': Invalid argument\n", exit: 1 });
    expect(await s.run('ipcmk -M 0')).toMatchObject({ stderr: 'ipcmk: create share memory failed: Invalid argument\n', exit: 1 });
    expect(await s.run('ipcmk -S 0')).toMatchObject({ stderr: 'ipcmk: create semaphore failed: Invalid argument\n', exit: 1 });
    expect(await s.run('ipcmk -S 40000')).toMatchObject({ stderr: 'ipcmk: create semaphore failed: Invalid argument\n', exit: 1 });
    expect(await s.run('ipcmk -S abc')).toMatchObject({ stderr: "ipcmk: failed to parse elements: 'abc'\n", exit: 1 });
    expect(await s.run('ipcmk -x')).toMatchObject({ stderr: "ipcmk: invalid option -- 'x'\nTry 'ipcmk --help' for more information.\n", exit: 1 });
    // the segment is made before the semaphore fails
    expect(await s.run('ipcmk -M 1K -S 0')).toMatchObject({ stdout: 'Shared memory id: 0\n', stderr: 'ipcmk: create semaphore failed: Invalid argument\n', exit: 1 });
  });

  it('prints its version and help', async () => {
    expect((await run1('ipcmk -V')).stdout).toBe('ipcmk from util-linux 2.38.1\n');
    const h = await run1('ipcmk --help');
    expect(h.exit).toBe(0);
    expect(h.stdout).toContain(' -S, --semaphore <number> create semaphore array with <number> elements\n');
  });

  it('is installed where Ubuntu has it', async () => {
    expect((await run1('which ipcmk ipcs ipcrm')).stdout).toBe('/usr/bin/ipcmk\n/usr/bin/ipcs\n/usr/bin/ipcrm\n');
  });
});
