import { describe, expect, it } from 'vitest';
import { newSession, run1 } from '../../../../helpers.ts';

// Texts recorded from util-linux 2.38.1's ipcrm (the permission cases as uid 65534 via setpriv).
const setup = async () => {
  const s = newSession();
  await s.run('ipcmk -Q; ipcmk -M 1024; ipcmk -S 2; ipcmk -Q');
  return s;
};
const count = async (s: ReturnType<typeof newSession>) => (await s.run("ipcs | grep -c '^0x'")).stdout;

describe('ipcrm', () => {
  it('removes by id, one or several, silently', async () => {
    const s = await setup();
    expect(await s.run('ipcrm -q 0 -m 0 -s 0')).toMatchObject({ stdout: '', stderr: '', exit: 0 });
    expect(await count(s)).toBe('1\n');
    expect((await s.run('ipcs -q | grep -c "^0x.* 1  "')).stdout).toBe('1\n');
  });

  it('explains itself with -v', async () => {
    const s = await setup();
    expect((await s.run('ipcrm -v -q 1 -m 0 -s 0')).stdout).toBe("removing message queue id `1'\nremoving shared memory segment id `0'\nremoving semaphore id `0'\n");
  });

  it('says which ids are invalid and keeps going', async () => {
    const s = await setup();
    expect(await s.run('ipcrm -q 5')).toMatchObject({ stdout: '', stderr: 'ipcrm: invalid id (5)\n', exit: 1 });
    expect(await s.run('ipcrm -m 99 -s 98 -q 0')).toMatchObject({ stderr: 'ipcrm: invalid id (99)\nipcrm: invalid id (98)\n', exit: 1 });
    expect((await s.run('ipcs -q -i 0')).stderr).toBe('ipcs: id 0 not found\n');
    expect(await s.run('ipcrm -q abc')).toMatchObject({ stderr: "ipcrm: failed to parse argument: 'abc'\n", exit: 1 });
  });

  it('removes by key', async () => {
    const s = await setup();
    const key = (await s.run("ipcs -m | awk 'NR==4 {print $1}'")).stdout.trim();
    expect(await s.run(`ipcrm -M ${key}`)).toMatchObject({ stderr: '', exit: 0 });
    expect(await s.run(`ipcrm -M ${key}`)).toMatchObject({ stderr: `ipcrm: invalid key (${key})\n`, exit: 1 });
    expect(await s.run('ipcrm -Q 0x1234')).toMatchObject({ stderr: 'ipcrm: invalid key (0x1234)\n', exit: 1 });
    expect(await s.run('ipcrm -Q 0')).toMatchObject({ stderr: 'ipcrm: illegal key (0)\n', exit: 1 });
    expect(await s.run('ipcrm -Q xyz')).toMatchObject({ stderr: "ipcrm: failed to parse argument: 'xyz'\n", exit: 1 });
  });

  it('refuses an unprivileged user who neither owns nor created the object', async () => {
    const s = await setup();
    const key = (await s.run("ipcs -q | awk 'NR==4 {print $1}'")).stdout.trim();
    s.proc.creds = { uid: 65534, gid: 65534, groups: [] };
    expect(await s.run('ipcrm -q 1 -m 0 -s 0')).toMatchObject({
      stderr: 'ipcrm: permission denied for id (1)\nipcrm: permission denied for id (0)\nipcrm: permission denied for id (0)\n', exit: 1,
    });
    // by key the lookup succeeds and the removal names the id it found
    expect((await s.run(`ipcrm -Q ${key}`)).stderr).toBe('ipcrm: permission denied for key (0)\n');
    await s.run('ipcmk -Q');
    expect(await s.run('ipcrm -q 2')).toMatchObject({ stderr: '', exit: 0 });
  });

  it('removes everything, or one kind, with -a', async () => {
    const s = await setup();
    expect(await s.run('ipcrm --all=msg')).toMatchObject({ stderr: '', exit: 0 });
    expect(await count(s)).toBe('2\n');
    expect((await s.run('ipcrm -v --all')).stdout).toBe("removing shared memory segment id `0'\nremoving semaphore id `0'\n");
    expect(await count(s)).toBe('0\n');
    expect(await s.run('ipcrm --all=foo')).toMatchObject({ stderr: 'ipcrm: unknown argument: foo\n', exit: 1 });
  });

  it('removes all before complaining about a stray argument (as util-linux does)', async () => {
    const s = await setup();
    expect(await s.run('ipcrm -a foo')).toMatchObject({ stderr: "ipcrm: unknown argument: foo\nTry 'ipcrm --help' for more information.\n", exit: 1 });
    expect(await count(s)).toBe('0\n');
  });

  it('keeps the old `ipcrm shm|msg|sem ID...` syntax', async () => {
    const s = await setup();
    expect(await s.run('ipcrm msg 0 1')).toMatchObject({ stdout: 'resource(s) deleted\n', exit: 0 });
    expect(await s.run('ipcrm msg abc 99')).toMatchObject({ stdout: '', stderr: 'ipcrm: invalid id: abc\nipcrm: invalid id (99)\n', exit: 1 });
    expect(await s.run('ipcrm msg')).toMatchObject({ stderr: "ipcrm: not enough arguments\nTry 'ipcrm --help' for more information.\n", exit: 1 });
  });

  it('does nothing without arguments and rejects bad ones', async () => {
    expect(await run1('ipcrm')).toMatchObject({ stdout: '', stderr: '', exit: 0 });
    expect(await run1('ipcrm foo')).toMatchObject({ stderr: "ipcrm: unknown argument: foo\nTry 'ipcrm --help' for more information.\n", exit: 1 });
    expect(await run1('ipcrm -a=shm')).toMatchObject({ stderr: 'ipcrm: unknown argument: =shm\n', exit: 1 });
    expect(await run1('ipcrm -x')).toMatchObject({ stderr: "ipcrm: invalid option -- 'x'\nTry 'ipcrm --help' for more information.\n", exit: 1 });
    expect((await run1('ipcrm -V')).stdout).toBe('ipcrm from util-linux 2.38.1\n');
  });
});
