import * as path from 'node:path';
import { NotBuiltError, SetupError } from '../exercise-host.ts';
import { lessonDirs, loadLesson } from '../lesson/load.ts';
import type { Exercise, Lesson } from '../lesson/types.ts';
import { replayLines } from '../replay.ts';
import type { CheckReport } from '../report-text.ts';

export interface ValidateOptions {
  /** The student seed parameters are drawn from (each seed gives other ports and names). */
  seed?: number;
  write?: (s: string) => void;
}

/**
 * `lab validate [DIR]`: every lesson parses; on a fresh host each solution meets every check,
 * each wrong attempt misses at least one, and the setup alone is not already a solution.
 * Returns the exit status: 1 on any failure.
 */
export async function runValidate(dir: string, o: ValidateOptions = {}): Promise<number> {
  const write = o.write ?? ((s: string) => process.stdout.write(s));
  const dirs = lessonDirs(dir);
  if (dirs.length === 0) {
    write(`lab validate: no lessons in ${dir} (a lesson is a folder NN-slug with exercises.yaml)\n`);
    return 1;
  }
  const started = performance.now();
  let failures = 0;
  let exercises = 0;
  for (const d of dirs) {
    const t0 = performance.now();
    const loaded = loadLesson(d);
    if (!loaded.lesson) {
      write(`${path.basename(d)}: does not load\n${loaded.errors.map((e) => `  ${e}\n`).join('')}`);
      failures += loaded.errors.length;
      continue;
    }
    const lines: string[] = [];
    let lessonFailures = 0;
    for (const ex of loaded.lesson.exercises) {
      const problems = await validateExercise(loaded.lesson, ex, o.seed ?? 1);
      exercises++;
      lessonFailures += problems.length;
      lines.push(problems.length === 0 ? `  ok   ${ex.id}: solution passes, ${ex.wrong.length} wrong attempt${ex.wrong.length === 1 ? '' : 's'} fail${ex.wrong.length === 1 ? 's' : ''}\n` : `  FAIL ${ex.id}\n${problems.map((p) => `       ${p}\n`).join('')}`);
    }
    failures += lessonFailures;
    write(`${loaded.lesson.id}: ${loaded.lesson.exercises.length} exercises, ${lessonFailures ? `${lessonFailures} problem${lessonFailures === 1 ? '' : 's'}` : 'all valid'} (${Math.round(performance.now() - t0)} ms)\n${lines.join('')}`);
  }
  const secs = ((performance.now() - started) / 1000).toFixed(2);
  write(`lab validate: ${dirs.length} lesson${dirs.length === 1 ? '' : 's'}, ${exercises} exercises, ${failures ? `${failures} problem${failures === 1 ? '' : 's'}` : 'no problems'} (${secs} s)\n`);
  return failures ? 1 : 0;
}

/** The problems of one exercise, each a line naming the file line it comes from. */
async function validateExercise(lesson: Lesson, ex: Exercise, seed: number): Promise<string[]> {
  const file = path.join(lesson.dir, 'exercises.yaml');
  const at = `${file}:${ex.line}`;
  try {
    const problems: string[] = [];
    const before = await replayLines(lesson, ex, [], seed);
    if (before.report.done) problems.push(`${at}: the checks already pass on the setup alone: the exercise would be done before the student types anything`);
    const solved = await replayLines(lesson, ex, ex.solution, seed);
    if (!solved.report.done) problems.push(`${at}: the solution does not pass: ${missing(solved.report)}${commandFailures(solved.results)}`);
    for (const [i, w] of ex.wrong.entries()) {
      const attempt = await replayLines(lesson, ex, w.run, seed);
      if (attempt.report.done) problems.push(`${file}:${w.line}: wrong[${i}] passes every check, but should fail (${w.reason.en})`);
    }
    return problems;
  } catch (e) {
    if (e instanceof NotBuiltError || e instanceof SetupError) return [`${at}: ${e.message}`];
    throw e;
  }
}

function missing(report: CheckReport): string {
  return report.items
    .filter((i) => !i.ok)
    .map((i) => `${i.label}${i.detail ? ` (${i.detail})` : ''}`)
    .join('; ');
}

/** Solution lines that failed explain most broken solutions (a typo, an image not in the catalog). */
function commandFailures(results: { cmd: string; exit: number; stderr: string }[]): string {
  const bad = results.filter((r) => r.exit !== 0);
  return bad.map((r) => `\n         \`${r.cmd}\` exited ${r.exit}${r.stderr ? `: ${r.stderr.trim().split('\n')[0]}` : ''}`).join('');
}
