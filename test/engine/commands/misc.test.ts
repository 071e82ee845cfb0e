import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runLab, tempDir } from './run-lab.ts';

const LESSONS = ['--lessons', join(FIXTURES, 'lessons')];

describe('lab reset (workspace), a corrupt progress file, lab new', () => {
  it('keeps `lab reset` without flags for the workspace host', () => {
    const ws = tempDir('lab-ws-');
    const r = runLab(['reset', '--workdir', ws]);
    expect(r).toMatchObject({ status: 0, stdout: "lab: the workspace's host was reset; the next command starts on a fresh host\n" });
  });

  it('warns about a corrupt progress file and goes on', () => {
    const home = tempDir('lab-student-');
    writeFileSync(join(home, 'progress.json'), 'garbage');
    const r = runLab(['list', ...LESSONS], { home });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^lab: .*progress\.json could not be used \(not JSON .*\); it was kept as .*progress\.json\.bak and your progress starts afresh\n$/);
    expect(readFileSync(join(home, 'progress.json.bak'), 'utf8')).toBe('garbage');
  });

  it('scaffolds a lesson non-interactively that validates as it is', () => {
    const dir = tempDir('lab-new-');
    const r = runLab(['new', '--id', '15-extra', '--title-en', 'Extra', '--title-zh', '额外', '--dir', dir]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`lab new: created ${join(dir, '15-extra')} (lesson.md, lesson.zh-CN.md, exercises.yaml); check it with \`lab validate ${join(dir, '15-extra')}\`\n`);
    expect(runLab(['validate', join(dir, '15-extra')]).status).toBe(0);
    expect(runLab(['new', '--title-en', 'x', '--dir', dir])).toMatchObject({ status: 2, stderr: 'lab new: --id is required without a terminal to ask on\n' });
    expect(runLab(['new', '--id', 'extra', '--dir', dir])).toMatchObject({ status: 2, stderr: 'lab new: --id extra: two digits, a dash, then a-z 0-9 -\n' });
  });
});
