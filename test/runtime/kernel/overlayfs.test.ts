import { describe, expect, it } from 'vitest';
import { MemFs } from '../../../src/runtime/kernel/fs/memfs.ts';
import { OverlayFs } from '../../../src/runtime/kernel/fs/overlayfs.ts';
import { TreeBuilder } from '../../../src/runtime/rootfs/tree-builder.ts';

const now = () => 1000;

function layers() {
  const lower = new MemFs({ dev: 10, now });
  new TreeBuilder(lower).file('/etc/a', 'lower a\n').file('/etc/b', 'lower b\n').dir('/data/sub').file('/data/sub/x', 'x');
  const upper = new MemFs({ dev: 11, now });
  return { lower, upper, fs: new OverlayFs(12, [lower], upper) };
}

const lookupPath = (fs: OverlayFs, p: string) => p.split('/').filter(Boolean).reduce<string | null>((n, c) => (n === null ? null : fs.lookup(n, c)), '/');

describe('overlayfs', () => {
  it('shows lower files and copies up on write, leaving the lower layer untouched', () => {
    const { lower, upper, fs } = layers();
    const a = lookupPath(fs, '/etc/a')!;
    expect(fs.read(a)).toBe('lower a\n');
    fs.write(a, 'changed\n', false);
    expect(fs.read(a)).toBe('changed\n');
    expect(lower.read(lower.lookup(lower.lookup(lower.root(), 'etc')!, 'a')!)).toBe('lower a\n');
    expect(upper.readdir(upper.lookup(upper.root(), 'etc')!)).toEqual(['a']);
  });

  it('hides deleted lower files with a whiteout (char 0/0) in the upper layer', () => {
    const { upper, fs } = layers();
    fs.unlink('/etc', 'b');
    expect(lookupPath(fs, '/etc/b')).toBeNull();
    expect(fs.readdir('/etc')).toEqual(['a']);
    const wh = upper.lookup(upper.lookup(upper.root(), 'etc')!, 'b')!;
    expect(upper.stat(wh)).toMatchObject({ type: 'chr', rdev: 0 });
  });

  it('makes a directory recreated over a deleted one opaque', () => {
    const { fs } = layers();
    fs.unlink('/data/sub', 'x');
    fs.rmdir('/data', 'sub');
    fs.create('/data', 'sub', { type: 'dir', mode: 0o755, uid: 0, gid: 0 });
    expect(fs.readdir('/data/sub')).toEqual([]);
  });

  it('refuses to remove a non-empty merged directory', () => {
    const { fs } = layers();
    expect(() => fs.rmdir('/data', 'sub')).toThrow('Directory not empty');
  });

  it('shares read-only lower layers between two overlays', () => {
    const { lower } = layers();
    const one = new OverlayFs(20, [lower], new MemFs({ dev: 21, now }));
    const two = new OverlayFs(22, [lower], new MemFs({ dev: 23, now }));
    one.write(lookupPath(one, '/etc/a')!, 'one\n', false);
    expect(two.read(lookupPath(two, '/etc/a')!)).toBe('lower a\n');
  });
});
