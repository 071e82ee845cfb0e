/**
 * Every shipped lesson through `lab validate` (in-process: the same runValidate the command runs):
 * each parses, each solution passes on a fresh host, each wrong attempt fails.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { runValidate } from '../../src/engine/commands/validate.ts';
import { lessonDirs } from '../../src/engine/lesson/load.ts';
import { tempDir } from './commands/run-lab.ts';

const LESSONS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lessons');

async function validate(dir: string): Promise<{ status: number; out: string }> {
  let out = '';
  const status = await runValidate(dir, { write: (s) => (out += s) });
  return { status, out };
}

describe('the shipped lessons', () => {
  it('exist', () => {
    expect(existsSync(LESSONS)).toBe(true);
    expect(lessonDirs(LESSONS).length).toBeGreaterThan(0);
  });

  for (const dir of existsSync(LESSONS) ? lessonDirs(LESSONS) : []) {
    it(`${dir.split('/').pop()} validates`, async () => {
      const r = await validate(dir);
      expect(r.status, r.out).toBe(0);
    }, 60_000);
  }

  it('validate fails when a lesson breaks (a solution that does nothing)', async () => {
    const first = lessonDirs(LESSONS)[0]!;
    const copy = join(tempDir('lab-broken-lesson-'), first.split('/').pop()!);
    cpSync(first, copy, { recursive: true });
    const file = join(copy, 'exercises.yaml');
    const doc = parseDocument(readFileSync(file, 'utf8'));
    doc.setIn(['exercises', 0, 'solution'], doc.createNode(['true']));
    writeFileSync(file, doc.toString());
    const r = await validate(copy);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/FAIL .*\n.*exercises\.yaml:\d+: the solution does not pass/);
  }, 60_000);
});
