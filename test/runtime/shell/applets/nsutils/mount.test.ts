import { describe, expect, it } from 'vitest';
import { newSession, run1 } from '../../../../helpers.ts';

const HINT = '       dmesg(1) may have more information after failed mount system call.\n';

describe('mount', () => {
  it('lists the mount table in mount(8) format, filtered by -t', async () => {
    const r = await run1('mount | head -1; mount -t proc; mount -t proc,ext4');
    expect(r.stdout).toBe('/dev/vda1 on / type ext4 (rw,relatime)\nproc on /proc type proc (rw,nosuid,nodev,noexec,relatime)\n/dev/vda1 on / type ext4 (rw,relatime)\nproc on /proc type proc (rw,nosuid,nodev,noexec,relatime)\n');
  });

  it('mounts and unmounts a tmpfs', async () => {
    const s = newSession();
    const r = await s.run('mkdir /mnt/x; mount -t tmpfs tmpfs /mnt/x; mount -t tmpfs | tail -1; stat -c %a /mnt/x; echo hi > /mnt/x/f; cat /mnt/x/f; umount /mnt/x; ls /mnt/x');
    expect(r).toMatchObject({ stdout: 'tmpfs on /mnt/x type tmpfs (rw,relatime,inode64)\n1777\nhi\n', stderr: '', exit: 0 });
  });

  it('shows tmpfs size in kilobytes and honours mode=', async () => {
    const r = await run1('mount -t tmpfs -o size=10m,mode=700 t /mnt; mount | tail -1; stat -c %a /mnt');
    expect(r.stdout).toBe('t on /mnt type tmpfs (rw,relatime,size=10240k,mode=700,inode64)\n700\n');
  });

  it('bind mounts and remounts read-only', async () => {
    const r = await run1('mkdir -p /srv/a /srv/b; echo A > /srv/a/f; mount --bind /srv/a /srv/b; cat /srv/b/f; mount | tail -1; mount -o remount,ro,bind /srv/b; echo x > /srv/b/g; mount | tail -1; umount /srv/b; cat /srv/b/f');
    expect(r.stdout).toBe('A\n/dev/vda1 on /srv/b type ext4 (rw,relatime)\n/dev/vda1 on /srv/b type ext4 (ro,relatime)\n');
    expect(r.stderr).toBe('bash: line 1: /srv/b/g: Read-only file system\ncat: /srv/b/f: No such file or directory\n');
  });

  it('mounts a new proc', async () => {
    const r = await run1('mkdir /p; mount -t proc proc /p; ls /p/self/ns | head -2; umount /p');
    expect(r.stdout).toBe('cgroup\nipc\n');
  });

  it('reports errors like libmount 2.38', async () => {
    expect(await run1('mount -t tmpfs tmpfs /nonexist')).toMatchObject({ stderr: `mount: /nonexist: mount point does not exist.\n${HINT}`, exit: 32 });
    expect(await run1('mount --bind nonexist /mnt')).toMatchObject({ stderr: `mount: /mnt: special device nonexist does not exist.\n${HINT}`, exit: 32 });
    expect(await run1('mount -t nosuchfs x /mnt')).toMatchObject({ stderr: `mount: /mnt: special device x does not exist.\n${HINT}`, exit: 32 });
    expect(await run1('mount -o remount,ro /mnt')).toMatchObject({ stderr: `mount: /mnt: mount point not mounted or bad option.\n${HINT}`, exit: 32 });
    expect(await run1('mount x')).toMatchObject({ stderr: "mount: x: can't find in /etc/fstab.\n", exit: 1 });
    expect(await run1('mount a b c')).toMatchObject({ stderr: "mount: bad usage\nTry 'mount --help' for more information.\n", exit: 1 });
    expect(await run1('mount -t')).toMatchObject({ stderr: "mount: option requires an argument -- 't'\nTry 'mount --help' for more information.\n", exit: 1 });
    expect(await run1('mount -x')).toMatchObject({ stderr: "mount: invalid option -- 'x'\nTry 'mount --help' for more information.\n", exit: 1 });
  });

  it('needs root', async () => {
    const s = newSession();
    s.proc.creds = { uid: 1000, gid: 1000, groups: [1000] };
    expect(await s.run('mount -t tmpfs tmpfs /mnt')).toMatchObject({ stderr: `mount: /mnt: must be superuser to use mount.\n${HINT}`, exit: 32 });
    expect(await s.run('umount /proc')).toMatchObject({ stderr: 'umount: /proc: must be superuser to unmount.\n', exit: 32 });
    expect(await s.run('umount /nonexist')).toMatchObject({ stderr: 'umount: /nonexist: No such file or directory\n', exit: 1 });
    expect(await s.run('umount /mnt')).toMatchObject({ stderr: 'umount: /mnt: not mounted.\n', exit: 1 });
  });

  it('prints its version with the libmount features', async () => {
    expect((await run1('mount -V')).stdout).toBe('mount from util-linux 2.38.1 (libmount 2.38.1: selinux, smack, btrfs, verity, namespaces, assert, debug)\n');
  });
});

describe('umount', () => {
  it('reports not mounted, missing and busy targets', async () => {
    expect(await run1('umount /mnt')).toMatchObject({ stderr: 'umount: /mnt: not mounted.\n', exit: 32 });
    expect(await run1('umount /nonexist/x')).toMatchObject({ stderr: 'umount: /nonexist/x: no mount point specified.\n', exit: 32 });
    expect(await run1('umount')).toMatchObject({ stderr: "umount: bad usage\nTry 'umount --help' for more information.\n", exit: 1 });
    expect(await run1('umount -x')).toMatchObject({ stderr: "umount: invalid option -- 'x'\nTry 'umount --help' for more information.\n", exit: 1 });
    const s = newSession();
    const r = await s.run('mkdir -p /mnt/y; mount -t tmpfs t /mnt/y; cd /mnt/y; umount /mnt/y; echo $?; cd /; umount /mnt/y; echo $?');
    expect(r).toMatchObject({ stdout: '32\n0\n', stderr: 'umount: /mnt/y: target is busy.\n' });
  });

  it('refuses a mount point with mounts below it unless -R', async () => {
    const r = await run1('mkdir -p /mnt/a; mount -t tmpfs t /mnt/a; mkdir /mnt/a/b; mount -t tmpfs u /mnt/a/b; umount /mnt/a; umount -R /mnt/a; mount | grep -c /mnt');
    expect(r.stderr).toBe('umount: /mnt/a: target is busy.\n');
    expect(r.stdout).toBe('0\n');
  });
});
