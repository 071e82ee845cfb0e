import type { Lang } from '../checkers/index.ts';
import type { Host } from '../runtime/host.ts';
import type { CommandResult, ShellSession } from '../runtime/session.ts';
import { ExerciseSession, type ThinkTime } from './exercise-session.ts';
import { LabTerminal, type RunIo } from './lab-terminal.ts';
import { LessonCatalog } from './lesson/catalog.ts';
import { defaultLessonsDir } from './lessons-dir.ts';
import { fillParams } from './lesson/params.ts';
import type { Lesson } from './lesson/types.ts';
import { clearExerciseState, loadExerciseState, saveExerciseState } from './progress/exercise-state.ts';
import { labHome, ProgressStore } from './progress/store.ts';
import type { CheckReport } from './report-text.ts';
import { labSummary } from './summary.ts';

export type { CheckReport } from './report-text.ts';
export type { RunIo } from './lab-terminal.ts';

/** A request the lab cannot serve (an unknown lesson, no lessons at all): said to the student as is. */
export class LabError extends Error {
  override name = 'LabError';
}

export interface OpenOptions {
  home?: string;
  lessonsDir?: string;
  lang?: Lang;
  /** Replays (grading): a fixed 2 s of think-time between commands instead of the real pause. */
  replay?: boolean;
  /** Real milliseconds for the think-time between commands (tests pass a fake; default performance.now). */
  now?: () => number;
  /** The terminal the session starts with (the TUI: interactive, tty). */
  terminal?: { interactive?: boolean; tty?: boolean };
}

/**
 * The lab as the TUI and the `lab` commands use it: lessons, the current exercise on its host,
 * progress saved under $LAB_HOME after every command.
 */
export class Lab {
  /** Things the student should know (a progress file kept aside); the caller shows them. */
  readonly warnings: string[];
  private current: ExerciseSession | null = null;
  private currentLesson: Lesson | null = null;
  private currentIndex = 0;

  private constructor(
    readonly home: string,
    private readonly catalog: LessonCatalog,
    private readonly progress: ProgressStore,
    private lang: Lang,
    private readonly think: ThinkTime,
    private readonly terminalKind: { interactive: boolean; tty: boolean },
  ) {
    this.warnings = progress.warnings;
  }

  static async open(o: OpenOptions = {}): Promise<Lab> {
    const home = o.home ?? labHome();
    const catalog = new LessonCatalog(o.lessonsDir ?? defaultLessonsDir());
    const progress = new ProgressStore(home);
    const think: ThinkTime = o.replay ? { kind: 'replay' } : { kind: 'real', now: o.now ?? (() => performance.now()) };
    const terminal = { interactive: o.terminal?.interactive ?? false, tty: o.terminal?.tty ?? false };
    return new Lab(home, catalog, progress, o.lang ?? progress.data.lang, think, terminal);
  }

  /** Lessons that could not be loaded (so far), as `file:line: message` (validate tells the author). */
  get problems(): string[] {
    return this.catalog.problems;
  }

  lessons(): { id: string; title: string; exercises: number; done: number }[] {
    return this.catalog.all().map((l) => ({
      id: l.id,
      title: l.title[this.lang],
      exercises: l.exercises.length,
      done: l.exercises.filter((e) => this.progress.isDone(l.id, e.id)).length,
    }));
  }

  /** The student's seed (their parameters are drawn from it). */
  get seed(): number {
    return this.progress.data.seed;
  }

  /** Each exercise of a lesson: id, title, done, hints taken. */
  exerciseStatus(lessonId: string): { id: string; title: string; done: boolean; hints: number }[] {
    const lesson = this.findLesson(lessonId);
    const p = this.progress.data.lessons[lesson.id];
    return lesson.exercises.map((e) => ({ id: e.id, title: e.title[this.lang], done: this.progress.isDone(lesson.id, e.id), hints: p?.hints[e.id] ?? 0 }));
  }

  /** `07` or `07-containers`; no id: the lesson last started, else the first one not finished. */
  findLesson(lessonId?: string): Lesson {
    const ids = this.catalog.ids();
    if (ids.length === 0) throw new LabError('lab: no lessons found');
    const current = this.progress.data.current;
    const want = lessonId ?? (current && ids.includes(current) ? current : this.firstUnfinished());
    const prefixed = ids.filter((id) => id.startsWith(want));
    const id = ids.includes(want) ? want : prefixed.length === 1 ? prefixed[0]! : null;
    if (!id) throw new LabError(`lab: no lesson "${want}" (lessons: ${ids.join(', ')})`);
    const lesson = this.catalog.get(id);
    if (!lesson) throw new LabError(`lab: lesson ${id} cannot be loaded (run \`lab validate\`):\n${this.problems.filter((p) => p.includes(id)).join('\n')}`);
    return lesson;
  }

  private firstUnfinished(): string {
    const ids = this.catalog.ids();
    return ids.find((id) => this.catalog.get(id)?.exercises.some((e) => !this.progress.isDone(id, e.id))) ?? ids[0]!;
  }

