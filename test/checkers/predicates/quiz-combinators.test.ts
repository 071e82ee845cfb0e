import { describe, expect, it } from 'vitest';
import { check, labAfter } from '../evaluate.ts';

const quiz = [
  { id: 'q1', kind: 'multiple' as const, answer: ['esxi', 'xen'] },
  { id: 'q2', kind: 'single' as const, answer: ['b'] },
];

describe('quiz predicate', () => {
  it('passes when every answer is right (as a set), never revealing answers', async () => {
    const s = await labAfter([]);
    expect((await check(s, 'quiz: {}', { quiz, answers: { q1: ['xen', 'esxi'], q2: ['b'] } })).en).toEqual({ ok: true, label: 'every quiz question is answered correctly' });
    const r = await check(s, 'quiz: {}', { quiz, answers: { q1: ['esxi'] } });
    expect(r.en.detail).toBe('q1: not the right answer; q2: not answered yet');
    expect(r.zh.detail).toBe('q1：答案不对；q2：尚未作答');
    expect((await check(s, 'quiz: {}')).en.detail).toBe('this exercise has no quiz');
  });
});

describe('all / any / not', () => {
  it('a list is all; children carry their own results', async () => {
    const s = await labAfter(['docker run -d --name web busybox sleep 100']);
    const r = await check(s, '[ { container: { name: web, state: running } }, { container: { name: db } } ]');
    expect(r.en).toMatchObject({ ok: false, label: 'all of these', detail: '1 of 2 not met' });
    expect(r.en.children?.map((c) => c.ok)).toEqual([true, false]);
    expect(r.zh.detail).toBe('2 项中有 1 项未满足');
    const all = await check(s, 'all: [ { container: { name: web } }, { image: { ref: busybox } } ]');
    expect(all.en.ok).toBe(true);
  });

  it('any passes with one; not inverts', async () => {
    const s = await labAfter(['docker run -d --name web busybox sleep 100']);
    const any = await check(s, 'any: [ { container: { name: db } }, { container: { name: web } } ]');
    expect(any.en).toMatchObject({ ok: true, label: 'one of: container db exists | container web exists' });
    const none = await check(s, 'any: [ { container: { name: db } }, { container: { name: cache } } ]');
    expect(none.zh).toMatchObject({ ok: false, label: '满足其一：容器 db 存在 | 容器 cache 存在', detail: '一项也没有满足' });
    expect((await check(s, 'not: { container: { name: db } }')).en).toMatchObject({ ok: true, label: 'not: container db exists' });
    expect((await check(s, 'not: { container: { name: web, state: running } }')).en).toMatchObject({ ok: false, label: 'not: container web is running', detail: 'but it is so' });
  });
});
