import { embeddedState, type HistoryEntry, type Lang } from '../checkers/index.ts';
import type { Host } from '../runtime/host.ts';
import { loadEnginePersistence } from '../runtime/persist/engine-hook.ts';
import { restoreHost, saveHost, type HostImage } from '../runtime/persist/host-image.ts';
import { rebootHost } from '../runtime/services/reboot-host.ts';
import { ShellSession, type CommandResult } from '../runtime/session.ts';
import { freshExerciseHost, hostOptions, sessionOptions } from './exercise-host.ts';
import { LabTerminal, type RunIo } from './lab-terminal.ts';
import { drawParams, fillParams } from './lesson/params.ts';
import type { Exercise, Lesson, QuizQuestion } from './lesson/types.ts';
import { metaCommandOf, powerCommandAnswer, powerCommandOf, runMetaCommand, type MetaTarget, type RebootSummary } from './meta-commands.ts';
import type { CheckReport } from './report-text.ts';
import { letTimePass, MAX_THINK_MS, REPLAY_THINK_MS } from './think-time.ts';

/** How think-time passes between commands: a fixed 2 s (replays) or the real pause, capped (a person). */
export type ThinkTime = { kind: 'replay' } | { kind: 'real'; now: () => number };

export interface Saved {
  image: HostImage;
  history: HistoryEntry[];
  answers: Record<string, string[]>;
}

const toBytes = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

const STATEFUL_META = new Set(['answer', 'wait', 'reboot']);

const MAX_SNAPSHOTS = 50;
/** Bytes of each command's output the saved state keeps (the end: where `output` checks usually look). */
const SAVED_OUTPUT = 64 * 1024;

/**
 * One exercise in progress on its own host: runs the student's lines (meta commands included),
 * lets think-time pass, keeps the history the checks read, snapshots for undo, and checks.
 */
export class ExerciseSession implements MetaTarget {
  history: HistoryEntry[] = [];
  answers: Record<string, string[]> = {};
  hintsShown = 0;
  readonly params: Record<string, string>;
  private snapshots: Saved[] = [];
  private lastCommandEnd: number | null = null;

  private constructor(
    readonly lesson: Lesson,
    readonly exercise: Exercise,
    readonly seed: number,
    public lang: Lang,
    private readonly think: ThinkTime,
    public terminal: LabTerminal,
    public host: Host,
    public session: ShellSession,
  ) {
    this.params = drawParams(exercise.params, seed, lesson.id, exercise.id);
  }

  /** A fresh host with the exercise's setup, or the saved state of a student in the middle of it. */
  static async open(o: { lesson: Lesson; exercise: Exercise; seed: number; lang: Lang; think: ThinkTime; terminal: LabTerminal; saved?: Saved | null }): Promise<ExerciseSession> {
    const params = drawParams(o.exercise.params, o.seed, o.lesson.id, o.exercise.id);
    if (o.saved?.image.engine) await loadEnginePersistence();
    const { host, session } = o.saved
      ? restoreHost(o.saved.image, hostOptions(o.seed), sessionOptions(o.terminal))
      : await freshExerciseHost(o.lesson, [o.lesson.setup, o.exercise.setup], params, o.seed, o.terminal);
    const ex = new ExerciseSession(o.lesson, o.exercise, o.seed, o.lang, o.think, o.terminal, host, session);
    if (o.saved) {
      ex.history = o.saved.history;
      ex.answers = o.saved.answers;
    }
    return ex;
  }

  /** Runs one line as typed, then checks. */
  async run(line: string, io: RunIo = {}): Promise<{ result: CommandResult; report: CheckReport }> {
    const result = await this.exec(line, io);
    return { result, report: await this.check() };
  }