  /** Opens a lesson at its first unfinished exercise, with the saved host if the student was in it. */
  async start(lessonId?: string): Promise<void> {
    const lesson = this.findLesson(lessonId);
    this.currentLesson = lesson;
    this.progress.data.current = lesson.id;
    this.progress.save();
    const first = lesson.exercises.findIndex((e) => !this.progress.isDone(lesson.id, e.id));
    const saved = loadExerciseState(this.home, lesson.id, this.warnings);
    const savedIndex = saved ? lesson.exercises.findIndex((e) => e.id === saved.exercise) : -1;
    const index = first >= 0 ? first : 0;
    await this.enter(index, savedIndex === index ? saved : null);
  }

  private async enter(index: number, saved: Parameters<typeof ExerciseSession.open>[0]['saved'] = null): Promise<void> {
    const lesson = this.lesson;
    const exercise = lesson.exercises[index]!;
    const terminal = new LabTerminal(this.terminalKind.interactive, this.terminalKind.tty);
    this.current = await ExerciseSession.open({ lesson, exercise, seed: this.progress.data.seed, lang: this.lang, think: this.think, terminal, saved });
    this.current.hintsShown = this.progress.lesson(lesson.id).hints[exercise.id] ?? 0;
    this.currentIndex = index;
    if (!saved) this.saveState();
  }

  get lesson(): Lesson {
    if (!this.currentLesson) throw new LabError('lab: no lesson started');
    return this.currentLesson;
  }
  get index(): number {
    return this.currentIndex;
  }
  private get ex(): ExerciseSession {
    if (!this.current) throw new LabError('lab: no lesson started');
    return this.current;
  }
  get session(): ShellSession {
    return this.ex.session;
  }
  get host(): Host {
    return this.ex.host;
  }
  get language(): Lang {
    return this.lang;
  }
  /** The current exercise's parameters (a port, a name), drawn from the student's seed. */
  get params(): Record<string, string> {
    return this.ex.params;
  }
  isDone(index = this.currentIndex): boolean {
    const e = this.lesson.exercises[index];
    return e ? this.progress.isDone(this.lesson.id, e.id) : false;
  }

  lessonText(): string {
    return this.lesson.text[this.lang];
  }
  taskText(): string {
    return fillParams(this.lesson.exercises[this.currentIndex]!.task[this.lang], this.ex.params);
  }

  /** One line as typed; the result's output is also what was shown live through `io.sink`. */
  async run(line: string, io: RunIo = {}): Promise<{ result: CommandResult; report: CheckReport }> {
    const r = await this.ex.run(line, io);
    this.afterCheck(r.report);
    this.saveState();
    return r;
  }

  async check(): Promise<CheckReport> {
    const report = await this.ex.check();
    this.afterCheck(report);
    return report;
  }

  /** Progress is written when it changes (a finished exercise, a hint taken), not after every command. */
  private afterCheck(report: CheckReport): void {
    const ex = this.ex;
    const hints = this.progress.lesson(this.lesson.id).hints;
    const hintTaken = hints[ex.exercise.id] !== ex.hintsShown;
    hints[ex.exercise.id] = ex.hintsShown;
    const finished = report.done && this.progress.markDone(this.lesson.id, ex.exercise.id);
    if (hintTaken || finished) this.progress.save();
  }

  hint(): string | null {
    const h = this.ex.hint();
    this.progress.lesson(this.lesson.id).hints[this.ex.exercise.id] = this.ex.hintsShown;
    this.progress.save();
    return h;
  }
  hintCount(): { shown: number; total: number } {
    return this.ex.hintCount();
  }
  solution(): string[] {
    return this.ex.solution();
  }

  async next(): Promise<void> {
    if (this.currentIndex + 1 < this.lesson.exercises.length) await this.goto(this.currentIndex + 1);
  }
  async prev(): Promise<void> {
    if (this.currentIndex > 0) await this.goto(this.currentIndex - 1);
  }
  /** Every exercise starts from its setup (what validate proved solvable), never from another's leftovers. */
  async goto(i: number): Promise<void> {
    if (!Number.isInteger(i) || i < 0 || i >= this.lesson.exercises.length) throw new LabError(`lab: no exercise ${i + 1} in ${this.lesson.id} (it has ${this.lesson.exercises.length})`);
    await this.enter(i);
  }

  async resetExercise(): Promise<void> {
    await this.enter(this.currentIndex);
  }
  async undo(): Promise<boolean> {
    const undone = await this.ex.undo();
    if (undone) this.saveState();
    return undone;
  }

  setLang(l: Lang): void {
    this.lang = l;
    if (this.current) this.current.lang = l;
    this.progress.data.lang = l;
    this.progress.save();
  }

  summary(): { containers: string[]; images: string[]; volumes: string[]; networks: string[] } {
    return labSummary(this.host);
  }

  interrupt(): void {
    this.current?.interrupt();
  }

  /** `lab reset --lesson`: forget the lesson's finished exercises, hints and saved host. */
  forgetLesson(lessonId: string): void {
    delete this.progress.data.lessons[lessonId];
    this.progress.save();
    clearExerciseState(this.home, lessonId);
  }

  private saveState(): void {
    saveExerciseState(this.home, { lesson: this.lesson.id, exercise: this.ex.exercise.id, ...this.ex.save() });
  }
}
