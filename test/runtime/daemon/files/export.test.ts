import { describe, expect, test } from 'vitest';
import { newSession, runAll } from '../../../helpers.ts';

// Texts verified against Docker CLI 28.2.2 + Engine 20.10.24.
const run = async (lines: string[]) => runAll(newSession(), lines);

describe('docker export', () => {
  test('the merged rootfs as a tar: lexical order, no root entry, the init layer files', async () => {
    const r = await run([
      'docker create --name exc busybox > /dev/null', 'docker export exc | tar tf - | head -3',
      "docker export exc | tar tvf - | grep -v ' bin/' | awk '{print $1, $2, $3, $6, $7, $8}'",
      'docker export -o exc.tar exc && tar tf exc.tar | grep -c "^etc/"',
    ]);
    expect(r[1]!.stdout).toBe('.dockerenv\nbin/\nbin/[\n');
    expect(r[2]!.stdout).toBe([
      '-rwxr-xr-x root/root 0 .dockerenv  ', 'drwxr-xr-x root/root 0 dev/  ', '-rwxr-xr-x root/root 0 dev/console  ', 'drwxr-xr-x root/root 0 dev/pts/  ',
      'drwxr-xr-x root/root 0 dev/shm/  ', 'drwxr-xr-x root/root 0 etc/  ', '-rw-r--r-- root/root 307 etc/group  ', '-rwxr-xr-x root/root 0 etc/hostname  ',
      '-rwxr-xr-x root/root 0 etc/hosts  ', 'lrwxrwxrwx root/root 0 etc/mtab -> /proc/mounts', '-rw-r--r-- root/root 340 etc/passwd  ',
      '-rwxr-xr-x root/root 0 etc/resolv.conf  ', 'drwxr-xr-x root/root 0 home/  ', 'drwxr-xr-x root/root 0 proc/  ', 'drwx------ root/root 0 root/  ',
      'drwxr-xr-x root/root 0 sys/  ', 'drwxrwxrwt root/root 0 tmp/  ', 'drwxr-xr-x root/root 0 usr/  ', 'drwxr-xr-x root/root 0 usr/sbin/  ', 'drwxr-xr-x root/root 0 var/  ',
      'drwxr-xr-x root/root 0 var/spool/  ', 'drwxr-xr-x root/root 0 var/spool/mail/  ', 'drwxr-xr-x root/root 0 var/www/  ', '',
    ].join('\n'));
    expect(r[3]!.stdout).toBe('7\n');
  });
  test('errors', async () => {
    const r = await run(['docker create --name exc busybox', 'docker export nosuch', 'docker export -o /nonexist/x.tar exc', 'docker export -o /etc/passwd/x nosuch', 'docker export -o /tmp nosuch']);
    expect(r.slice(1).map((x) => `${x.exit} ${x.stderr}`)).toEqual([
      '1 Error response from daemon: No such container: nosuch\n',
      '1 failed to export container: invalid output path: stat /nonexist: no such file or directory\n',
      '1 failed to export container: invalid output path: stat /etc/passwd: not a directory\n',
      '1 failed to export container: cannot write to a directory\n',
    ]);
  });
});
