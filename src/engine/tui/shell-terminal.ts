// The terminal pane's behaviour, without blessed: the student's line editing at the prompt, each
// command run through the lab model with live output, and typed input handed to programs that read
// the terminal while they run (`cat`, `read`, the shell of `docker run -it`), Ctrl-P Ctrl-Q included.
import { parseScript } from '../../runtime/shell/parse/parse.ts';
import { expandPrompt } from '../../runtime/shell/interpreter/prompt.ts';
import type { CommandResult } from '../../runtime/session.ts';
import { complete } from './completer.ts';
import { LineEditor, type Key } from './line-editor.ts';
import type { CheckReport, LabModel } from './model.ts';
import { runtimeCompletion } from './runtime-completion.ts';
import { Scrollback } from './scrollback.ts';

/** Docker's default detach keys, passed to the program reading the terminal. */
const DETACH = '\x10\x11';
const toUtf8 = (bytes: string) => Buffer.from(bytes, 'latin1').toString('utf8');
const fromUtf8 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

/** Lines typed while a command runs; Ctrl-D is null. */
class TypedInput {
  private queue: (string | null)[] = [];
  private waiter: ((l: string | null) => void) | null = null;
  /** A program is blocked reading the terminal. */
  get waiting(): boolean {
    return this.waiter !== null;
  }
  push(line: string | null): void {
    const w = this.waiter;
    this.waiter = null;
    if (w) w(line);
    else this.queue.push(line);
  }
  next(): Promise<string | null> {
    if (this.queue.length) return Promise.resolve(this.queue.shift()!);
    return new Promise((r) => (this.waiter = r));
  }
  /** At the command's end: the lines typed ahead that no program read (they go to the shell next). */
  drain(): string[] {
    const lines = this.queue.filter((l): l is string => l !== null && l.endsWith('\n'));
    this.queue = [];
    this.waiter = null;
    return lines;
  }
  /**
   * Ctrl-C: the signal has cancelled the program's read, but the kernel still waits for the typed
   * line it asked for; an end of input wakes it (the cancelled read drops it).
   */
  cancel(): void {
    this.queue = [];
    const w = this.waiter;
    this.waiter = null;
    if (w) setImmediate(() => w(null));
  }
}

export interface ShellTerminalHooks {
  /** Something to redraw. */
  changed(): void;
  /** A command finished; the model checked the exercise. */
  ran(result: CommandResult, report: CheckReport): void | Promise<void>;
  /** The student left the shell (`exit`, Ctrl-D at the prompt). */
  quit(): void;
  /** Work started by a key (a command, a prompt): the owner may wait for it. */
  track?(work: Promise<unknown>): void;
}

export class ShellTerminal {
  readonly scrollback = new Scrollback();
  /** The prompt's editor; programs reading the terminal get their own, with its own history. */
  readonly editor: LineEditor;
  private readonly liveEditor = new LineEditor();
  private readonly typed = new TypedInput();
  /** Lines typed while a command ran that no program read, and the unfinished one. */
  private typeAhead: string[] = [];
  private partial = '';
  private continuation = '';
  private ctrlP = false;
  running = false;
  /** The running command waits for the student to type. */
  get awaitingInput(): boolean {
    return this.running && this.typed.waiting;
  }
  /** Columns of the pane, for listing completions. */
  width = 80;
  /** Settles when the current command (if any) and the prompt after it are done. */
  idle: Promise<void> = Promise.resolve();

  constructor(
    private readonly model: LabModel,
    private readonly hooks: ShellTerminalHooks,
  ) {
    const source = runtimeCompletion(() => model);
    this.editor = new LineEditor((line, cursor) => complete(line, cursor, source));
  }

  /** Shows the shell's prompt (PS1 expanded in the model, as bash would). */
  async prompt(): Promise<void> {
    const sh = this.model.session.shell;
    const ps = this.continuation ? (sh.vars.get('PS2') ?? '> ') : (sh.vars.get('PS1') ?? '$ ');
    const r = await this.model.host.kernel.runUntil(expandPrompt(sh, ps));
    this.scrollback.write(toUtf8(typeof r === 'object' && 'value' in r ? r.value : '$ '));
    this.hooks.changed();
  }

  /** The pane's text with the line being edited and an inverse-video cursor. */
  render(withCursor = true): string {
    const ed = this.running ? this.liveEditor : this.editor;
    const v = ed.view();
    const chars = Array.from(v.text);
    const at = chars[v.cursor] ?? ' ';
    const cursor = withCursor ? `\x1b[7m${at}\x1b[27m` : at === ' ' && v.cursor >= chars.length ? '' : at;
    const line = v.prefix + chars.slice(0, v.cursor).join('') + cursor + chars.slice(v.cursor + 1).join('');
    return this.scrollback.render(line);
  }

