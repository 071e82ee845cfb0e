import { describe, expect, test } from 'vitest';
import { newSession, runAll } from '../../../helpers.ts';

// Texts verified against Docker CLI 28.2.2 + Engine 20.10.24 (ids differ: content addresses of the model).
const run = async (lines: string[]) => runAll(newSession(), lines);

describe('docker images', () => {
  test('table, -q duplicates per tag, rows sorted by repository within an image', async () => {
    const r = await run(['docker tag busybox zz/a:1', 'docker tag busybox aa:2', 'docker images --format "{{.Repository}}:{{.Tag}}"', 'docker images -q | uniq -c | wc -l', 'docker images -q | wc -l']);
    expect(r[2]!.stdout).toBe('hello-world:latest\naa:2\nbusybox:latest\nzz/a:1\n');
    expect(r[3]!.stdout).toBe('2\n');
    expect(r[4]!.stdout).toBe('4\n');
  });
  test('headers, digests column, empty match', async () => {
    const r = await run(['docker images --digests busybox', 'docker images nosuch', "docker images --format 'table {{.Repository}}\\t{{.Tag}}' hello-world"]);
    expect(r[0]!.stdout.split('\n')[0]).toBe('REPOSITORY   TAG       DIGEST    IMAGE ID       CREATED                  SIZE');
    expect(r[0]!.stdout.split('\n')[1]).toMatch(/^busybox {6}latest {4}<none> {4}[0-9a-f]{12} {3}/);
    expect(r[1]!.stdout).toBe('REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n');
    expect(r[2]!.stdout).toBe('REPOSITORY    TAG\nhello-world   latest\n');
  });
  test('json rows', async () => {
    const r = await run(["docker images --format json busybox"]);
    const j = JSON.parse(r[0]!.stdout);
    expect(Object.keys(j)).toEqual(['Containers', 'CreatedAt', 'CreatedSince', 'Digest', 'ID', 'Repository', 'SharedSize', 'Size', 'Tag', 'UniqueSize', 'VirtualSize']);
    expect([j.Containers, j.Digest, j.Size, j.VirtualSize]).toEqual(['N/A', '<none>', '1.99MB', '1.986MB']);
  });
  test('filters and their errors', async () => {
    const r = await run([
      "docker images 'zz/*'", 'docker tag busybox zz/a:0', "docker images --format '{{.Tag}}' 'zz/*'", "docker images --filter reference='*:0' -q",
      'docker images -f dangling=maybe', 'docker images -f foo=bar', 'docker images -f before=nosuch', 'docker images -a --format "{{.Repository}}" | sort | uniq -c',
    ]);
    expect(r[0]!.stdout).toBe('REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n');
    expect(r[2]!.stdout).toBe('0\n');
    expect(r[3]!.stdout).toBe('');
    expect(r[4]!.stderr).toBe("Error response from daemon: Invalid filter 'dangling=[maybe]'\n");
    expect(r[5]!.stderr).toBe("Error response from daemon: Invalid filter 'foo'\n");
    expect(r[6]!.stderr).toBe('Error response from daemon: No such image: nosuch:latest\n');
    expect(r[6]!.exit).toBe(1);
    expect(r[7]!.stdout).toContain('<none>');
  });
});

describe('docker tag / rmi', () => {
  test('tag errors', async () => {
    const r = await run(['docker tag nosuch x:1', "docker tag busybox 'Bad:1'", "docker tag busybox 'x:-1'", 'docker tag busybox x@sha256:' + 'a'.repeat(64)]);
    expect(r.map((x) => x.stderr)).toEqual([
      'Error response from daemon: No such image: nosuch:latest\n',
      'Error parsing reference: "Bad:1" is not a valid repository/tag: invalid reference format: repository name (library/Bad) must be lowercase\n',
      'Error parsing reference: "x:-1" is not a valid repository/tag: invalid reference format\n',
      'refusing to create a tag with a digest reference\n',
    ]);
    expect(r.every((x) => x.exit === 1)).toBe(true);
  });
  test('conflicts: several tags by id, stopped and running containers, children', async () => {
    const r = await run([
      'docker tag busybox hd-x:1',
      'id=$(docker images -q busybox); docker rmi $id',
      'docker create --name c1 hd-x:1 true > /dev/null; docker rmi hd-x:1',
      'docker commit c1 hd-z:1 > /dev/null; docker create --name c2 hd-z:1 > /dev/null; docker rmi hd-z:1',
      'docker rmi $(docker images -q hd-z:1)',
      'docker run -d --name c3 hd-z:1 sleep 100 > /dev/null; docker rm c2 > /dev/null; docker rmi -f $(docker images -q hd-z:1)',
      'docker rmi -f hd-z:1',
      'docker rmi hd-z:1 BAD nosuch',
      "docker rmi $(docker images -a -q --filter dangling=true) 2>&1 | sed 's/[0-9a-f]\\{12\\}/ID/g'",
    ]);
    const id = (s: string) => s.replace(/\b[0-9a-f]{12}\b/g, 'ID');
    expect(id(r[1]!.stderr)).toBe('Error response from daemon: conflict: unable to delete ID (must be forced) - image is referenced in multiple repositories\n');
    expect(r[2]!.stdout).toBe('Untagged: hd-x:1\n');
    expect(id(r[3]!.stderr)).toBe('Error response from daemon: conflict: unable to remove repository reference "hd-z:1" (must force) - container ID is using its referenced image ID\n');
    expect(id(r[4]!.stderr)).toBe('Error response from daemon: conflict: unable to delete ID (must be forced) - image is being used by stopped container ID\n');
    expect(id(r[5]!.stderr)).toBe('Error response from daemon: conflict: unable to delete ID (cannot be forced) - image is being used by running container ID\n');
    expect(r[6]!.stdout).toBe('Untagged: hd-z:1\n');
    expect(r[7]!.stderr).toBe(
      'Error response from daemon: No such image: hd-z:1\nError response from daemon: invalid reference format: repository name must be lowercase\nError response from daemon: No such image: nosuch:latest\n',
    );
  });
  test('parents of hello-world have dependent children', async () => {
    const r = await run(["docker rmi -f $(docker history -q hello-world | tail -1) 2>&1 | sed 's/[0-9a-f]\\{12\\}/ID/'"]);
    expect(r[0]!.stdout).toBe('Error response from daemon: conflict: unable to delete ID (cannot be forced) - image has dependent child images\n');
  });
});

describe('docker history', () => {
  test('table, -H=false, json, missing rows', async () => {
    const r = await run(['docker history hello-world', 'docker history -H=false hello-world', 'docker history --format json busybox', 'docker history -q hello-world | wc -l', 'docker history nosuch']);
    const lines = r[0]!.stdout.split('\n');
    expect(lines[0]).toBe('IMAGE          CREATED                  CREATED BY                                      SIZE      COMMENT');
    expect(lines[2]).toMatch(/ {3}\/bin\/sh -c #\(nop\) COPY file:d81394d423f74b3b\xe2\x80\xa6 {3}683kB {5}$/);
    expect(r[1]!.stdout.split('\n')[0]).toBe('IMAGE          CREATED AT             CREATED BY                                      SIZE      COMMENT');
    expect(r[1]!.stdout).toContain('682696');
    expect(Object.keys(JSON.parse(r[2]!.stdout))).toEqual(['Comment', 'CreatedAt', 'CreatedBy', 'CreatedSince', 'ID', 'Size']);
    expect(r[3]!.stdout).toBe('2\n');
    expect(r[4]!.stderr).toBe('Error response from daemon: No such image: nosuch:latest\n');
  });
});
