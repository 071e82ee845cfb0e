import { describe, expect, it } from 'vitest';
import { newSession } from '../../helpers.ts';

/** A session whose login shell runs as student (uid 1000), as after `su - student`. */
async function asStudent() {
  const s = newSession();
  await s.run('true');
  s.proc.creds = { uid: 1000, gid: 1000, groups: [1000] };
  await s.run('cd /tmp');
  return s;
}

describe('user namespaces and file ownership', () => {
  it('root of a user namespace made by a user cannot write root-owned files', async () => {
    const s = await asStudent();
    const r = await s.run('unshare -r sh -c "id -u; echo x > /etc/hostname"; echo $?');
    expect(r.stdout).toBe('0\n2\n');
    expect(r.stderr).toBe('sh: 1: cannot create /etc/hostname: Permission denied\n');
  });

  it('shows unmapped host owners as nobody/nogroup (65534) inside', async () => {
    const s = await asStudent();
    const r = await s.run("unshare -r stat -c '%u %g' /etc/hostname");
    expect(r.stdout).toBe('65534 65534\n');
  });

  it('files created inside belong to the outside user on the host', async () => {
    const s = await asStudent();
    const r = await s.run("unshare -r sh -c 'touch f; stat -c %u f'; stat -c %u f");
    expect(r.stdout).toBe('0\n1000\n');
  });

  it('refuses chown to an id that is not mapped', async () => {
    const s = await asStudent();
    const r = await s.run("touch g; unshare -r chown 5 g");
    expect(r.stderr).toBe("chown: changing ownership of 'g': Invalid argument\n");
    expect(r.exit).toBe(1);
  });
});
