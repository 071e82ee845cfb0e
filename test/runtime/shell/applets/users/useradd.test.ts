import { describe, expect, it } from 'vitest';
import { newSession, run1, runAll } from '../../../../helpers.ts';

// Texts and exit codes checked against shadow-utils' useradd run in a throwaway chroot (-R).
describe('useradd', () => {
  it('adds passwd, shadow and group entries and copies /etc/skel with -m', async () => {
    const s = newSession();
    const [add, files, home] = await runAll(s, ['useradd -m bob', 'grep ^bob: /etc/passwd /etc/group; grep -c "^bob:!:" /etc/shadow', 'ls -la /home/bob']);
    expect(add).toMatchObject({ stdout: '', stderr: '', exit: 0 });
    expect(files!.stdout).toBe('/etc/passwd:bob:x:1001:1001::/home/bob:/bin/sh\n/etc/group:bob:x:1001:\n1\n');
    expect(home!.stdout).toMatch(/^total \d+\ndrwxr-x--- 2 bob  bob  .* \.\ndrwxr-xr-x 4 root root .* \.\.\n-rw-r--r-- 1 bob  bob   580 .* \.bashrc\n-rw-r--r-- 1 bob  bob   169 .* \.profile\n$/);
  });

  it('honours -u -g -G -c -d -s -N -r', async () => {
    const s = newSession();
    const r = await runAll(s, [
      "useradd -u 2000 -c 'Full Name' -G sudo,adm -d /srv/dd -s /bin/bash dd",
      'useradd -g 27 sg1; useradd -N nog; useradd -r -M sysu',
      'tail -n 4 /etc/passwd; grep -E "^(adm|sudo):" /etc/group; grep ^sysu /etc/shadow | cut -d: -f2,4-',
    ]);
    expect(r[0]!.exit).toBe(0);
    expect(r[2]!.stdout).toBe(
      'dd:x:2000:2000:Full Name:/srv/dd:/bin/bash\nsg1:x:2001:27::/home/sg1:/bin/sh\nnog:x:2002:100::/home/nog:/bin/sh\nsysu:x:999:998::/home/sysu:/bin/sh\n' +
        'adm:x:4:syslog,student,dd\nsudo:x:27:student,dd\n!::::::\n',
    );
  });

  it('reports errors with shadow-utils exit codes', async () => {
    const s = newSession();
    expect(await s.run('useradd student')).toMatchObject({ stderr: "useradd: user 'student' already exists\n", exit: 9 });
    expect(await s.run('useradd -g nosuch x')).toMatchObject({ stderr: "useradd: group 'nosuch' does not exist\n", exit: 6 });
    expect(await s.run('useradd -G nosuch,sudo x')).toMatchObject({ stderr: "useradd: group 'nosuch' does not exist\n", exit: 6 });
    expect(await s.run('useradd -u 1000 carl')).toMatchObject({ stderr: 'useradd: UID 1000 is not unique\n', exit: 4 });
    expect(await s.run('useradd -u abc carl')).toMatchObject({ stderr: "useradd: invalid user ID 'abc'\n", exit: 3 });
    expect(await s.run('groupadd dup; useradd dup')).toMatchObject({ stderr: 'useradd: group dup exists - if you want to add this user to that group, use -g.\n', exit: 9 });
    const conflict = await s.run('useradd -U -g sudo ug');
    expect(conflict.exit).toBe(2);
    expect(conflict.stderr).toMatch(/^useradd: options -U and -g conflict\nUsage: useradd \[options\] LOGIN\n/);
    const none = await s.run('useradd');
    expect(none.exit).toBe(2);
    expect(none.stderr.startsWith('Usage: useradd [options] LOGIN\n       useradd -D\n')).toBe(true);
    const bad = await s.run('useradd --bogus y');
    expect(bad.stderr.startsWith("useradd: unrecognized option '--bogus'\nUsage: useradd")).toBe(true);
    expect((await s.run('useradd -s')).stderr.startsWith("useradd: option requires an argument -- 's'\n")).toBe(true);
  });

  it('prints help on stdout', async () => {
    const r = await run1('useradd --help');
    expect(r.exit).toBe(0);
    expect(r.stdout.endsWith('      --extrausers              Use the extra users database\n\n')).toBe(true);
  });

  it('warns when the home exists', async () => {
    const r = await run1('mkdir /home/zed; useradd -m zed');
    expect(r).toMatchObject({ stderr: 'useradd: warning: the home directory /home/zed already exists.\nuseradd: Not copying any file from skel directory into it.\n', exit: 0 });
  });

  it('refuses an unprivileged caller', async () => {
    const r = await run1("su student -c 'useradd zed'");
    expect(r).toMatchObject({ stderr: 'useradd: Permission denied.\nuseradd: cannot lock /etc/passwd; try again later.\n', exit: 1 });
  });
});
