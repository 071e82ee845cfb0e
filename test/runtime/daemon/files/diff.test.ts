import { describe, expect, test } from 'vitest';
import { newSession, runAll } from '../../../helpers.ts';

// Texts verified against Docker CLI 28.2.2 + Engine 20.10.24 (the real engine prints in random order: compare sorted).
const run = async (lines: string[]) => runAll(newSession(), lines);

describe('docker diff', () => {
  test('A/C/D lines, parents of changes as C, bind-mounted files and untouched dirs hidden', async () => {
    const r = await run([
      "docker run --name dfc busybox sh -c 'mkdir /data && echo x > /data/f && rm /bin/vi && echo y >> /etc/passwd && mkdir -p /a/b/c && touch /a/b/c/d /tmp/x /etc/hosts && rm -r /var/spool && chmod 700 /home; touch /usr/sbin/x; chown 5 /root; rm -r /var/www; mkdir /var/www; ln -s /x /tmp/l; touch /tmp'",
      'docker diff dfc | sort',
    ]);
    expect(r[1]!.stdout).toBe([
      'A /a', 'A /a/b', 'A /a/b/c', 'A /a/b/c/d', 'A /data', 'A /data/f', 'A /tmp/l', 'A /tmp/x', 'A /usr/sbin/x', 'C /bin', 'C /etc',
      'C /etc/passwd', 'C /home', 'C /root', 'C /tmp', 'C /usr', 'C /usr/sbin', 'C /var', 'D /bin/vi', 'D /var/spool', '',
    ].join('\n'));
  });
  test('a parent is listed before its children; nothing for a fresh container; errors', async () => {
    const r = await run(["docker run --name d2 busybox touch /usr/sbin/x", 'docker diff d2', 'docker create --name d3 busybox', 'docker diff d3', 'docker diff nosuch']);
    expect(r[1]!.stdout).toBe('C /usr\nC /usr/sbin\nA /usr/sbin/x\n');
    expect(r[3]!.stdout).toBe('');
    expect(r[4]!.stderr).toBe('Error response from daemon: No such container: nosuch\n');
    expect(r[4]!.exit).toBe(1);
  });
});
