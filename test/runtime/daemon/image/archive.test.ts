import { describe, expect, test } from 'vitest';
import { newSession, runAll } from '../../../helpers.ts';
import { MemFs } from '../../../../src/runtime/kernel/fs/memfs.ts';
import { TreeBuilder } from '../../../../src/runtime/rootfs/tree-builder.ts';
import { layerTar, memFsFromTar } from '../../../../src/runtime/daemon/image/layer-tar.ts';
import { readTar } from '../../../../src/runtime/daemon/image/ustar.ts';

const run = async (lines: string[]) => runAll(newSession(), lines);

describe('docker save / load / import', () => {
  test('save layout as Engine 20.10 writes it', async () => {
    const r = await run(['docker save -o bb.tar busybox', 'tar tvf bb.tar | sed "s/[0-9a-f]\\{64\\}/ID/"', 'ls -l bb.tar | cut -c1-10', 'tar xOf bb.tar repositories manifest.json | sed "s/[0-9a-f]\\{64\\}/ID/g"']);
    const lines = r[1]!.stdout.replace(/ 20\d\d-\d\d-\d\d \d\d:\d\d /g, ' T ').split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '-rw-r--r-- root/root       897 T ID.json', 'drwxr-xr-x root/root         0 T ID/', '-rw-r--r-- root/root         3 T ID/VERSION',
      '-rw-r--r-- root/root       770 T ID/json',
    ]);
    expect(lines[4]).toMatch(/^-rw-r--r-- root\/root +\d+ T ID\/layer.tar$/);
    expect(lines.slice(5)).toEqual(['-rw-r--r-- root/root       203 1970-01-01 00:00 manifest.json', '-rw-r--r-- root/root        90 1970-01-01 00:00 repositories', '']);
    expect(r[2]!.stdout).toBe('-rw-------\n');
    expect(r[3]!.stdout).toBe('[{"Config":"ID.json","RepoTags":["busybox:latest"],"Layers":["ID/layer.tar"]}]\n{"busybox":{"latest":"ID"}}\n');
  });
  test('round trip keeps the id and the files (modes, symlinks, hard links, whiteouts)', async () => {
    const r = await run([
      "docker run --name src busybox sh -c 'echo hi > /f; chmod 600 /f; ln /f /g; ln -s f /l; rm /etc/group'",
      'docker commit src rt:1 > /dev/null', 'docker images -q rt:1 > id1', 'docker save rt:1 > rt.tar', 'docker rm src > /dev/null',
      'docker rmi rt:1 > /dev/null', 'docker load < rt.tar', 'docker images -q rt:1 | cmp - id1 && echo same',
      "docker run --rm rt:1 sh -c 'ls -l /f /l; cat /g; ls /etc/group'",
    ]);
    expect(r[6]!.stdout).toBe('Loaded image: rt:1\n');
    expect(r[7]!.stdout).toBe('same\n');
    expect(r[8]!.stdout).toMatch(/^-rw------- +\d root +0 +3 .* \/f\nlrwxrwxrwx .* \/l -> f\nhi\n$/);
    expect(r[8]!.stderr).toBe("ls: /etc/group: No such file or directory\n");
  });
  test('load errors leave the store alone', async () => {
    const r = await run([
      'docker load -i nosuch.tar', 'echo notatar > bad.tar', 'docker load -i bad.tar', 'head -c 2000 /dev/zero | tr "\\0" x > rnd.tar',
      'docker load -i rnd.tar', 'echo hi > f; tar cf plain.tar f', "docker load -i plain.tar 2>&1 | sed 's/[0-9]\\{6,\\}/N/'",
      'docker load < /dev/null 2>&1 | sed "s/[0-9]\\{6,\\}/N/"', 'docker images -q | wc -l', 'docker save nosuch', 'docker save -o /nonexist/x.tar busybox',
    ]);
    expect(r[0]!.stderr).toBe('open nosuch.tar: no such file or directory\n');
    expect(r[2]!.stderr).toBe('Error processing tar file(exit status 1): unexpected EOF\n');
    expect(r[4]!.stderr).toBe('Error processing tar file(exit status 1): archive/tar: invalid tar header\n');
    expect(r[6]!.stdout).toBe('open /var/lib/docker/tmp/docker-import-N/repositories: no such file or directory\n');
    expect(r[7]!.stdout).toBe('open /var/lib/docker/tmp/docker-import-N/repositories: no such file or directory\n');
    expect(r[8]!.stdout).toBe('2\n');
    expect(r[9]!.stderr).toBe('Error response from daemon: No such image: nosuch\n');
    expect(r[10]!.stderr).toBe('failed to save image: invalid output path: stat /nonexist: no such file or directory\n');
    expect([0, 2, 4, 9, 10].map((i) => r[i]!.exit)).toEqual([1, 1, 1, 1, 1]);
  });
  test('import: one layer, changes, comment', async () => {
    const r = await run([
      'docker export $(docker create busybox) > rootfs.tar', "docker import -c 'CMD [\"echo\",\"imported\"]' rootfs.tar imp:1 | cut -c1-7",
      'docker run --rm imp:1', "docker history --format '{{.CreatedBy}}|{{.Comment}}' imp:1", "docker import -m note - imp:2 < rootfs.tar > /dev/null; docker image inspect -f '{{.Comment}}' imp:2",
    ]);
    expect(r[1]!.stdout).toBe('sha256:\n');
    expect(r[2]!.stdout).toBe('imported\n');
    expect(r[3]!.stdout).toBe('|Imported from -\n');
    expect(r[4]!.stdout).toBe('note\n');
  });
});

