import { describe, expect, it } from 'vitest';
import { newSession, run1, runAll } from '../../../../helpers.ts';

describe('su', () => {
  it('runs a command as another user; files get that uid; /etc/passwd stays protected', async () => {
    const s = newSession();
    const r = await runAll(s, ["su student -c 'id'", "su student -c 'touch /tmp/f; stat -c %u:%g /tmp/f; echo x >> /etc/passwd'"]);
    expect(r[0]!.stdout).toBe('uid=1000(student) gid=1000(student) groups=1000(student),4(adm),24(cdrom),27(sudo),30(dip),46(plugdev)\n');
    expect(r[1]).toMatchObject({ stdout: '1000:1000\n', stderr: 'bash: line 1: /etc/passwd: Permission denied\n', exit: 1 });
  });

  it('su - starts a login environment in the home directory', async () => {
    const r = await run1("su - student -c 'pwd; echo $HOME $USER $LOGNAME $SHELL; echo $PATH'");
    expect(r.stdout).toBe('/home/student\n/home/student student student /bin/bash\n/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games\n');
  });

  it('non-root callers must authenticate', async () => {
    const r = await run1("su student -c 'su -c id'");
    expect(r).toMatchObject({ stdout: '', stderr: 'Password: su: Authentication failure\n', exit: 1 });
    const ok = await run1("useradd bob; echo bob:pw | chpasswd; echo pw | su student -c 'su bob -c whoami'");
    expect(ok).toMatchObject({ stdout: 'bob\n', stderr: 'Password: ', exit: 0 });
  });

  it('errors', async () => {
    expect(await run1('su nosuchuser -c true')).toMatchObject({ stderr: 'su: user nosuchuser does not exist or the user entry does not contain all the required fields\n', exit: 1 });
    expect(await run1('su -x')).toMatchObject({ stderr: "su: invalid option -- 'x'\nTry 'su --help' for more information.\n", exit: 1 });
    expect(await run1('su -c')).toMatchObject({ stderr: "su: option requires an argument -- 'c'\nTry 'su --help' for more information.\n", exit: 1 });
  });

  it('an interactive su - runs the user shell on the terminal input', async () => {
    const s = newSession();
    s.setPendingInput(['whoami\n', 'pwd\n']);
    expect(await s.run('su - student')).toMatchObject({ stdout: 'student\n/home/student\n', exit: 0 });
  });
});

describe('sudo', () => {
  it('root and the student (NOPASSWD via the lab drop-in) run commands as root', async () => {
    const s = newSession();
    const r = await runAll(s, ['sudo id -u', "su student -c 'sudo id -u; sudo -u nobody id -un; sudo -i pwd; sudo -s whoami'"]);
    expect(r[0]!.stdout).toBe('0\n');
    expect(r[1]!.stdout).toBe('0\nnobody\n/root\nroot\n');
  });

  it('resets the environment', async () => {
    const r = await run1("su student -c 'sudo env'");
    expect(r.stdout).toContain('MAIL=/var/mail/root\nLOGNAME=root\nUSER=root\nHOME=/root\nSHELL=/bin/bash\nSUDO_COMMAND=/usr/bin/env\nSUDO_USER=student\nSUDO_UID=1000\nSUDO_GID=1000\n');
  });

  it('lists privileges', async () => {
    const r = await run1("su student -c 'sudo -l'");
    expect(r.stdout).toBe(
      'Matching Defaults entries for student on lab:\n    env_reset, mail_badpass, secure_path=/usr/local/sbin\\:/usr/local/bin\\:/usr/sbin\\:/usr/bin\\:/sbin\\:/bin\\:/snap/bin, use_pty\n\n' +
        'User student may run the following commands on lab:\n    (ALL : ALL) ALL\n    (ALL) NOPASSWD: ALL\n',
    );
  });

  it('errors', async () => {
    expect(await run1('sudo nosuch')).toMatchObject({ stderr: 'sudo: nosuch: command not found\n', exit: 1 });
    expect(await run1('sudo -u nosuch id')).toMatchObject({ stderr: 'sudo: unknown user nosuch\n', exit: 1 });
    const noTty = await run1("useradd bob; su bob -c 'sudo id'");
    expect(noTty).toMatchObject({ stderr: 'sudo: a terminal is required to read the password; either use the -S option to read from standard input or configure an askpass helper\nsudo: a password is required\n', exit: 1 });
    const n = await run1("useradd bob; su bob -c 'sudo -n id'");
    expect(n).toMatchObject({ stderr: 'sudo: a password is required\n', exit: 1 });
    const notIn = await run1("useradd bob; echo bob:pw | chpasswd; su bob -c 'echo pw | sudo -S id'");
    expect(notIn).toMatchObject({ stderr: '[sudo] password for bob: bob is not in the sudoers file.  This incident will be reported.\n', exit: 1 });
    const usage = await run1('sudo');
    expect(usage.exit).toBe(1);
    expect(usage.stderr.startsWith('usage: sudo -h | -K | -k | -V\n')).toBe(true);
  });
});

describe('newgrp and sg', () => {
  it('switch the primary group', async () => {
    const s = newSession();
    const r = await runAll(s, ["su student -c 'sg cdrom -c \"id -g\"'", 'newgrp nosuch']);
    expect(r[0]!.stdout).toBe('24\n');
    expect(r[1]).toMatchObject({ stderr: "newgrp: group 'nosuch' does not exist\n", exit: 1 });
  });
});
