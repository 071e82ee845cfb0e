import type { CommandResult } from '../runtime/session.ts';
import { ExerciseSession } from './exercise-session.ts';
import { LabTerminal } from './lab-terminal.ts';
import type { Exercise, Lesson } from './lesson/types.ts';
import type { CheckReport } from './report-text.ts';

export interface ReplayOutcome {
  report: CheckReport;
  results: CommandResult[];
}

/**
 * Replays command lines on a fresh host of the exercise, as a student typing them with 2 s of
 * think-time between lines (and before the grader looks), then checks. In-process: no spawn.
 */
export async function replayLines(lesson: Lesson, exercise: Exercise, lines: string[], seed: number): Promise<ReplayOutcome> {
  const ex = await ExerciseSession.open({ lesson, exercise, seed, lang: 'en', think: { kind: 'replay' }, terminal: new LabTerminal(false, false) });
  const results: CommandResult[] = [];
  for (const line of lines) results.push(await ex.exec(ex.fill(line)));
  if (lines.length) await ex.pause();
  return { report: await ex.check(), results };
}
