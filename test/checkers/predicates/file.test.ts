import { describe, expect, it } from 'vitest';
import { check, labAfter } from '../evaluate.ts';

describe('file predicate', () => {
  it('host files: ~ is /root, content up to a final newline, contains, matches, lines, mode', async () => {
    const s = await labAfter(['printf "a=1\\nb=2\\n" > ~/conf.txt', 'chmod 600 ~/conf.txt']);
    const ok = await check(s, 'file: { path: ~/conf.txt, content: "a=1\\nb=2", contains: b=2, matches: "^b=\\\\d$", lines: [b=2, a=1], mode: "0600" }');
    expect(ok.en.ok).toBe(true);
    expect(ok.en.label).toBe('file /root/conf.txt exists, with content "a=1\\nb=2", containing "b=2", matching /^b=\\d$/, with the lines "b=2", "a=1", with mode 0600');
    const bad = await check(s, 'file: { path: ~/conf.txt, content: x, contains: c=3, matches: "^c", lines: [c=3], mode: "644" }');
    expect(bad.en.detail).toBe('its mode is 0600; its content is "a=1\\nb=2\\n"; it does not contain "c=3"; nothing in it matches /^c/ (content "a=1\\nb=2\\n"); these lines are missing: "c=3"');
    expect(bad.zh.detail).toBe('它的权限是 0600；它的内容是 "a=1\\nb=2\\n"；它不包含 "c=3"；其中没有匹配 /^c/ 的内容（内容为 "a=1\\nb=2\\n"）；缺少这些行："c=3"');
  });

  it('missing files and directories', async () => {
    const s = await labAfter(['mkdir ~/d']);
    expect((await check(s, 'file: { path: ~/nope }')).en).toMatchObject({ ok: false, label: 'file /root/nope exists', detail: 'there is no file /root/nope' });
    expect((await check(s, 'file: { path: ~/nope, exists: false }')).zh).toEqual({ ok: true, label: '文件 /root/nope 不存在' });
    expect((await check(s, 'file: { path: ~/d }')).en.ok).toBe(true);
    expect((await check(s, 'file: { path: ~/d, contains: x }')).en.detail).toBe('file /root/d is a directory, not a regular file');
    expect((await check(s, 'file: { path: ~/d, exists: false }')).en.detail).toBe('file /root/d exists (directory)');
  });

  it('inside a container, running (its mounts) or stopped (its filesystem)', async () => {
    const s = await labAfter(['docker run -d --name web -v data:/data busybox sh -c "echo 你好 > /data/hi; echo x > /x; sleep 100"', 'docker run --name done busybox sh -c "echo bye > /bye"']);
    const zh = await check(s, 'file: { path: /data/hi, container: web, content: 你好 }');
    expect(zh.en).toEqual({ ok: true, label: 'file /data/hi in container web exists, with content "你好"' });
    expect(zh.zh).toEqual({ ok: true, label: '容器 web 中的文件 /data/hi 存在（内容为 "你好"）' });
    expect((await check(s, 'file: { path: /bye, container: done, content: bye }')).en.ok).toBe(true);
    expect((await check(s, 'file: { path: /bye, container: web }')).en.detail).toBe('there is no file /bye in container web');
    expect((await check(s, 'file: { path: /bye, container: nope }')).en.detail).toBe('no container named nope (containers: done, web)');
  });

  it('equals: a container\'s PID, an image\'s id', async () => {
    const s = await labAfter(['docker run -d --name web busybox sleep 100', "docker inspect -f '{{.State.Pid}}' web > ~/pid", "docker image inspect -f '{{.Id}}' busybox > ~/id", 'docker images -q hello-world > ~/short']);
    expect((await check(s, 'file: { path: ~/pid, equals: { containerPid: web } }')).en).toEqual({ ok: true, label: 'file /root/pid exists, holding the host PID of container web' });
    expect((await check(s, 'file: { path: ~/id, equals: { imageId: busybox } }')).zh).toEqual({ ok: true, label: '文件 /root/id 存在（内容为镜像 busybox 的 ID）' });
    expect((await check(s, 'file: { path: ~/short, equals: { imageId: hello-world } }')).en.ok).toBe(true);
    const bad = await check(s, 'file: { path: ~/id, equals: { containerPid: web } }');
    expect(bad.en.detail).toMatch(/^it holds "sha256:[0-9a-f]{53}…"; State.Pid = \d+$/);
    const stopped = await labAfter(['docker create --name cc busybox', 'echo 1 > ~/pid']);
    expect((await check(stopped, 'file: { path: ~/pid, equals: { containerPid: cc } }')).en.detail).toBe('it holds "1"; container cc is not running, it has no PID');
  });
});
