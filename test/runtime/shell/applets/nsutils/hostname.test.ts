import { describe, expect, it } from 'vitest';
import { newSession, run1 } from '../../../../helpers.ts';

describe('hostname', () => {
  it('prints the name in its forms', async () => {
    expect((await run1('hostname; hostname -s; hostname -f; hostname -i; hostname -d; hostname -a')).stdout).toBe('lab\nlab\nlab\n127.0.1.1 \n\n\n');
  });

  it('sets the name of the caller UTS namespace as root', async () => {
    const s = newSession();
    expect(await s.run('hostname box; hostname; cat /proc/sys/kernel/hostname; uname -n')).toMatchObject({ stdout: 'box\nbox\nbox\n', exit: 0 });
    expect((await s.run('hostname -f')).stderr).toBe('hostname: Name or service not known\n');
  });

  it('reads the name from a file with -F', async () => {
    const s = newSession();
    expect((await s.run("printf '# c\\nfromfile\\n' > /tmp/h; hostname -F /tmp/h; hostname")).stdout).toBe('fromfile\n');
    expect(await s.run('hostname -F /nofile')).toMatchObject({ stderr: 'hostname: No such file or directory\n', exit: 1 });
  });

  it('refuses invalid names and non-root callers', async () => {
    const s = newSession();
    s.proc.creds = { uid: 1000, gid: 1000, groups: [1000] };
    expect(await s.run('hostname good')).toMatchObject({ stderr: 'hostname: you must be root to change the host name\n', exit: 1 });
    expect(await s.run('hostname bad_name')).toMatchObject({ stderr: 'hostname: the specified hostname is invalid\n', exit: 1 });
    expect((await s.run('hostname')).stdout).toBe('lab\n');
  });

  it('-y without a NIS domain fails', async () => {
    expect(await run1('hostname -y')).toMatchObject({ stderr: 'hostname: Local domain name not set\n', exit: 1 });
  });

  it('usage errors exit 255 (usage on stdout for bad options, on stderr for extra names)', async () => {
    const bad = await run1('hostname -x');
    expect(bad.exit).toBe(255);
    expect(bad.stderr).toBe("hostname: invalid option -- 'x'\n");
    expect(bad.stdout.startsWith('Usage: hostname [-b] {hostname|-F file}         set host name (from file)\n')).toBe(true);
    const extra = await run1('hostname a b');
    expect(extra).toMatchObject({ stdout: '', exit: 255 });
    expect(extra.stderr.split('\n').length).toBe(34);
    expect((await run1('hostname -s a')).exit).toBe(255);
    expect(await run1('hostname -V')).toMatchObject({ stdout: 'hostname 3.23\n', exit: 0 });
    expect((await run1('hostname --help')).exit).toBe(255);
  });
});