  /**
   * Runs one line as typed after the think-time; meta commands (`lab hint`) do not enter the
   * history, nor does a bare `reboot`, which the lab answers itself (see powerCommandOf).
   */
  async exec(line: string, io: RunIo = {}): Promise<CommandResult> {
    if (!this.terminal.fits(io)) this.reopenTerminal(io);
    this.terminal.attach({});
    await letTimePass(this.host, this.thinkMs());
    const meta = metaCommandOf(line);
    const power = meta ? null : powerCommandOf(line);
    // Asking for a hint or a check changes nothing: undo should skip over it.
    if (!power && (!meta || STATEFUL_META.has(meta.name))) this.snapshot();
    this.terminal.take();
    let result: CommandResult;
    try {
      if (meta || power) {
        const m = power ? powerCommandAnswer(power, this.lang) : await runMetaCommand(line, this);
        // The terminal carries bytes (one char per byte), like everything the session prints.
        result = { cmd: line, stdout: toBytes(m.stdout), stderr: toBytes(m.stderr), exit: m.exit };
        if (result.stdout) io.sink?.out(result.stdout);
        if (result.stderr) io.sink?.err(result.stderr);
      } else {
        this.terminal.attach(io);
        const r = await this.session.run(line);
        result = { ...r, ...this.terminal.take() };
        this.history.push({ cmd: line, stdout: result.stdout, stderr: result.stderr, exit: result.exit });
      }
    } finally {
      this.terminal.attach({});
      this.lastCommandEnd = this.think.kind === 'real' ? this.think.now() : 0;
    }
    return result;
  }

  /** The think-time a replay's grader leaves after the last line before it looks (as before any line). */
  async pause(): Promise<void> {
    await letTimePass(this.host, this.thinkMs());
  }

  private thinkMs(): number {
    if (this.lastCommandEnd === null) return 0;
    if (this.think.kind === 'replay') return REPLAY_THINK_MS;
    return Math.min(MAX_THINK_MS, Math.max(0, this.think.now() - this.lastCommandEnd));
  }

  async check(): Promise<CheckReport> {
    const ctx = { state: embeddedState(this.host, this.session), params: this.params, history: this.history, answers: this.answers, quiz: this.exercise.quiz, lang: this.lang };
    const r = await this.exercise.check.evaluate(ctx);
    // A list of checks compiles to `all`: its children are the goals the student sees.
    const items = Array.isArray(this.exercise.checkSource) && r.children ? r.children : [r];
    return { done: r.ok, items };
  }

  private snapshot(): void {
    this.snapshots.push({ image: saveHost(this.host, this.session), history: [...this.history], answers: { ...this.answers } });
    if (this.snapshots.length > MAX_SNAPSHOTS) this.snapshots.shift();
  }

  /** Back to the state before the last command; false when there is nothing to undo. */
  async undo(): Promise<boolean> {
    const s = this.snapshots.pop();
    if (!s) return false;
    this.restore(s);
    return true;
  }

  private restore(s: Saved): void {
    const { host, session } = restoreHost(s.image, hostOptions(this.seed), sessionOptions(this.terminal));
    this.host = host;
    this.session = session;
    this.history = s.history;
    this.answers = s.answers;
  }

  /** What `$LAB_HOME/state/<lesson>.json` keeps; a flood of output is kept only in part (it is rewritten per command). */
  save(): Saved {
    const history = this.history.map((h) => ({ ...h, stdout: h.stdout.slice(-SAVED_OUTPUT), stderr: h.stderr.slice(-SAVED_OUTPUT) }));
    return { image: saveHost(this.host, this.session), history, answers: this.answers };
  }

  /** A terminal of another kind (a TTY after a pipe): the same host, a new login shell on it. */
  private reopenTerminal(io: RunIo): void {
    this.terminal = new LabTerminal(io.interactive ?? this.terminal.interactive, io.tty ?? this.terminal.tty);
    this.session = new ShellSession(this.host, sessionOptions(this.terminal));
  }

  interrupt(): void {
    this.session.interrupt();
  }

  // MetaTarget: what `lab answer/hint/check/wait/reboot` need.
  quiz(): QuizQuestion[] {
    return this.exercise.quiz;
  }
  recordAnswers(answers: Record<string, string[]>): void {
    this.answers = { ...this.answers, ...answers };
  }
  hint(): string | null {
    const rung = this.exercise.hints[this.hintsShown];
    if (!rung) return null;
    this.hintsShown++;
    return fillParams(rung[this.lang], this.params);
  }
  hintCount(): { shown: number; total: number } {
    return { shown: this.hintsShown, total: this.exercise.hints.length };
  }
  async wait(seconds: number): Promise<void> {
    await letTimePass(this.host, seconds * 1000);
  }
  /** The host restarts; the student's shell died with it and a new login shell takes its place. */
  async reboot(): Promise<RebootSummary> {
    const r = await rebootHost(this.host, this.session);
    this.host = r.host;
    this.session = r.session;
    return { tookMs: r.tookMs };
  }
  solution(): string[] {
    return this.exercise.solution.map((l) => this.fill(l));
  }
  /** A line of the lesson with this student's parameters. */
  fill(line: string): string {
    return fillParams(line, this.params);
  }
}