describe('docker image prune / pull / push / search / login / logout', () => {
  test('prune', async () => {
    const r = await run(['docker image prune -f', 'docker image prune < /dev/null', 'docker image prune -f --filter foo=bar', 'docker image prune -f --filter until=xx']);
    expect(r[0]!.stdout).toBe('Total reclaimed space: 0B\n');
    expect(r[1]!.stdout).toBe('WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ');
    expect(r[1]!.exit).toBe(0);
    expect(r[2]!.stderr).toBe("Error response from daemon: Invalid filter 'foo'\n");
    expect(r[3]!.stderr).toBe('Error response from daemon: failed to parse value as time or duration: "xx"\n');
  });
  test('registry commands', async () => {
    const r = await run(['docker pull -q alpine', 'docker pull nosuchimg', 'docker push nosuch', 'docker logout', 'docker search --limit 1 busybox']);
    expect(r[0]!.stdout).toBe('docker.io/library/alpine:latest\n');
    expect(r[1]!.stdout).toBe('Using default tag: latest\n');
    expect(r[1]!.stderr).toBe("Error response from daemon: pull access denied for nosuchimg, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n");
    expect(r[2]!.stderr).toBe('An image does not exist locally with the tag: nosuch\n');
    expect(r[3]!.stdout).toBe('Removing login credentials for https://index.docker.io/v1/\n');
    expect(r[4]!.stdout.split('\n')[0]).toBe('NAME      DESCRIPTION           STARS     OFFICIAL');
  });
});

describe('layer tars', () => {
  test('hard links, whiteouts, opaque dirs and long names survive a round trip', () => {
    const fs = new MemFs({ dev: 1, now: () => 1_700_000_000_000 });
    const t = new TreeBuilder(fs).file('/a/f', 'data', 0o640).symlink('/a/l', 'f').device('/gone', 'chr', 0, 0, 0);
    t.dir('/d').file(`/d/${'x'.repeat(120)}/${'y'.repeat(90)}`, 'long');
    fs.link(fs.rootInode.entries!.get('a')!, 'h', fs.rootInode.entries!.get('a')!.entries!.get('f')!);
    fs.rootInode.entries!.get('d')!.opaque = true;
    const tar = layerTar(fs);
    const names = readTar(tar).map((e) => `${e.type} ${e.name}${e.linkname ? ` -> ${e.linkname}` : ''}`);
    expect(names).toEqual([
      '5 a/', '0 a/f', '1 a/h -> a/f', '2 a/l -> f', '5 d/', '0 d/.wh..wh..opq', `5 d/${'x'.repeat(120)}/`, `0 d/${'x'.repeat(120)}/${'y'.repeat(90)}`, '0 .wh.gone',
    ]);
    const back = memFsFromTar(readTar(tar), 2, () => 0);
    const a = back.rootInode.entries!.get('a')!;
    expect(a.entries!.get('f')).toBe(a.entries!.get('h'));
    expect(a.entries!.get('f')!.nlink).toBe(2);
    expect(a.entries!.get('f')!.mode).toBe(0o640);
    expect(back.rootInode.entries!.get('gone')!.type).toBe('chr');
    expect(back.rootInode.entries!.get('d')!.opaque).toBe(true);
    expect(layerTar(back)).toBe(tar);
  });
});