  private work(p: Promise<void>): void {
    this.idle = p;
    this.hooks.track?.(p);
  }

  key(key: Key): void {
    if (this.running) this.keyWhileRunning(key);
    else this.keyAtPrompt(key);
    this.hooks.changed();
  }

  private keyAtPrompt(key: Key): void {
    const ev = this.editor.feed(key);
    switch (ev.kind) {
      case 'submit':
        this.scrollback.write(`${ev.line}\n`);
        this.work(this.submit(ev.line));
        return;
      case 'interrupt':
        // bash shows ^C after the abandoned line and a fresh prompt.
        this.scrollback.write(`${ev.line}^C\n`);
        this.continuation = '';
        this.work(this.prompt());
        return;
      case 'eof':
        if (this.continuation === '') this.hooks.quit();
        return;
      case 'clear':
        this.scrollback.clear();
        return;
      case 'list':
        this.scrollback.write(`${this.editor.text}\n${columns(ev.items, this.width)}\n`);
        this.work(this.prompt());
        return;
      default:
    }
  }

  private keyWhileRunning(key: Key): void {
    const wasP = this.ctrlP;
    this.ctrlP = key.ctrl === true && key.name === 'p';
    if (this.ctrlP) return;
    if (wasP && key.ctrl && key.name === 'q') {
      this.typed.push(DETACH);
      return;
    }
    if (key.ctrl && key.name === 'c') {
      // The terminal echoes ^C; bash starts a new line after a job that SIGINT killed.
      this.scrollback.write('^C\n');
      this.liveEditor.reset();
      this.model.interrupt();
      this.typed.cancel();
      return;
    }
    const ev = this.liveEditor.feed(key);
    if (ev.kind === 'submit') {
      // The terminal echoes what was typed; the program gets the line with its newline.
      this.scrollback.write(`${ev.line}\n`);
      this.typed.push(`${fromUtf8(ev.line)}\n`);
    } else if (ev.kind === 'eof') this.typed.push(null);
  }

  /** Runs a complete command line (or collects the lines of an incomplete one). */
  private async submit(line: string): Promise<void> {
    const source = this.continuation ? `${this.continuation}\n${line}` : line;
    if (parseScript(source).incomplete) {
      this.continuation = source;
      return this.prompt();
    }
    this.continuation = '';
    if (source.trim() === '') return this.prompt();
    await this.execute(source);
    if (!this.model.session.proc.alive) {
      this.hooks.quit();
      return;
    }
    await this.prompt();
    const next = this.typeAhead.shift();
    if (next !== undefined) {
      // bash reads the typed-ahead line after its prompt and shows it there.
      this.scrollback.write(`${next}\n`);
      if (next.trim() !== '') this.editor.history.push(next);
      return this.submit(next);
    }
    this.takePartial();
  }

  /** The unfinished type-ahead goes in front of what was typed since the command ended. */
  private takePartial(): void {
    if (this.partial) this.editor.set(this.partial + this.editor.text);
    this.partial = '';
  }

  /** Runs one command through the model, showing its output as it comes. */
  async execute(source: string): Promise<void> {
    this.running = true;
    // bash's checkwinsize keeps COLUMNS at the terminal's width; the model has no window-size ioctl,
    // so programs (ls's columns) read it from the environment: exported here for them.
    this.model.session.shell.vars.set('COLUMNS', String(this.width), { exported: true });
    this.hooks.changed();
    let live = false;
    const show = (s: string) => {
      live = true;
      this.scrollback.write(toUtf8(s));
      this.hooks.changed();
    };
    try {
      const { result, report } = await this.model.run(fromUtf8(source), {
        sink: { out: show, err: show },
        liveInput: () => this.typed.next(),
        interactive: true,
        tty: true,
      });
      // A model that collects instead of streaming still shows what the command printed.
      if (!live) this.scrollback.write(toUtf8(result.stdout + result.stderr));
      this.running = false;
      // As a terminal keeps type-ahead for the shell: whole lines run next, a partial one is edited.
      this.typeAhead.push(...this.typed.drain().map((l) => toUtf8(l).slice(0, -1)));
      this.partial = this.liveEditor.text;
      this.liveEditor.reset();
      if (this.typeAhead.length === 0) this.takePartial();
      await this.hooks.ran(result, report);
    } catch (e) {
      this.running = false;
      this.scrollback.write(`lab: internal error: ${(e as Error).message}\n`);
    }
  }
}

/** Completion candidates in columns, as bash lists them. */
function columns(items: string[], width: number): string {
  const w = Math.max(...items.map((i) => i.length)) + 2;
  const per = Math.max(1, Math.floor(width / w));
  const rows: string[] = [];
  for (let i = 0; i < items.length; i += per) rows.push(items.slice(i, i + per).map((s) => s.padEnd(w)).join('').trimEnd());
  return rows.join('\n');
}
