import { describe, expect, it } from 'vitest';
import { newSession, run1 } from '../../../../helpers.ts';

const asUser = (uid = 1000) => {
  const s = newSession();
  s.proc.creds = { uid, gid: uid, groups: [uid, 27] };
  return s;
};

describe('unshare', () => {
  it('changes the hostname only in the new UTS namespace', async () => {
    const s = newSession();
    const r = await s.run("unshare --uts sh -c 'hostname lab2; hostname'; hostname");
    expect(r).toMatchObject({ stdout: 'lab2\nlab\n', stderr: '', exit: 0 });
    expect((await s.run('hostname; cat /proc/sys/kernel/hostname')).stdout).toBe('lab\nlab\n');
  });

  it('gives a new namespace inode only for the kinds asked', async () => {
    const r = await run1("unshare -u sh -c 'ls -l /proc/self/ns/uts /proc/self/ns/ipc' | sed 's/.*-> //'");
    expect(r.stdout).toBe('ipc:[4026531839]\nuts:[4026532160]\n');
  });

  it('runs the program as pid 1 of a new pid namespace with --fork --mount-proc', async () => {
    const s = newSession();
    const r = await s.run("unshare --pid --fork --mount-proc sh -c 'echo $$; ps'");
    expect(r.stdout).toBe('1\n    PID TTY          TIME CMD\n      1 pts/0    00:00:00 sh\n      2 pts/0    00:00:00 ps\n');
    expect((await s.run('mount -t proc')).stdout).toBe('proc on /proc type proc (rw,nosuid,nodev,noexec,relatime)\n');
  });

  it('without --fork only the children enter the new pid namespace', async () => {
    const r = await run1("unshare -p sh -c 'echo $$; sh -c \"echo \\$\\$\"'");
    expect(r.stdout.split('\n')[1]).toBe('1');
    expect(r.stdout.split('\n')[0]).not.toBe('1');
  });

  it('maps root in a new user namespace (run by root)', async () => {
    const r = await run1('unshare --user --map-root-user id; unshare -r cat /proc/self/uid_map /proc/self/gid_map');
    expect(r.stdout).toBe('uid=0(root) gid=0(root) groups=0(root)\n         0          0          1\n         0          0          1\n');
  });

  it('maps an unprivileged user to root inside, 0 1000 1', async () => {
    const s = asUser();
    const r = await s.run('unshare --user --map-root-user id; unshare -r cat /proc/self/uid_map; unshare -U id -u');
    expect(r.stdout).toBe('uid=0(root) gid=0(root) groups=0(root),65534(nogroup)\n         0       1000          1\n65534\n');
  });

  it('lets root of a user namespace set the hostname of its own UTS namespace only', async () => {
    const s = asUser();
    expect(await s.run('unshare -r hostname box')).toMatchObject({ stderr: 'hostname: you must be root to change the host name\n', exit: 1 });
    expect((await s.run("unshare -r -u sh -c 'hostname box; hostname'; hostname")).stdout).toBe('box\nlab\n');
  });

  it('refuses other namespaces to unprivileged users', async () => {
    expect(await asUser().run('unshare --uts true')).toMatchObject({ stdout: '', stderr: 'unshare: unshare failed: Operation not permitted\n', exit: 1 });
  });

  it('has no time namespaces in the modelled kernel', async () => {
    expect(await run1('unshare -T true')).toMatchObject({ stderr: 'unshare: unshare failed: Invalid argument\n', exit: 1 });
  });

  it('reports exec failures like errexec', async () => {
    expect(await run1('unshare nosuch')).toMatchObject({ stderr: 'unshare: failed to execute nosuch: No such file or directory\n', exit: 127 });
    expect(await run1('unshare /')).toMatchObject({ stderr: 'unshare: failed to execute /: Permission denied\n', exit: 126 });
  });

  it('validates option arguments with util-linux texts', async () => {
    expect(await run1('unshare --propagation foo true')).toMatchObject({ stderr: 'unshare: unsupported propagation mode: foo\n', exit: 1 });
    expect(await run1('unshare --setgroups x true')).toMatchObject({ stderr: "unshare: unsupported --setgroups argument 'x'\n", exit: 1 });
    expect(await run1('unshare --map-user nosuchuser true')).toMatchObject({ stderr: "unshare: failed to parse uid: 'nosuchuser'\n", exit: 1 });
    expect(await run1('unshare -S abc true')).toMatchObject({ stderr: "unshare: failed to parse uid: 'abc'\n", exit: 1 });
    expect(await run1('unshare --kill-child=FOO true')).toMatchObject({ stderr: 'unshare: unknown signal: FOO\n', exit: 1 });
    expect(await run1('unshare -x')).toMatchObject({ stderr: "unshare: invalid option -- 'x'\nTry 'unshare --help' for more information.\n", exit: 1 });
  });

  it('prints help and version', async () => {
    const h = await run1('unshare --help');
    expect(h.stdout.startsWith('\nUsage:\n unshare [options] [<program> [<argument>...]]\n')).toBe(true);
    expect(h.stdout.endsWith('For more details see unshare(1).\n')).toBe(true);
    expect((await run1('unshare -V')).stdout).toBe('unshare from util-linux 2.38.1\n');
  });

  it('mount namespace changes stay inside', async () => {
    const s = newSession();
    const before = (await s.run('cat /proc/self/mounts')).stdout;
    expect((await s.run("unshare -m sh -c 'mount -t tmpfs tmpfs /mnt; mount | tail -1'")).stdout).toBe('tmpfs on /mnt type tmpfs (rw,relatime,inode64)\n');
    expect((await s.run('cat /proc/self/mounts')).stdout).toBe(before);
  });
});
