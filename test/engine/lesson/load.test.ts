import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LessonCatalog } from '../../../src/engine/lesson/catalog.ts';
import { loadLesson, sectionLines } from '../../../src/engine/lesson/load.ts';
import { drawParams, fillParams, paramsUsed } from '../../../src/engine/lesson/params.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

describe('lesson loading', () => {
  it('reads a valid lesson: texts, setup, params, quiz, compiled checks', () => {
    const r = loadLesson(join(FIXTURES, 'lessons', '01-basics'));
    expect(r.errors).toEqual([]);
    const l = r.lesson!;
    expect(l.id).toBe('01-basics');
    expect(l.title).toEqual({ en: 'Basics', 'zh-CN': '基础' });
    expect(l.host).toBe('ubuntu');
    expect(l.setup.files).toEqual({ '~/notes/readme.txt': 'read me\n' });
    expect(l.exercises.map((e) => e.id)).toEqual(['e1-word', 'e2-quiz', 'e3-copy']);
    const [word, quiz, copy] = l.exercises;
    expect(word!.params).toEqual({ word: { kind: 'pick', values: ['apple', 'pear', 'plum'] }, n: { kind: 'int', min: 10, max: 20 } });
    expect(word!.wrong.map((w) => w.line)).toEqual([17, 19]);
    expect(word!.hints).toHaveLength(2);
    expect(quiz!.quiz).toEqual([{ id: 'q1', kind: 'single', prompt: { en: 'Pick the fruit', 'zh-CN': '选水果' }, options: [{ id: 'apple', text: { en: 'Apple', 'zh-CN': '苹果' } }, { id: 'rock', text: { en: 'Rock', 'zh-CN': '石头' } }], answer: ['apple'] }]);
    expect(copy!.setup.run).toEqual(['mkdir -p /srv/data']);
    expect(typeof copy!.check.evaluate).toBe('function');
    expect(l.text.en).toContain('## Files');
  });

  // Each broken fixture holds the exact `file:line: message` lines it must produce.
  const broken = join(FIXTURES, 'broken');
  for (const name of readdirSync(broken)) {
    it(`reports ${name} at its line`, () => {
      const dir = readdirSync(join(broken, name)).find((f) => !f.includes('.'))!;
      const r = loadLesson(join(broken, name, dir));
      expect(r.lesson).toBeNull();
      const expected = readFileSync(join(broken, name, 'expected-errors.txt'), 'utf8').trimEnd().split('\n');
      expect(r.errors.map((e) => e.replace(`${join(broken, name)}/`, ''))).toEqual(expected);
    });
  }

  it('finds a folder\'s lessons without parsing them, parses each on first use, and keeps the broken ones\' errors', () => {
    const ok = new LessonCatalog(join(FIXTURES, 'lessons'));
    expect(ok.ids()).toEqual(['01-basics', '02-more']);
    expect(ok.get('02-more')!.exercises).toHaveLength(2);
    expect(ok.all().map((l) => l.id)).toEqual(['01-basics', '02-more']);
    expect(ok.problems).toEqual([]);
    const bad = new LessonCatalog(join(broken, 'headings'));
    expect(bad.ids()).toEqual(['01-case']);
    expect(bad.problems).toEqual([]);
    expect(bad.all()).toEqual([]);
    expect(bad.problems).toHaveLength(1);
    expect(bad.get('01-case')).toBeNull();
    expect(bad.problems).toHaveLength(1);
  });

  it('counts ## headings outside code blocks only', () => {
    expect(sectionLines('# T\n## A\n```sh\n## not\n```\n## B\n~~~\n## no\n~~~\n### C\n')).toEqual([2, 6]);
  });
});

describe('parameters', () => {
  const specs = { port: { kind: 'int' as const, min: 8000, max: 8999 }, name: { kind: 'pick' as const, values: ['web', 'site', 'shop'] } };

  it('are the same for the same seed and spread over seeds', () => {
    expect(drawParams(specs, 42, '07-x', 'e1')).toEqual(drawParams(specs, 42, '07-x', 'e1'));
    const ports = new Set(Array.from({ length: 50 }, (_, s) => drawParams(specs, s, '07-x', 'e1').port));
    expect(ports.size).toBeGreaterThan(30);
    for (let s = 0; s < 200; s++) {
      const p = drawParams(specs, s, '07-x', 'e1');
      expect(Number(p.port)).toBeGreaterThanOrEqual(8000);
      expect(Number(p.port)).toBeLessThanOrEqual(8999);
      expect(specs.name.values).toContain(p.name);
    }
  });

  it('differ between exercises with the same seed', () => {
    const draws = new Set(['e1', 'e2', 'e3', 'e4', 'e5'].map((e) => drawParams(specs, 7, '07-x', e).port));
    expect(draws.size).toBeGreaterThan(1);
  });

  it('fill {{name}} and leave Go templates alone', () => {
    expect(fillParams('docker run -p {{port}}:80 --name {{ name }} nginx', { port: '8080', name: 'web' })).toBe('docker run -p 8080:80 --name web nginx');
    expect(paramsUsed("docker ps --format '{{range .Mounts}}{{.Name}}{{end}}' {{port}}")).toEqual(['port']);
  });
});
