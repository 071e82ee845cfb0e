import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runLab, tempDir } from './run-lab.ts';

describe('lab validate', () => {
  it('replays every solution and wrong attempt of valid lessons: exit 0, a line per exercise', () => {
    const r = runLab(['validate', join(FIXTURES, 'lessons')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.replace(/\(\d+ ms\)/g, '(T)').replace(/\([\d.]+ s\)/, '(T)').split('\n');
    expect(lines).toEqual([
      '01-basics: 3 exercises, all valid (T)',
      '  ok   e1-word: solution passes, 2 wrong attempts fail',
      '  ok   e2-quiz: solution passes, 1 wrong attempt fails',
      '  ok   e3-copy: solution passes, 1 wrong attempt fails',
      '02-more: 2 exercises, all valid (T)',
      '  ok   e1-box: solution passes, 1 wrong attempt fails',
      '  ok   e2-output: solution passes, 1 wrong attempt fails',
      'lab validate: 2 lessons, 5 exercises, no problems (T)',
      '',
    ]);
  });

  it('fails (exit 1) on a solution that does not pass, a wrong attempt that passes, a setup that already passes or breaks, an unbuilt host', () => {
    const dir = join(FIXTURES, 'replay-failures');
    const r = runLab(['validate', dir]);
    expect(r.status).toBe(1);
    const out = r.stdout.replaceAll(`${dir}/`, '');
    expect(out).toContain('  FAIL e1-solution-fails\n       01-bad/exercises.yaml:5: the solution does not pass: file /root/a.txt exists (there is no file /root/a.txt)\n         `no-such-command` exited 127: bash: line 1: no-such-command: command not found\n');
    expect(out).toContain('  FAIL e2-wrong-passes\n       01-bad/exercises.yaml:23: wrong[0] passes every check, but should fail (should have failed)\n');
    expect(out).toContain('  FAIL e3-done-at-setup\n       01-bad/exercises.yaml:27: the checks already pass on the setup alone');
    expect(out).toContain('  FAIL e4-setup-fails\n       01-bad/exercises.yaml:40: setup.images: `docker pull -q no-such-image` exited 1: Error response from daemon: pull access denied for no-such-image');
    expect(out).toContain('  FAIL e1-file\n       02-centos/exercises.yaml:6: lesson 02-centos: host "centos7" is not built yet');
    expect(out).toMatch(/lab validate: 2 lessons, 5 exercises, 5 problems \(/);
  });

  it('reports a lesson that does not parse with file:line errors, exit 1', () => {
    const dir = tempDir('lab-validate-');
    cpSync(join(FIXTURES, 'lessons', '01-basics'), join(dir, '01-basics'), { recursive: true });
    const yaml = join(dir, '01-basics', 'exercises.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('    solution: [ "cp ~/notes/readme.txt ~/copy.txt" ]', '    solution: cp'));
    const r = runLab(['validate', join(dir, '01-basics')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`01-basics: does not load\n  ${yaml}:51: exercise e3-copy.solution: expected a list, got string "cp"\n`);
  });

  it('says so when there is nothing to validate', () => {
    const r = runLab(['validate', tempDir('lab-empty-')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^lab validate: no lessons in /);
  });
});
