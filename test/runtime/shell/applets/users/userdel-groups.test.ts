import { describe, expect, it } from 'vitest';
import { newSession, runAll } from '../../../../helpers.ts';

describe('userdel, groupadd, groupdel, gpasswd', () => {
  it('userdel -r removes the account, its group and home', async () => {
    const s = newSession();
    const r = await runAll(s, ['useradd -m -G sudo bob', 'userdel -r bob', 'grep -c bob /etc/passwd /etc/group; ls /home', 'userdel nosuch', 'userdel']);
    expect(r[1]).toMatchObject({ stdout: '', stderr: 'userdel: bob mail spool (/var/mail/bob) not found\n', exit: 0 });
    expect(r[2]!.stdout).toBe('/etc/passwd:0\n/etc/group:0\nstudent\n');
    expect(r[3]).toMatchObject({ stderr: "userdel: user 'nosuch' does not exist\n", exit: 6 });
    expect(r[4]!.exit).toBe(2);
    expect(r[4]!.stderr.startsWith('Usage: userdel [options] LOGIN\n')).toBe(true);
  });

  it('groupadd and groupdel', async () => {
    const s = newSession();
    const r = await runAll(s, ['groupadd g1; groupadd -r sysg; groupadd -g 5000 g5; tail -n 3 /etc/group', 'groupadd g1', 'groupadd -f g1', 'groupadd -g 27 g27', 'groupadd -g abc gx', "groupadd 'a b'", 'groupdel nosuch', 'groupdel sudo; groupdel student', 'groupdel g5; grep -c g5 /etc/group']);
    expect(r[0]!.stdout).toBe('g1:x:1001:\nsysg:x:998:\ng5:x:5000:\n');
    expect(r[1]).toMatchObject({ stderr: "groupadd: group 'g1' already exists\n", exit: 9 });
    expect(r[2]).toMatchObject({ stderr: '', exit: 0 });
    expect(r[3]).toMatchObject({ stderr: "groupadd: GID '27' already exists\n", exit: 4 });
    expect(r[4]).toMatchObject({ stderr: "groupadd: invalid group ID 'abc'\n", exit: 3 });
    expect(r[5]).toMatchObject({ stderr: "groupadd: 'a b' is not a valid group name\n", exit: 3 });
    expect(r[6]).toMatchObject({ stderr: "groupdel: group 'nosuch' does not exist\n", exit: 6 });
    expect(r[7]).toMatchObject({ stderr: "groupdel: cannot remove the primary group of user 'student'\n", exit: 8 });
    expect(r[8]!.stdout).toBe('0\n');
  });

  it('gpasswd -a / -d', async () => {
    const s = newSession();
    const r = await runAll(s, ['useradd dd; gpasswd -a dd cdrom; grep ^cdrom /etc/group', 'gpasswd -d dd cdrom', 'gpasswd -d dd cdrom', 'gpasswd -a nosuch cdrom', 'gpasswd -a dd nosuch', "su student -c 'gpasswd -a dd cdrom'"]);
    expect(r[0]).toMatchObject({ stdout: 'Adding user dd to group cdrom\ncdrom:x:24:student,dd\n', exit: 0 });
    expect(r[1]).toMatchObject({ stdout: 'Removing user dd from group cdrom\n', exit: 0 });
    expect(r[2]).toMatchObject({ stdout: 'Removing user dd from group cdrom\n', stderr: "gpasswd: user 'dd' is not a member of 'cdrom'\n", exit: 3 });
    expect(r[3]).toMatchObject({ stderr: "gpasswd: user 'nosuch' does not exist\n", exit: 3 });
    expect(r[4]).toMatchObject({ stderr: "gpasswd: group 'nosuch' does not exist in /etc/group\n", exit: 3 });
    expect(r[5]).toMatchObject({ stderr: 'gpasswd: Permission denied.\n', exit: 1 });
  });
});
