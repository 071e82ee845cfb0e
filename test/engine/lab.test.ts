import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Lab } from '../../src/engine/lab.ts';

const LESSONS = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'lessons');
const home = () => mkdtempSync(join(tmpdir(), 'lab-engine-'));
const open = (h: string, extra: Parameters<typeof Lab.open>[0] = {}) => Lab.open({ home: h, lessonsDir: LESSONS, replay: true, ...extra });
const text = (bytes: string) => Buffer.from(bytes, 'latin1').toString('utf8');

describe('Lab: lessons, exercises, hints', () => {
  it('lists lessons and starts at the first unfinished exercise with its setup applied', async () => {
    const lab = await open(home());
    expect(lab.lessons()).toEqual([
      { id: '01-basics', title: 'Basics', exercises: 3, done: 0 },
      { id: '02-more', title: 'More', exercises: 2, done: 0 },
    ]);
    await lab.start('01');
    expect(lab.lesson.id).toBe('01-basics');
    expect(lab.index).toBe(0);
    expect(lab.taskText()).toBe(`Write ${lab.params.word} into ~/answer.txt`);
    const { result } = await lab.run('cat ~/notes/readme.txt');
    expect(result).toMatchObject({ stdout: 'read me\n', exit: 0 });
  });

  it('passes on the solution, fails on a wrong attempt, and records the finished exercise', async () => {
    const h = home();
    const lab = await open(h);
    await lab.start('01-basics');
    const wrong = await lab.run('echo nothing > ~/answer.txt');
    expect(wrong.report.done).toBe(false);
    expect(wrong.report.items[0]).toMatchObject({ ok: false });
    expect(wrong.report.items[0]!.detail).toContain('does not contain');
    const right = await lab.run(lab.solution()[0]!);
    expect(right.report).toEqual({ done: true, items: [expect.objectContaining({ ok: true })] });
    expect(lab.lessons()[0]!.done).toBe(1);
    const saved = JSON.parse(readFileSync(join(h, 'progress.json'), 'utf8'));
    expect(saved.lessons['01-basics'].done).toEqual(['e1-word']);
    // Reopened, the lab resumes at the next unfinished exercise.
    const again = await open(h);
    await again.start();
    expect(again.lesson.id).toBe('01-basics');
    expect(again.index).toBe(1);
  });

  it('gives hints gently to explicitly, with parameters, and remembers the rung', async () => {
    const h = home();
    const lab = await open(h);
    await lab.start('01');
    expect(lab.hint()).toBe('Use echo and a redirection.');
    expect(lab.hint()).toBe(`echo ${lab.params.word} > ~/answer.txt`);
    expect(lab.hint()).toBeNull();
    const again = await open(h);
    await again.start('01');
    expect(again.hint()).toBeNull();
    expect(again.hintCount()).toEqual({ shown: 2, total: 2 });
  });

  it('moves between exercises, each from its own setup', async () => {
    const lab = await open(home());
    await lab.start('01');
    await lab.run('touch ~/leftover');
    await lab.next();
    expect(lab.index).toBe(1);
    expect((await lab.run('ls ~')).result.stdout).toBe('notes\n');
    await lab.prev();
    expect(lab.index).toBe(0);
    await expect(lab.goto(7)).rejects.toThrow('no exercise 8 in 01-basics');
  });

  it('speaks Chinese when asked, and remembers it', async () => {
    const h = home();
    const lab = await open(h);
    await lab.start('01');
    lab.setLang('zh-CN');
    expect(lab.taskText()).toBe(`把 ${lab.params.word} 写进 ~/answer.txt`);
    expect(lab.lessonText()).toContain('## 文件');
    expect(lab.hint()).toBe('用 echo 和重定向。');
    expect(text((await lab.run('lab hint')).result.stdout)).toBe(`提示 2/2: echo ${lab.params.word} > ~/answer.txt\n`);
    expect((await open(h)).lessons()[0]!.title).toBe('基础');
  });

  it('says which lessons exist when asked for an unknown one', async () => {
    const lab = await open(home());
    await expect(lab.start('09')).rejects.toThrow('no lesson "09" (lessons: 01-basics, 02-more)');
  });

  it('refuses a lesson that does not load, with its errors', async () => {
    const lab = await Lab.open({ home: home(), lessonsDir: join(dirname(LESSONS), 'broken', 'headings') });
    await expect(lab.start('01')).rejects.toThrow(/^lab: lesson 01-case cannot be loaded \(run `lab validate`\):\n.*lesson\.md:11: lesson\.md has 3 "##" headings/);
  });
});
