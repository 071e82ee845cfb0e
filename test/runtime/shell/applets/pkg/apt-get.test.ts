import { describe, expect, it } from 'vitest';
import { newSession, run1 } from '../../../../helpers.ts';

const READING = 'Reading package lists...\nBuilding dependency tree...\nReading state information...\n';

describe('apt-get', () => {
  it('cannot locate packages before apt-get update (exit 100)', async () => {
    expect(await run1('apt-get install -y tree')).toMatchObject({ stdout: READING, stderr: 'E: Unable to locate package tree\n', exit: 100 });
  });

  it('rejects unknown options and operations like apt', async () => {
    expect(await run1('apt-get -x install tree')).toMatchObject({ stdout: '', stderr: "E: Command line option 'x' [from -x] is not understood in combination with the other options.\n", exit: 100 });
    expect(await run1('apt-get --foo install tree')).toMatchObject({ stderr: 'E: Command line option --foo is not understood in combination with the other options\n', exit: 100 });
    expect(await run1('apt-get foo')).toMatchObject({ stderr: 'E: Invalid operation foo\n', exit: 100 });
  });

  it('needs root for install and update', async () => {
    const r = await run1('su student -c "apt-get install tree"');
    expect(r).toMatchObject({ stdout: '', stderr: 'E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n', exit: 100 });
    const u = await run1('su student -c "apt-get update"');
    expect(u).toMatchObject({ stdout: 'Reading package lists...\n', stderr: 'E: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)\nE: Unable to lock directory /var/lib/apt/lists/\n', exit: 100 });
  });

  it('updates, installs, records in dpkg and removes', async () => {
    const s = newSession();
    const up = await s.run('apt-get update');
    expect(up.stdout).toMatch(/^Get:1 http:\/\/archive\.ubuntu\.com\/ubuntu jammy InRelease \[270 kB\]\n/);
    expect(up.stdout).toMatch(/\nFetched [\d.]+ MB in \ds \(\d+ kB\/s\)\nReading package lists...\n$/);
    expect((await s.run('apt-get update')).stdout).toBe('Hit:1 http://archive.ubuntu.com/ubuntu jammy InRelease\nHit:2 http://archive.ubuntu.com/ubuntu jammy-updates InRelease\nHit:3 http://security.ubuntu.com/ubuntu jammy-security InRelease\nReading package lists...\n');
    expect((await s.run('apt-get install -s tree')).stdout).toBe(`${READING}The following NEW packages will be installed:\n  tree\n0 upgraded, 1 newly installed, 0 to remove and 0 not upgraded.\nInst tree (2.0.2-1 Ubuntu:22.04/jammy [amd64])\nConf tree (2.0.2-1 Ubuntu:22.04/jammy [amd64])\n`);
    const r = await s.run('apt-get install -y tree');
    expect(r.exit).toBe(0);
    expect(r.stdout).toContain('Need to get 47.9 kB of archives.\nAfter this operation, 118 kB of additional disk space will be used.\nGet:1 http://archive.ubuntu.com/ubuntu jammy/universe amd64 tree amd64 2.0.2-1 [47.9 kB]\n');
    expect(r.stdout).toMatch(/Selecting previously unselected package tree\.\n\(Reading database \.\.\. [^]*files and directories currently installed\.\)\nPreparing to unpack \.\.\.\/tree_2\.0\.2-1_amd64\.deb \.\.\.\nUnpacking tree \(2\.0\.2-1\) \.\.\.\nSetting up tree \(2\.0\.2-1\) \.\.\.\n$/);
    expect((await s.run('dpkg -L tree')).stdout).toBe('/.\n/usr\n/usr/bin\n/usr/bin/tree\n/usr/share\n/usr/share/doc\n/usr/share/doc/tree\n/usr/share/doc/tree/copyright\n');
    expect((await s.run('apt-get install tree')).stdout).toBe(`${READING}tree is already the newest version (2.0.2-1).\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n`);
    const rm = await s.run('apt-get remove tree');
    expect(rm.stdout).toBe(`${READING}The following packages will be REMOVED:\n  tree\n0 upgraded, 0 newly installed, 1 to remove and 0 not upgraded.\nAfter this operation, 118 kB disk space will be freed.\n${rm.stdout.split('\n').at(-3)}\nRemoving tree (2.0.2-1) ...\n`);
    expect((await s.run('test -e /usr/bin/tree; echo $?')).stdout).toBe('1\n');
    expect((await s.run('apt-get remove -s tree')).stdout).toBe(`${READING}Package 'tree' is not installed, so not removed\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n`);
  });

  it('asks before installing extra packages and aborts without an answer', async () => {
    const s = newSession();
    await s.run('apt-get update');
    const r = await s.run('apt-get install curl </dev/null');
    expect(r.stdout).toMatch(/The following additional packages will be installed:\n {2}ca-certificates libbrotli1 libcurl4 libnghttp2-14 libpsl5 librtmp1 libssh-4\n {2}openssl publicsuffix\n/);
    expect(r.stdout).toMatch(/Do you want to continue\? \[Y\/n\] Abort\.\n$/);
    expect(r.exit).toBe(1);
  });

  it('only offers docker-ce once Docker\'s repository is configured', async () => {
    const s = newSession();
    await s.run('apt-get update');
    expect((await s.run('apt-get install -y docker-ce')).stderr).toBe('E: Unable to locate package docker-ce\n');
    await s.run('echo "deb [arch=amd64] https://download.docker.com/linux/ubuntu jammy stable" > /etc/apt/sources.list.d/docker.list');
    expect((await s.run('apt-get update')).stdout).toContain('https://download.docker.com/linux/ubuntu jammy/stable amd64 Packages');
    const r = await s.run('apt-get install -y docker-ce >/dev/null; dpkg -l docker-ce | tail -1');
    expect(r.stdout).toMatch(/^ii {2}docker-ce /);
  });
});

