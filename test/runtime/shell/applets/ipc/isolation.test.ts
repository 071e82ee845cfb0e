import { describe, expect, it } from 'vitest';
import { newSession } from '../../../../helpers.ts';

const queues = async (s: ReturnType<typeof newSession>, line: string) => (await s.run(`${line} | grep -c '^0x'`)).stdout;

describe('IPC objects per IPC namespace', () => {
  it('an object made after unshare -i is not seen on the host, and numbering restarts', async () => {
    const s = newSession();
    await s.run('ipcmk -Q; ipcmk -Q');
    const r = await s.run("unshare -i sh -c 'ipcmk -Q; ipcs -q | grep -c ^0x; cat /proc/sysvipc/msg | wc -l'");
    expect(r).toMatchObject({ stdout: 'Message queue id: 0\n1\n2\n', exit: 0 });
    expect(await queues(s, 'ipcs -q')).toBe('2\n');
    expect((await s.run('wc -l < /proc/sysvipc/msg')).stdout).toBe('3\n');
  });

  it('a new namespace starts empty and unshare -i without it keeps the host objects', async () => {
    const s = newSession();
    await s.run('ipcmk -M 4096');
    expect((await s.run("unshare -i ipcs -m | grep -c '^0x'")).stdout).toBe('0\n');
    expect((await s.run("unshare -u ipcs -m | grep -c '^0x'")).stdout).toBe('1\n');
  });
});
