// `lab start`'s terminal UI: a view over the lab model. It draws the lesson, the exercise and its
// goal checklist, the terminal; it routes keys to the status-bar actions or to the shell. It holds
// no rules: checks, hints, progress and snapshots are the model's.
import type blessed from 'blessed';
import type { CommandResult } from '../../runtime/session.ts';
import { ACTIONS } from './actions.ts';
import { checklistLines } from './checklist.ts';
import { actionFor, statusBar, type ActionName } from './keymap.ts';
import { createLayout, innerWidth, screenText, setTitle, type Layout, type ScreenIo } from './layout.ts';
import { loadMarkdown, sourceMarkdown, type MarkdownRenderer } from './markdown.ts';
import { messages } from './messages.ts';
import { localized, type CheckReport, type LabModel, type Lang } from './model.ts';
import { ShellTerminal } from './shell-terminal.ts';

export interface TuiOptions extends ScreenIo {
  lang: Lang;
  /** Pause on a finished exercise's success before moving on. */
  advanceDelayMs?: number;
  /** A renderer ready now (tests); otherwise marked-terminal is loaded after the first frame. */
  markdown?: MarkdownRenderer;
  /** Called once the lesson and the prompt are on the screen (startup measurement). */
  onFirstFrame?: (tui: LabTui) => void;
  /** A screen already showing the loading frame (see `loadingFrame`). */
  layout?: Layout;
  /** Keys pressed on the loading frame, to handle once the prompt is there. */
  earlyKeys?: [string, blessed.KeyEvent][];
}

/** An open overlay (lesson list, state view) takes the keys until it closes. */
export interface Overlay {
  el: blessed.Element;
  key(ch: string, key: blessed.KeyEvent): void;
}

export class LabTui {
  readonly layout: Layout;
  readonly shell: ShellTerminal;
  lang: Lang;
  report: CheckReport | null = null;
  /** Lines under the checklist: hints, the solution, success. */
  notes: string[] = [];
  /** Commands run in the current exercise (the solution opens after one). */
  attempts = 0;
  hintsShown = 0;
  overlay: Overlay | null = null;
  private markdown: MarkdownRenderer;
  private busy: Promise<void> = Promise.resolve();
  private finished = false;
  private resolveExit!: (code: number) => void;
  readonly exited = new Promise<number>((r) => (this.resolveExit = r));

  constructor(
    readonly model: LabModel,
    private readonly options: TuiOptions,
  ) {
    this.lang = options.lang;
    this.markdown = options.markdown ?? sourceMarkdown;
    this.layout = options.layout ?? createLayout(options);
    this.shell = new ShellTerminal(model, {
      changed: () => this.drawTerminal(),
      ran: (result, report) => this.afterCommand(result, report),
      quit: () => this.quit(0),
      track: (p) => this.track(p),
    });
    const { screen } = this.layout;
    screen.on('keypress', (ch: string, key: blessed.KeyEvent) => this.onKey(ch, key));
    screen.on('resize', () => this.redraw());
  }

  /** First frame, then the prompt; the markdown renderer is upgraded in the background. */
  async start(): Promise<void> {
    // Terminals (or tmux setups) that do not pass F-keys have the Alt keys: said once, up front.
    this.shell.scrollback.write(`\x1b[2m${messages(this.lang).keysHelp}\x1b[22m\n`);
    this.report = await this.model.check();
    this.redraw();
    await this.shell.prompt();
    this.options.onFirstFrame?.(this);
    this.replay(this.options.earlyKeys ?? []);
    if (!this.options.markdown) {
      // After the first frame: the import blocks the event loop for a few hundred ms.
      setTimeout(() => {
        void loadMarkdown().then(
          (m) => {
            this.markdown = m;
            if (!this.finished) this.redraw();
          },
          // The lesson stays readable as markdown source; the student is told why it looks plain.
          (e: unknown) => this.note(`lab: the lesson renderer could not be loaded (${(e as Error).message}); showing the markdown source`),
        );
      }, 20);
    }
  }

  // --- drawing ---------------------------------------------------------------------------------
  redraw(): void {
    if (this.finished) return;
    this.drawLesson();
    this.drawGoals();
    this.drawStatus();
    this.drawTerminal();
  }

  drawLesson(): void {
    const { lesson } = this.layout;
    const m = messages(this.lang);
    setTitle(lesson, `${m.lesson}: ${localized(this.model.lesson.title, this.lang)}`);
    lesson.setContent(this.markdown(this.model.lessonText(), innerWidth(lesson, 3)));
  }

  drawGoals(): void {
    const { goals } = this.layout;
    const m = messages(this.lang);
    const ex = this.model.lesson.exercises[this.model.index];
    setTitle(goals, `${m.exercise(this.model.index + 1, this.model.lesson.exercises.length)}: ${ex ? localized(ex.title, this.lang) : ''}`);
    const lines = [this.markdown(this.model.taskText(), innerWidth(goals, 3)).replace(/\n+$/, '')];
    for (const q of ex?.quiz ?? []) {
      if (q === ex!.quiz![0]) lines.push('', m.quiz);
      lines.push(`${q.id}. ${localized(q.prompt, this.lang)}`, ...q.options.map((o) => `   [${o.id}] ${localized(o.text, this.lang)}`));
    }
    lines.push('', `\x1b[1m${m.goals}\x1b[22m`);
    lines.push(...(this.report ? checklistLines(this.report) : [m.notChecked]));
    if (this.notes.length) lines.push('', ...this.notes);
    goals.setContent(lines.join('\n'));
    // A new exercise shows its task from the top; after a command or a note, the goals and the
    // newest note (a hint, the success) at the bottom are what the student must see.
    goals.setScrollPerc(this.notes.length || this.attempts > 0 ? 100 : 0);
    this.layout.screen.render();
  }

