import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runLab, tempDir } from './run-lab.ts';

const LESSONS = ['--lessons', join(FIXTURES, 'lessons')];

describe('lab answer, progress --export, reset --lesson/--all', () => {
  it('answers a quiz, exports progress to a file, and resets a lesson and everything', () => {
    const home = tempDir('lab-student-');
    const lab = (...args: string[]) => runLab([...args, ...LESSONS], { home });
    // The first exercise is already finished: the lab resumes at the quiz.
    const progress = { format: 'container-lab-progress', version: 1, seed: 5, lang: 'en', current: '01-basics', lessons: { '01-basics': { done: ['e1-word'], hints: {} } } };
    writeFileSync(join(home, 'progress.json'), JSON.stringify(progress));
    const wrong = lab('answer', 'q1=rock');
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toMatch(/^answer recorded: q1\n✗ every quiz question is answered correctly: .*\nNot done yet\.\n$/);
    const right = lab('answer', 'q1=apple');
    expect(right.status).toBe(0);
    expect(right.stdout).toContain('Done: every goal is met.\n');
    expect(lab('list').stdout).toBe('01-basics    2/3    Basics\n02-more      0/2    More\n');
    const file = join(tempDir('lab-export-'), 'me.json');
    const exported = lab('progress', '--export', file);
    expect(exported.stderr).toBe(`lab: progress exported to ${file}\n`);
    expect(JSON.parse(readFileSync(file, 'utf8')).lessons[0]).toMatchObject({ id: '01-basics', done: 2 });
    expect(lab('progress').stdout).toBe('01-basics  2/3  ✓✓·\n02-more  0/2  ··\n');
    expect(lab('reset', '--lesson', '01').stdout).toBe('lab: lesson 01-basics starts afresh (progress and saved state removed)\n');
    expect(lab('list').stdout).toBe('01-basics    0/3    Basics\n02-more      0/2    More\n');
    expect(existsSync(join(home, 'state', '01-basics.json'))).toBe(false);
    expect(lab('reset', '--all').stdout).toBe('lab: all progress and saved lab states were removed\n');
    expect(readdirSync(home)).toEqual([]);
    expect(lab('reset', '--lesson', '--all')).toMatchObject({ status: 2, stderr: 'lab reset: give one of --exercise, --lesson, --all (got --lesson, --all)\n' });
  });
});
