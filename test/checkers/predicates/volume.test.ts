import { describe, expect, it } from 'vitest';
import { check, labAfter } from '../evaluate.ts';

describe('volume predicate', () => {
  it('exists, and a file in it with its content', async () => {
    const s = await labAfter(['docker volume create data', 'docker run --rm -v data:/d busybox sh -c "echo hello vol > /d/index.html"']);
    expect((await check(s, 'volume: { name: data }')).en).toEqual({ ok: true, label: 'volume data exists' });
    const f = await check(s, 'volume: { name: data, file: index.html, content: hello vol }');
    expect(f.en).toEqual({ ok: true, label: 'volume data holds a file /index.html, with content "hello vol"' });
    expect(f.zh).toEqual({ ok: true, label: '数据卷 data 中有文件 /index.html（内容为 "hello vol"）' });
    const bad = await check(s, 'volume: { name: data, file: /index.html, contains: bye }');
    expect(bad.en.detail).toBe('it does not contain "bye"');
    expect((await check(s, 'volume: { name: data, file: other.txt }')).zh.detail).toBe('数据卷 data 中没有文件 /other.txt');
  });

  it('names the volumes there are; exists: false', async () => {
    const s = await labAfter(['docker volume create web-data']);
    const r = await check(s, 'volume: { name: data }');
    expect(r.en.detail).toBe('no volume named data (volumes: web-data)');
    expect(r.zh.detail).toBe('没有名为 data 的数据卷（现有数据卷：web-data）');
    expect((await check(s, 'volume: { name: data, exists: false }')).en.ok).toBe(true);
    expect((await check(s, 'volume: { name: web-data, exists: false }')).en).toMatchObject({ ok: false, detail: 'volume web-data exists' });
  });
});