describe('apt and dpkg', () => {
  it('apt warns on a pipe and lists', async () => {
    const s = newSession();
    await s.run('apt-get update');
    expect(await s.run('apt list tree')).toMatchObject({ stdout: 'Listing...\ntree/jammy 2.0.2-1 amd64\n', stderr: '\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n', exit: 0 });
  });

  it('dpkg errors as dpkg 1.21', async () => {
    expect(await run1('dpkg -L nosuch')).toMatchObject({ stdout: '', stderr: "dpkg-query: package 'nosuch' is not installed\nUse dpkg --contents (= dpkg-deb --contents) to list archive files contents.\n", exit: 1 });
    expect(await run1('dpkg -s nosuch')).toMatchObject({ stderr: "dpkg-query: package 'nosuch' is not installed and no information is available\nUse dpkg --info (= dpkg-deb --info) to examine archive files.\n", exit: 1 });
    expect(await run1('dpkg -l nosuch')).toMatchObject({ stdout: '', stderr: 'dpkg-query: no packages found matching nosuch\n', exit: 1 });
    expect((await run1('dpkg')).exit).toBe(2);
    expect(await run1('su student -c "dpkg -r tree"')).toMatchObject({ stderr: 'dpkg: error: requested operation requires superuser privilege\n', exit: 2 });
  });

  it('dpkg -l sizes its columns to the data', async () => {
    const r = await run1('dpkg -l bash');
    expect(r.stdout.split('\n').slice(3, 5)).toEqual(['||/ Name           Version        Architecture Description', '+++-==============-==============-============-=================================']);
    expect(r.stdout.split('\n')[5]).toBe('ii  bash           5.1-6ubuntu1.1 amd64        GNU Bourne Again SHell');
  });
});

describe('apk, yum, rpm (inside their images: the Ubuntu host has none of them)', () => {
  const inImage = async (image: string, script: string) => {
    const s = newSession();
    await s.run(`docker pull -q ${image} > /dev/null 2>&1 || docker run --rm ${image} true > /dev/null 2>&1`);
    return s.run(`docker run --rm ${image} sh -c '${script}'`);
  };

  it('apk add and del', async () => {
    const r = await inImage('alpine', 'apk add tree; echo ---; apk del tree; echo ---; apk add nosuch');
    const [add, del, bad] = r.stdout.split('---\n');
    expect(add).toMatch(/^fetch https:\/\/dl-cdn\.alpinelinux\.org\/alpine\/v3\.19\/main\/x86_64\/APKINDEX\.tar\.gz\n.*\n\(1\/1\) Installing tree \(2\.1\.1-r0\)\n.*OK: \d+ MiB in 16 packages\n$/s);
    expect(del).toMatch(/^\(1\/1\) Purging tree \(2\.1\.1-r0\)\nOK: \d+ MiB in 15 packages\n$/);
    expect(bad).toMatch(/^fetch /);
    expect(r).toMatchObject({ stderr: 'ERROR: unable to select packages:\n  nosuch (no such package):\n    required by: world[nosuch]\n', exit: 1 });
  });

  it('yum install and rpm -q', async () => {
    const r = await inImage('centos:7', 'yum install -y tree; echo ---; rpm -q tree nosuch');
    const [install, query] = r.stdout.split('---\n');
    expect(install).toContain('Installing:\n tree           x86_64           1.6.0-10.el7             base            46 k\n');
    expect(install).toMatch(/\nComplete!\n$/);
    expect(query).toBe('tree-1.6.0-10.el7.x86_64\npackage nosuch is not installed\n');
    expect(r.exit).toBe(1);
  });

  it('the Ubuntu host has no apk, yum or rpm', async () => {
    const r = await newSession().run('apk; yum; rpm');
    expect(r.stderr).toBe('bash: line 1: apk: command not found\nbash: line 1: yum: command not found\nbash: line 1: rpm: command not found\n');
  });
});
