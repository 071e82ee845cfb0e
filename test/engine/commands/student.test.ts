import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runLab, tempDir } from './run-lab.ts';

const LESSONS = ['--lessons', join(FIXTURES, 'lessons')];

describe('lab list, check, hint, answer, reset --exercise', () => {
  it('follows a student through a quiz exercise from the command line', () => {
    const home = tempDir('lab-student-');
    const lab = (...args: string[]) => runLab([...args, ...LESSONS], { home });
    expect(lab('list').stdout).toBe('01-basics    0/3    Basics\n02-more      0/2    More\n');
    const check = lab('check', '--lesson', '01');
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/^01-basics 1\/3 e1-word\n✗ file \/root\/answer\.txt exists, containing "(apple|pear|plum)": there is no file \/root\/answer\.txt\nNot done yet\.\n$/);
    expect(lab('hint').stdout).toBe('Hint 1/2: Use echo and a redirection.\n');
    expect(lab('hint').stdout).toMatch(/^Hint 2\/2: echo (apple|pear|plum) > ~\/answer\.txt\n$/);
    expect(lab('hint').stdout).toBe('no more hints (2 shown)\n');
    const noQuiz = lab('answer', 'q1=apple');
    expect(noQuiz).toMatchObject({ status: 2, stderr: 'lab answer: this exercise has no quiz\n' });
    expect(lab('reset', '--exercise').stdout).toBe('lab: exercise e1-word of 01-basics is back to its setup\n');
    const export1 = JSON.parse(lab('progress', '--export', '-').stdout);
    expect(export1).toMatchObject({ format: 'container-lab-progress-export', version: 1, lessons: [{ id: '01-basics', done: 0, exercises: [{ id: 'e1-word', done: false, hints: 2 }, { id: 'e2-quiz' }, { id: 'e3-copy' }] }, { id: '02-more', done: 0 }] });
    expect(Number.isInteger(export1.seed)).toBe(true);
  });
});
