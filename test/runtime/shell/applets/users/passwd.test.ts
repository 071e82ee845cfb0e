import { describe, expect, it } from 'vitest';
import { newSession, run1, runAll } from '../../../../helpers.ts';

describe('passwd and chpasswd', () => {
  it('status, lock, unlock, delete', async () => {
    const s = newSession();
    const r = await runAll(s, ['passwd -S student', 'useradd bob; echo bob:secret | chpasswd; passwd -S bob | cut -d" " -f1,2', 'passwd -l bob; passwd -S bob | cut -d" " -f2', 'passwd -d bob >/dev/null; passwd -S bob | cut -d" " -f2', 'passwd -S nosuch']);
    expect(r[0]!.stdout).toBe('student L 12/09/2023 0 99999 7 -1\n');
    expect(r[1]!.stdout).toBe('bob P\n');
    expect(r[2]!.stdout).toBe('passwd: password expiry information changed.\nL\n');
    expect(r[3]!.stdout).toBe('NP\n');
    expect(r[4]).toMatchObject({ stderr: "passwd: user 'nosuch' does not exist\n", exit: 1 });
  });

  it('sets a password from stdin like PAM does without a terminal', async () => {
    const ok = await run1("printf 'pw\\npw\\n' | passwd student");
    expect(ok).toMatchObject({ stdout: '', stderr: 'New password: Retype new password: passwd: password updated successfully\n', exit: 0 });
    const eof = await run1('passwd student </dev/null');
    expect(eof).toMatchObject({ stderr: 'New password: passwd: Authentication token manipulation error\npasswd: password unchanged\n', exit: 10 });
    const mismatch = await run1("printf 'a\\nb\\n' | passwd student");
    expect(mismatch.stderr).toBe('New password: Retype new password: Sorry, passwords do not match.\npasswd: Authentication token manipulation error\npasswd: password unchanged\n');
  });

  it('non-root users may only look at themselves', async () => {
    const r = await run1("su student -c 'passwd -S root'");
    expect(r).toMatchObject({ stderr: 'passwd: You may not view or modify password information for root.\n', exit: 1 });
  });

  it('chpasswd reports bad lines', async () => {
    expect(await run1('echo garbage | chpasswd')).toMatchObject({ stderr: 'chpasswd: line 1: missing new password\n', exit: 1 });
  });
});
