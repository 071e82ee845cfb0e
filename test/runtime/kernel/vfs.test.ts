import { describe, expect, it } from 'vitest';
import { createHost } from '../../../src/runtime/host.ts';
import { run1, newSession, runAll } from '../../helpers.ts';

describe('VFS path resolution', () => {
  it('follows relative and absolute symlinks inside the model', async () => {
    const s = newSession();
    const r = await runAll(s, ['cd /bin && echo $PWD', 'cat /etc/../etc/hostname', 'cd /usr/../../../tmp && echo $PWD']);
    expect(r[0]!.stdout).toBe('/bin\n');
    expect(r[1]!.stdout).toBe('lab\n');
    expect(r[2]!.stdout).toBe('/tmp\n');
  });

  it('reports ELOOP for symlink cycles', () => {
    const host = createHost();
    const vfs = host.vfs();
    vfs.symlink('/tmp/b', '/tmp/a');
    vfs.symlink('/tmp/a', '/tmp/b');
    expect(() => vfs.readFile('/tmp/a')).toThrow('Too many levels of symbolic links');
  });

  it('needs a directory before a trailing slash', () => {
    const vfs = createHost().vfs();
    expect(() => vfs.stat('/etc/hostname/')).toThrow('Not a directory');
  });

  it('generates /proc from live processes', async () => {
    const r = await run1('read -r name < /proc/self/comm; echo $name; readlink_target=$(cat /proc/1/comm); echo $readlink_target');
    expect(r.stdout).toBe('bash\nsystemd\n');
  });

  it('gives each initial namespace its well-known inode', () => {
    const host = createHost();
    expect(host.init.ns.uts.label).toBe('uts:[4026531838]');
    expect(host.init.ns.pid.label).toBe('pid:[4026531836]');
    expect(host.vfs().readlink('/proc/1/ns/uts')).toBe('uts:[4026531838]');
  });

  it('refuses writes on a read-only mount with EROFS', () => {
    const host = createHost();
    const m = host.rootNs.mnt.table.list().find((x) => x.target === '/')!;
    (m.options as { ro: boolean }).ro = true;
    expect(() => host.vfs().writeFile('/etc/new', 'x')).toThrow('Read-only file system');
  });
});
