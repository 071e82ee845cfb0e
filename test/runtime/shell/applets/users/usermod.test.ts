import { describe, expect, it } from 'vitest';
import { newSession, runAll } from '../../../../helpers.ts';

describe('usermod', () => {
  it('appends and replaces supplementary groups; id and groups see the change', async () => {
    const s = newSession();
    const r = await runAll(s, ['useradd bob', 'usermod -aG sudo bob; grep ^sudo /etc/group', 'usermod -G adm,cdrom bob; grep bob /etc/group', 'id bob; groups bob', "usermod -G '' bob; groups bob"]);
    expect(r[1]!.stdout).toBe('sudo:x:27:student,bob\n');
    expect(r[2]!.stdout).toBe('adm:x:4:syslog,student,bob\ncdrom:x:24:student,bob\nbob:x:1001:\n');
    expect(r[3]!.stdout).toBe('uid=1001(bob) gid=1001(bob) groups=1001(bob),4(adm),24(cdrom)\nbob : bob adm cdrom\n');
    expect(r[4]!.stdout).toBe('bob : bob\n');
  });

  it('changes shell, primary group, lock state, name and home', async () => {
    const s = newSession();
    const r = await runAll(s, [
      'useradd -m bob',
      'usermod -s /bin/bash -g sudo bob; grep ^bob /etc/passwd; stat -c %G /home/bob',
      'usermod -L bob; grep ^bob /etc/shadow | cut -d: -f2',
      'usermod -U bob',
      'usermod -l robert bob; grep -c robert /etc/passwd /etc/shadow',
      'usermod -d /home/rob -m robert; ls /home; grep ^robert /etc/passwd',
      'usermod robert',
    ]);
    expect(r[1]!.stdout).toBe('bob:x:1001:27::/home/bob:/bin/bash\nsudo\n');
    expect(r[2]!.stdout).toBe('!\n');
    expect(r[3]).toMatchObject({ stderr: "usermod: unlocking the user's password would result in a passwordless account.\nYou should set a password with usermod -p to unlock this user's password.\n", exit: 0 });
    expect(r[4]!.stdout).toBe('/etc/passwd:1\n/etc/shadow:1\n');
    expect(r[5]!.stdout).toBe('rob\nstudent\nrobert:x:1001:27::/home/rob:/bin/bash\n');
    expect(r[6]).toMatchObject({ stderr: 'usermod: no changes\n', exit: 0 });
  });

  it('reports errors', async () => {
    const s = newSession();
    expect(await s.run('usermod -G nosuch student')).toMatchObject({ stderr: "usermod: group 'nosuch' does not exist\n", exit: 6 });
    expect(await s.run('usermod -aG sudo nosuch')).toMatchObject({ stderr: "usermod: user 'nosuch' does not exist\n", exit: 6 });
    expect(await s.run('usermod -g nosuch student')).toMatchObject({ stderr: "usermod: group 'nosuch' does not exist\n", exit: 6 });
    expect(await s.run('useradd bob; usermod -u 1000 bob')).toMatchObject({ stderr: "usermod: UID '1000' already exists\n", exit: 4 });
    expect(await s.run('usermod -l student bob')).toMatchObject({ stderr: "usermod: user 'student' already exists\n", exit: 9 });
    const a = await s.run('usermod -a bob');
    expect(a.exit).toBe(2);
    expect(a.stderr.startsWith('usermod: -a flag is only allowed with the -G flag\nUsage: usermod [options] LOGIN\n\nOptions:\n  -b, --badnames')).toBe(true);
    const m = await s.run('usermod -m bob');
    expect(m.stderr.startsWith('usermod: -m flag is only allowed with the -d flag\nUsage: usermod')).toBe(true);
  });
});
