import * as fs from 'node:fs';
import { clearExerciseState } from '../progress/exercise-state.ts';
import { openLab, StudentError, type StudentOptions } from './student.ts';

export type ResetScope = 'exercise' | 'lesson' | 'all';

/**
 * `lab reset --exercise`: the current exercise back to its setup; `--lesson`: the lesson's
 * progress and state forgotten; `--all`: every lesson's (the whole $LAB_HOME progress, seed included).
 */
export async function runLessonReset(scope: ResetScope, o: StudentOptions): Promise<number> {
  const lab = await openLab(o);
  if (scope === 'all') {
    fs.rmSync(`${lab.home}/progress.json`, { force: true });
    clearExerciseState(lab.home);
    process.stdout.write('lab: all progress and saved lab states were removed\n');
    return 0;
  }
  const lesson = lab.findLesson(o.lesson);
  if (scope === 'lesson') {
    lab.forgetLesson(lesson.id);
    process.stdout.write(`lab: lesson ${lesson.id} starts afresh (progress and saved state removed)\n`);
    return 0;
  }
  await lab.start(lesson.id);
  await lab.resetExercise();
  process.stdout.write(`lab: exercise ${lab.lesson.exercises[lab.index]!.id} of ${lesson.id} is back to its setup\n`);
  return 0;
}

export function resetScope(opts: { exercise?: boolean; lesson?: boolean | string; all?: boolean }): ResetScope | null {
  const picked = (['exercise', 'lesson', 'all'] as const).filter((k) => opts[k] !== undefined && opts[k] !== false);
  if (picked.length > 1) throw new StudentError(`lab reset: give one of --exercise, --lesson, --all (got ${picked.map((p) => `--${p}`).join(', ')})`);
  return picked[0] ?? null;
}
