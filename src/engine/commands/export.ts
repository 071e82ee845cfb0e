import { writeFileAtomic } from '../progress/atomic-file.ts';
import { openLab, type StudentOptions } from './student.ts';

/**
 * `lab progress --export FILE` (or `-` for standard output): what the student finished, lesson by
 * lesson, as JSON a teacher can collect. The seed is included: it fixes the student's parameters.
 */
export async function runProgressExport(file: string | undefined, o: StudentOptions): Promise<number> {
  const lab = await openLab(o);
  const report = {
    format: 'container-lab-progress-export',
    version: 1,
    exportedAt: new Date().toISOString(),
    seed: lab.seed,
    lessons: lab.lessons().map((l) => ({
      id: l.id,
      title: l.title,
      done: l.done,
      exercises: lab.exerciseStatus(l.id),
    })),
  };
  const text = `${JSON.stringify(report, null, 2)}\n`;
  if (file === undefined) {
    // Without --export: a short table for the student.
    for (const l of report.lessons) process.stdout.write(`${l.id}  ${l.done}/${l.exercises.length}  ${l.exercises.map((e) => (e.done ? '✓' : '·')).join('')}\n`);
    return 0;
  }
  if (file === '-') process.stdout.write(text);
  else {
    writeFileAtomic(file, text);
    process.stderr.write(`lab: progress exported to ${file}\n`);
  }
  return 0;
}
