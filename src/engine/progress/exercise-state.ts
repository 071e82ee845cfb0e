import * as fs from 'node:fs';
import * as path from 'node:path';
import type { HistoryEntry } from '../../checkers/index.ts';
import type { HostImage } from '../../runtime/persist/host-image.ts';
import { keepAside, readJson, writeFileAtomic } from './atomic-file.ts';

const FORMAT = 'container-lab-exercise-state';

/** The exercise a student is in the middle of: its host, its commands, its quiz answers. */
export interface ExerciseState {
  format: typeof FORMAT;
  lesson: string;
  exercise: string;
  history: HistoryEntry[];
  answers: Record<string, string[]>;
  image: HostImage;
}

/** `$LAB_HOME/state/<lesson>.json`: one per lesson (a lesson has one host at a time). */
export function exerciseStateFile(home: string, lessonId: string): string {
  return path.join(home, 'state', `${lessonId}.json`);
}

/** Written after every command, so closing the lab (or a crash) loses at most the command running. */
export function saveExerciseState(home: string, s: Omit<ExerciseState, 'format'>): void {
  writeFileAtomic(exerciseStateFile(home, s.lesson), JSON.stringify({ format: FORMAT, ...s }), false);
}

/** The saved state, or null; an unusable file is kept as `.bak` and reported in `warnings`. */
export function loadExerciseState(home: string, lessonId: string, warnings: string[]): ExerciseState | null {
  const file = exerciseStateFile(home, lessonId);
  const read = readJson(file);
  if (read.kind === 'none') return null;
  const v = read.kind === 'ok' ? (read.value as Partial<ExerciseState> | null) : null;
  if (v && v.format === FORMAT && v.lesson === lessonId && typeof v.exercise === 'string' && Array.isArray(v.history) && v.image && typeof v.image === 'object') {
    return { ...(v as ExerciseState), answers: v.answers && typeof v.answers === 'object' ? v.answers : {} };
  }
  const bak = keepAside(file);
  warnings.push(`lab: the saved state of lesson ${lessonId} could not be used; it was kept as ${bak} and the exercise starts from its setup`);
  return null;
}

export function clearExerciseState(home: string, lessonId?: string): void {
  const target = lessonId ? exerciseStateFile(home, lessonId) : path.join(home, 'state');
  fs.rmSync(target, { recursive: true, force: true });
}
