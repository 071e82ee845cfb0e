import { describe, expect, test } from 'vitest';
import { newSession } from '../../../helpers.ts';

// Texts verified against Docker CLI 28.2.2 + Engine 20.10.24 (run in /tmp/dockerd/work like the goldens).
async function session(lines: string[]) {
  const s = newSession();
  await s.run('mkdir -p /tmp/dockerd/work && cd /tmp/dockerd/work');
  await s.run('mkdir src && echo hello > src/a.txt && mkdir -p src/sub && echo x > src/sub/b && ln -s a.txt src/link');
  await s.run('docker create --name cpb busybox > /dev/null');
  const out = [];
  for (const l of lines) out.push(await s.run(l));
  return out;
}

describe('docker cp', () => {
  test('both directions: file renames, directories by name into existing dirs, `/.` copies contents', async () => {
    const r = await session([
      'docker cp src cpb:/tmp', 'docker cp src/. cpb:/tmp', 'docker cp cpb:/tmp - | tar tf -',
      'docker cp cpb:/etc newf/ && ls newf', 'docker cp cpb:/tmp/src/link l1 && readlink l1', 'docker cp -L cpb:/tmp/src/link l2 && cat l2',
      'docker cp cpb:/var/. - | tar tf -', 'docker cp cpb:/etc/passwd - | tar tvf - | cut -c1-30',
    ]);
    for (const x of r) expect(x.stderr).toBe('');
    expect(r[2]!.stdout).toBe('tmp/\ntmp/a.txt\ntmp/link\ntmp/src/\ntmp/src/a.txt\ntmp/src/link\ntmp/src/sub/\ntmp/src/sub/b\ntmp/sub/\ntmp/sub/b\n');
    expect(r[3]!.stdout).toBe('group\nhostname\nhosts\nmtab\npasswd\nresolv.conf\n');
    expect(r[4]!.stdout).toBe('a.txt\n');
    expect(r[5]!.stdout).toBe('hello\n');
    expect(r[6]!.stdout).toBe('./\n./spool/\n./spool/mail/\n./www/\n');
    expect(r[7]!.stdout).toBe('-rw-r--r-- root/root       340\n');
  });
  test('a tar on stdin extracts into a directory; owners kept', async () => {
    const r = await session(['tar cf x.tar src; docker cp - cpb:/ < x.tar', 'docker cp cpb:/src - | tar tvf - | cut -c1-20', 'chown -R 5:6 src; docker cp -a src cpb:/s2; docker cp src cpb:/s3', "docker cp cpb:/s2 - | tar tvf - | head -1 | awk '{print $2}'; docker cp cpb:/s3 - | tar tvf - | head -1 | awk '{print $2}'"]);
    expect(r[0]!.exit).toBe(0);
    expect(r[1]!.stdout).toBe('drwxr-xr-x root/root\n-rw-r--r-- root/root\nlrwxrwxrwx root/root\ndrwxr-xr-x root/root\n-rw-r--r-- root/root\n');
    expect(r[3]!.stdout).toBe('5/6\n5/6\n');
  });
  test('errors', async () => {
    const r = await session([
      'docker cp a b', 'docker cp cpb:/a cpb:/b', 'docker cp nosuch:/tmp x', 'docker cp src/a.txt cpb:/nodir/x', 'docker cp src/a.txt cpb:/etc/passwd/',
      'docker cp src cpb:/etc/passwd', 'docker cp cpb:/etc/passwd nodir/x', 'docker cp cpb:/etc/passwd/ x', 'docker cp cpb:/etc/passwd src/a.txt/x',
      'docker cp cpb:/etc src/a.txt', 'docker cp - cpb:/etc/passwd < /dev/null', 'docker cp cpb:/nonexistent .', 'docker cp nosuchfile cpb:/tmp',
      'docker cp src/a.txt nosuch:/tmp', "docker cp '' cpb:/x", "docker cp src ''", 'echo hi | docker cp - nosuch:/', 'docker cp src/a.txt nosuch:/', 'echo hi | docker cp - cpb:/tmp', 'docker cp - cpb:/tmp < /dev/null',
    ]);
    const lines = r.map((x) => `${x.exit} ${x.stderr.replace(/overlay2\/[0-9a-f]{64}/, 'overlay2/<id>')}`);
    expect(lines).toEqual([
      '1 must specify at least one container source\n',
      '1 copying between containers is not supported\n',
      '1 Error response from daemon: No such container: nosuch\n',
      '1 Error response from daemon: Could not find the file /nodir in container cpb\n',
      '1 no such directory\n',
      '1 cannot copy directory\n',
      '1 invalid output path: directory "/tmp/dockerd/work/nodir" does not exist\n',
      '1 Error response from daemon: lstat /var/lib/docker/overlay2/<id>/merged/etc/passwd/: not a directory\n',
      '1 stat /tmp/dockerd/work/src/a.txt/x: not a directory\n',
      '1 cannot copy directory\n',
      '1 destination "cpb:/etc/passwd" must be a directory\n',
      '1 Error response from daemon: Could not find the file /nonexistent in container cpb\n',
      '1 lstat /tmp/dockerd/work/nosuchfile: no such file or directory\n',
      '1 Error response from daemon: No such container: nosuch\n',
      '1 source can not be empty\n',
      '1 destination can not be empty\n',
      '1 destination "nosuch:/" must be a directory\n',
      '1 no such directory\n',
      '1 Error response from daemon: Error processing tar file(exit status 1): unexpected EOF\n',
      '0 ',
    ]);
  });
});
