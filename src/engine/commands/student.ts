import type { Lang } from '../../checkers/index.ts';
import { Lab, type OpenOptions } from '../lab.ts';
import { renderReport } from '../report-text.ts';

export interface StudentOptions {
  lesson?: string;
  lessons?: string;
  lang?: string;
}

const out = (s: string) => process.stdout.write(s);
const toUtf8 = (bytes: string): string => Buffer.from(bytes, 'latin1').toString('utf8');

/** Opens the lab under $LAB_HOME; warnings (a progress file kept aside) go to stderr. */
export async function openLab(o: StudentOptions, extra: OpenOptions = {}): Promise<Lab> {
  const lang = o.lang === undefined ? undefined : o.lang === 'zh' || o.lang === 'zh-CN' ? 'zh-CN' : o.lang === 'en' ? 'en' : null;
  if (lang === null) throw new StudentError(`lab: --lang ${o.lang}: expected en or zh-CN`);
  const lab = await Lab.open({ ...extra, lessonsDir: o.lessons, lang: lang as Lang | undefined });
  for (const w of lab.warnings) process.stderr.write(`${w}\n`);
  return lab;
}

/** A student's request that cannot be served; printed as is, exit 2. */
export class StudentError extends Error {
  override name = 'StudentError';
}

/** `lab list`: every lesson with how many of its exercises are done. */
export async function runList(o: StudentOptions): Promise<number> {
  const lab = await openLab(o);
  const rows = lab.lessons();
  if (rows.length === 0) throw new StudentError('lab: no lessons found');
  const width = Math.max(...rows.map((r) => r.id.length));
  for (const r of rows) out(`${r.id.padEnd(width)}  ${`${r.done}/${r.exercises}`.padStart(5)}  ${r.done === r.exercises ? '✓' : ' '} ${r.title}\n`);
  return 0;
}

/** `lab check`: the current exercise's goals against its saved state; exit 0 when done. */
export async function runCheck(o: StudentOptions): Promise<number> {
  const lab = await openLab(o);
  await lab.start(o.lesson);
  const report = await lab.check();
  out(`${lab.lesson.id} ${lab.index + 1}/${lab.lesson.exercises.length} ${lab.lesson.exercises[lab.index]!.id}\n`);
  out(renderReport(report, lab.language));
  return report.done ? 0 : 1;
}

/** `lab hint`: the next rung of the current exercise's ladder. */
export async function runHint(o: StudentOptions): Promise<number> {
  const lab = await openLab(o);
  await lab.start(o.lesson);
  const hint = lab.hint();
  const { shown, total } = lab.hintCount();
  out(hint === null ? `no more hints (${total} shown)\n` : `Hint ${shown}/${total}: ${hint.trimEnd()}\n`);
  return 0;
}

/** `lab answer q1=a,b`: answers the current exercise's quiz, then checks (as typed in the lab). */
export async function runAnswer(answers: string[], o: StudentOptions): Promise<number> {
  const lab = await openLab(o);
  await lab.start(o.lesson);
  const { result, report } = await lab.run(['lab', 'answer', ...answers].join(' '));
  process.stdout.write(toUtf8(result.stdout));
  process.stderr.write(toUtf8(result.stderr));
  if (result.exit !== 0) return result.exit;
  out(renderReport(report, lab.language));
  return report.done ? 0 : 1;
}