  drawStatus(): void {
    const { status, screen } = this.layout;
    status.setContent(statusBar(this.lang, screen.width, (s) => status.strWidth(s)));
  }

  drawTerminal(): void {
    if (this.finished) return;
    const { terminal, screen } = this.layout;
    this.shell.width = innerWidth(terminal, 0);
    setTitle(terminal, `${messages(this.lang).terminal}${this.shell.running ? ' …' : ''}`);
    terminal.setContent(this.shell.render(!this.overlay));
    terminal.setScrollPerc(100);
    screen.render();
  }

  /** What is on the screen now, as text (tests, debugging). */
  screenText(): string {
    return screenText(this.layout.screen);
  }

  // --- keys and actions ------------------------------------------------------------------------
  private onKey(ch: string, key: blessed.KeyEvent): void {
    if (this.finished || !key) return;
    if (key.name === 'return') return; // blessed follows it with "enter"
    if (this.overlay) return this.overlay.key(ch, key);
    const action = actionFor(key);
    if (action) return this.perform(action);
    if (key.name === 'pageup' || key.name === 'pagedown') {
      const { lesson } = this.layout;
      lesson.scroll((key.name === 'pageup' ? -1 : 1) * Math.max(1, lesson.height - 3));
      this.layout.screen.render();
      return;
    }
    this.shell.key({ name: key.name, ctrl: key.ctrl, meta: key.meta, shift: key.shift, ch: ch ?? undefined });
  }

  /**
   * Actions run one at a time; those that change the lab state wait for the running command to
   * end (a key pressed while it runs is kept, as type-ahead is); hint, state, language and quit act now.
   */
  perform(action: ActionName): void {
    const passive = action === 'hint' || action === 'state' || action === 'quit' || action === 'lang';
    const run = () => ACTIONS[action](this);
    const task = passive ? Promise.resolve().then(run) : this.busy.then(() => this.shell.idle).then(run);
    const done = task.catch((e: unknown) => this.note(`lab: ${(e as Error).message}`));
    if (!passive) this.busy = done;
    this.track(done);
  }

  private inflight = 0;
  /** Counts work in progress, so tests (and the startup measurement) can wait for a still screen. */
  track(p: Promise<unknown>): void {
    this.inflight++;
    void p.finally(() => this.inflight--);
  }

  note(text: string): void {
    this.notes.push(text);
    this.drawGoals();
  }

  /** The exercise changed (next, prev, reset, a lesson chosen): fresh goals, a marker in the terminal. */
  async exerciseChanged(announce = true): Promise<void> {
    this.notes = [];
    this.attempts = 0;
    this.hintsShown = 0;
    this.report = await this.model.check();
    if (announce) {
      const m = messages(this.lang);
      const ex = this.model.lesson.exercises[this.model.index];
      this.shell.scrollback.write(`\n\x1b[33m── ${m.exercise(this.model.index + 1, this.model.lesson.exercises.length)}: ${ex ? localized(ex.title, this.lang) : ''} ──\x1b[39m\n`);
      await this.shell.prompt();
    }
    this.redraw();
  }

  private async afterCommand(_result: CommandResult, report: CheckReport): Promise<void> {
    this.attempts++;
    this.report = report;
    const m = messages(this.lang);
    if (!report.done) return this.drawGoals();
    const last = this.model.index >= this.model.lesson.exercises.length - 1;
    this.notes = [`\x1b[1;32m${m.success}\x1b[0m`, last ? m.lessonDone : m.successNext];
    // Also in the terminal, where the student's eyes are, and where it stays.
    this.shell.scrollback.write(`\x1b[1;32m${m.success}\x1b[0m\n`);
    this.drawGoals();
    if (last) return;
    const before = this.model.index;
    await new Promise((r) => setTimeout(r, this.options.advanceDelayMs ?? 1500));
    if (this.finished) return;
    if (this.model.index === before) await this.model.next();
    await this.exerciseChanged(false);
    const ex = this.model.lesson.exercises[this.model.index];
    this.shell.scrollback.write(`\x1b[33m── ${m.exercise(this.model.index + 1, this.model.lesson.exercises.length)}: ${ex ? localized(ex.title, this.lang) : ''} ──\x1b[39m\n`);
  }

  /** Waits until nothing is pending but, perhaps, a command waiting for typed input (tests). */
  async settled(): Promise<void> {
    for (;;) {
      const quiet = this.inflight === 0 || (this.inflight === 1 && this.shell.awaitingInput);
      if (quiet) return;
      await new Promise((r) => setTimeout(r, 1));
    }
  }

  quit(code: number): void {
    if (this.finished) return;
    if (this.shell.running) this.model.interrupt();
    this.finished = true;
    try {
      this.layout.screen.destroy();
    } catch {
      // The terminal is gone (its window closed: EIO): there is nothing left to restore.
    }
    this.resolveExit(code);
  }

  /** Keys typed while the loading frame showed: handled now, in order, as if typed just now. */
  replay(keys: [string, blessed.KeyEvent][]): void {
    for (const [ch, key] of keys) this.onKey(ch, key);
  }
}
