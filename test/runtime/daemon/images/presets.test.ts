import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { goldenPresetImages, HELLO_MESSAGE, helloApplet } from '../../../../src/runtime/daemon/images/index.ts';
import { busybox135Applets } from '../../../../src/runtime/daemon/images/fs/busybox-fs.ts';
import type { AppletContext } from '../../../../src/runtime/shell/applets/types.ts';
import { at, buildMerged, ls, read } from './build.ts';

const [busybox, hello] = goldenPresetImages() as [ReturnType<typeof goldenPresetImages>[number], ReturnType<typeof goldenPresetImages>[number]];

/** Debian 12's busybox-static, where this machine has it (the recordings imported exactly that binary). */
function realApplets(): string[] | undefined {
  try {
    const out = execFileSync('/bin/busybox', ['--list-full'], { encoding: 'utf8' });
    if (!execFileSync('/bin/busybox', [], { encoding: 'utf8' }).startsWith('BusyBox v1.35.0')) return undefined;
    return out.trim().split('\n').map((l) => l.slice(l.lastIndexOf('/') + 1)).filter((n) => n !== 'busybox').sort();
  } catch {
    return undefined;
  }
}

describe('busybox:latest as real-docker.sh imports it', () => {
  test('config, history and size as `docker image inspect` / `docker history` show them', () => {
    expect(busybox.repo).toBe('busybox');
    expect(busybox.tags).toEqual(['latest']);
    expect(busybox.comment).toBe('Imported from -');
    expect(busybox.dockerVersion).toBe('20.10.24+dfsg1');
    expect(busybox.config.Env).toBeNull();
    expect(busybox.config.Cmd).toEqual(['sh']);
    expect(busybox.config.Entrypoint).toBeNull();
    expect(busybox.history).toHaveLength(1);
    const h = busybox.history[0]!;
    expect([h.createdBy, h.comment, h.size, h.emptyLayer]).toEqual(['', 'Imported from -', 1986119, undefined]);
  });

  test('the rootfs: 268 applet symlinks to /bin/busybox, passwd/group, empty dirs with their modes', () => {
    const fs = buildMerged(busybox);
    expect(ls(fs, '/')).toEqual(['bin', 'dev', 'etc', 'home', 'proc', 'root', 'sys', 'tmp', 'usr', 'var']);
    const bin = ls(fs, '/bin');
    expect(bin).toHaveLength(269);
    expect(bin.filter((n) => n !== 'busybox')).toEqual(busybox135Applets());
    for (const n of bin.filter((x) => x !== 'busybox')) expect(at(fs, `/bin/${n}`, false)!.target).toBe('/bin/busybox');
    expect(bin.slice(0, 6)).toEqual(['[', '[[', 'acpid', 'adjtimex', 'ar', 'arch']);
    expect(read(fs, '/etc/passwd')!.length).toBe(340);
    expect(read(fs, '/etc/group')!.length).toBe(307);
    expect(ls(fs, '/etc')).toEqual(['group', 'passwd']);
    expect(at(fs, '/root')!.mode).toBe(0o700);
    expect(at(fs, '/tmp')!.mode).toBe(0o1777);
    for (const d of ['/dev', '/home', '/proc', '/sys', '/usr/sbin', '/var/spool/mail', '/var/www']) expect(ls(fs, d)).toEqual([]);
    // Docker counts bytes of files plus symlink targets: the static binary is 1,982,256 bytes.
    expect(1982256 + 340 + 307 + 268 * '/bin/busybox'.length).toBe(busybox.history[0]!.size);
  });

  test('matches this machine\'s busybox 1.35.0 applet list when it is installed', () => {
    const real = realApplets();
    if (!real) return;
    expect(busybox135Applets()).toEqual([...real.filter((n) => n !== 'linuxrc'), 'linuxrc'].sort());
  });
});

describe('hello-world:latest as the legacy builder made it', () => {
  test('config and history', () => {
    expect(hello.config.Env).toEqual(['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']);
    expect(hello.config.Cmd).toEqual(['/hello']);
    expect(hello.history.map((h) => [h.createdBy, h.size, h.emptyLayer ?? false])).toEqual([
      ['/bin/sh -c #(nop) COPY file:d81394d423f74b3b70ba85eceeccd46ce59b9cbc499d7ee1badde6bf53a74661 in / ', 682696, false],
      ['/bin/sh -c #(nop)  CMD ["/hello"]', undefined, true],
    ]);
    const fs = buildMerged(hello);
    expect(ls(fs, '/')).toEqual(['hello']);
    expect(at(fs, '/hello')!.mode).toBe(0o755);
  });

  test('the hello program prints the official message and exits 0', async () => {
    let out = '';
    const ctx = { argv: ['/hello'], stdout: { tty: false, write: async (s: string) => { out += s; } } } as unknown as AppletContext;
    expect(await helloApplet.run(ctx)).toBe(0);
    expect(out).toBe(HELLO_MESSAGE);
    // The golden recording's stdout of `docker run hello-world`, byte for byte.
    const golden = readFileSync(new URL('../../../golden/docker/001-basics-hello-world.golden', import.meta.url), 'utf8');
    const start = golden.indexOf('$ docker run hello-world\n') + '$ docker run hello-world\n'.length;
    expect(out).toBe(golden.slice(start, golden.indexOf('[exit 0]', start)));
  });

  test('a write error propagates (the runtime turns a gone reader into SIGPIPE)', async () => {
    const ctx = { argv: ['/hello'], stdout: { tty: false, write: async () => { throw new Error('EPIPE'); } } } as unknown as AppletContext;
    await expect(helloApplet.run(ctx)).rejects.toThrow('EPIPE');
  });
});
