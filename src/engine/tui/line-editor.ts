// The terminal pane's line editor: readline's keys (emacs mode) over a buffer of code points.
// Pure state: keys in, events out; the pane draws `view()`. Independent of blessed so it is tested
// alone; the key shape is blessed's (name + ctrl/meta flags) but any source can build it.
import { CTRL, META, PLAIN } from './editor-keys.ts';

/** A key press: `name` as blessed/node readline name it ("left", "a", "enter"), `ch` the typed text. */
export interface Key {
  name?: string;
  ctrl?: boolean;
  meta?: boolean;
  shift?: boolean;
  ch?: string;
}

/** What the owner must do after a key. */
export type EditorEvent =
  | { kind: 'none' }
  | { kind: 'submit'; line: string }
  | { kind: 'interrupt'; line: string }
  | { kind: 'eof' }
  | { kind: 'clear' }
  | { kind: 'list'; items: string[] };

/** Completion of the word at the cursor: replace [start, cursor) by one of the candidates. */
export interface Completion {
  start: number;
  candidates: { text: string; suffix: string }[];
}
export type Completer = (line: string, cursor: number) => Completion;

interface Search {
  query: string;
  /** index in history of the current match, or -1 */
  at: number;
  saved: { chars: string[]; cursor: number };
  failed: boolean;
}

const NONE: EditorEvent = { kind: 'none' };
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

export class LineEditor {
  private chars: string[] = [];
  cursor = 0;
  /** Oldest first; a line is added when submitted (not twice in a row, not when blank). */
  readonly history: string[] = [];
  private histPos = -1;
  private draft: string[] = [];
  private search: Search | null = null;
  private killRing = '';
  private lastWasTab = false;

  constructor(private readonly completer?: Completer) {}

  get text(): string {
    return this.chars.join('');
  }

  /** Replaces the buffer (cursor at the end). */
  set(text: string): void {
    this.chars = Array.from(text);
    this.cursor = this.chars.length;
  }

  /** What to draw: the buffer, or bash's `(reverse-i-search)` line while searching. */
  view(): { prefix: string; text: string; cursor: number } {
    if (this.search) {
      const s = this.search;
      return { prefix: `(${s.failed ? 'failed ' : ''}reverse-i-search)\`${s.query}': `, text: this.text, cursor: this.cursor };
    }
    return { prefix: '', text: this.text, cursor: this.cursor };
  }

  feed(key: Key): EditorEvent {
    const tab = key.name === 'tab' && !key.ctrl && !key.meta;
    const wasTab = this.lastWasTab;
    this.lastWasTab = tab;
    if (this.search) return this.feedSearch(key);
    if (tab) return this.complete(wasTab);
    const action = key.ctrl ? CTRL[key.name ?? ''] : key.meta ? META[key.name ?? ''] : PLAIN[key.name ?? ''];
    if (action) return action(this) ?? NONE;
    if (key.ch && !key.ctrl && !key.meta && !/[\x00-\x1f\x7f]/.test(key.ch)) this.insert(key.ch);
    return NONE;
  }

  insert(text: string): void {
    const add = Array.from(text);
    this.chars.splice(this.cursor, 0, ...add);
    this.cursor += add.length;
  }

  // --- movement and deletion -------------------------------------------------------------------
  left(): void { this.cursor = Math.max(0, this.cursor - 1); }
  right(): void { this.cursor = Math.min(this.chars.length, this.cursor + 1); }
  home(): void { this.cursor = 0; }
  end(): void { this.cursor = this.chars.length; }
  backspace(): void {
    if (this.cursor === 0) return;
    this.chars.splice(--this.cursor, 1);
  }
  deleteChar(): void { this.chars.splice(this.cursor, 1); }
  wordLeft(): void {
    let i = this.cursor;
    while (i > 0 && !isWordChar(this.chars[i - 1])) i--;
    while (i > 0 && isWordChar(this.chars[i - 1])) i--;
    this.cursor = i;
  }
  wordRight(): void {
    let i = this.cursor;
    while (i < this.chars.length && !isWordChar(this.chars[i])) i++;
    while (i < this.chars.length && isWordChar(this.chars[i])) i++;
    this.cursor = i;
  }
  private kill(from: number, to: number): void {
    this.killRing = this.chars.slice(from, to).join('');
    this.chars.splice(from, to - from);
    this.cursor = from;
  }
  killToEnd(): void { this.kill(this.cursor, this.chars.length); }
  killToStart(): void { this.kill(0, this.cursor); }
  /** Ctrl-W is unix-word-rubout: back to the previous whitespace, not to a word boundary. */
  killWordBack(): void {
    let i = this.cursor;
    while (i > 0 && /\s/.test(this.chars[i - 1]!)) i--;
    while (i > 0 && !/\s/.test(this.chars[i - 1]!)) i--;
    this.kill(i, this.cursor);
  }
  killWordForward(): void {
    const at = this.cursor;
    this.wordRight();
    this.kill(at, this.cursor);
  }
  yank(): void { this.insert(this.killRing); }

  // --- lines -----------------------------------------------------------------------------------
  submit(): EditorEvent {
    const line = this.text;
    if (line.trim() !== '' && this.history[this.history.length - 1] !== line) this.history.push(line);
    this.reset();
    return { kind: 'submit', line };
  }
  interrupt(): EditorEvent {
    const line = this.text;
    this.reset();
    return { kind: 'interrupt', line };
  }
  reset(): void {
    this.chars = [];
    this.cursor = 0;
    this.histPos = -1;
    this.draft = [];
  }

  // --- history ---------------------------------------------------------------------------------
  historyUp(): void {
    if (this.history.length === 0) return;
    if (this.histPos === -1) {
      this.draft = this.chars;
      this.histPos = this.history.length;
    }
    if (this.histPos === 0) return;
    this.set(this.history[--this.histPos]!);
  }
  historyDown(): void {
    if (this.histPos === -1) return;
    if (++this.histPos >= this.history.length) {
      this.histPos = -1;
      this.chars = this.draft;
      this.cursor = this.chars.length;
    } else this.set(this.history[this.histPos]!);
  }

  startSearch(): void {
    this.search = { query: '', at: -1, saved: { chars: [...this.chars], cursor: this.cursor }, failed: false };
  }

  /** Finds `query` in history older than `before`; shows the match with the cursor on it. */
  private findOlder(before: number): void {
    const s = this.search!;
    for (let i = Math.min(before, this.history.length) - 1; i >= 0; i--) {
      const at = this.history[i]!.lastIndexOf(s.query);
      if (at >= 0) {
        s.at = i;
        s.failed = false;
        this.set(this.history[i]!);
        this.cursor = Array.from(this.history[i]!.slice(0, at)).length;
        return;
      }
    }
    s.failed = true;
  }

  private feedSearch(key: Key): EditorEvent {
    const s = this.search!;
    if (key.ctrl && key.name === 'r') {
      this.findOlder(s.at === -1 ? this.history.length : s.at);
      return NONE;
    }
    if ((key.ctrl && (key.name === 'g' || key.name === 'c')) || key.name === 'escape') {
      // Ctrl-G gives the line back as it was; Escape keeps the match for editing (as readline).
      if (key.name !== 'escape') {
        this.chars = s.saved.chars;
        this.cursor = s.saved.cursor;
      }
      this.search = null;
      return NONE;
    }
    if (key.name === 'backspace') {
      s.query = Array.from(s.query).slice(0, -1).join('');
      if (s.query === '') return NONE;
      this.findOlder(this.history.length);
      return NONE;
    }
    if (key.ch && !key.ctrl && !key.meta && !/[\x00-\x1f\x7f]/.test(key.ch)) {
      s.query += key.ch;
      this.findOlder(s.at === -1 ? this.history.length : s.at + 1);
      return NONE;
    }
    // Any other key accepts the match and then acts on it (Enter runs it, arrows edit it).
    this.search = null;
    return this.feed(key);
  }

  // --- completion ------------------------------------------------------------------------------
  /** Tab: a single candidate is inserted; several insert their common prefix; a second Tab lists them. */
  private complete(second: boolean): EditorEvent {
    if (!this.completer) return NONE;
    const line = this.text;
    const cursorUnits = this.chars.slice(0, this.cursor).join('').length;
    const { start, candidates } = this.completer(line, cursorUnits);
    if (candidates.length === 0) return NONE;
    const typed = line.slice(start, cursorUnits);
    const replace = (text: string) => {
      const before = Array.from(line.slice(0, start));
      const after = this.chars.slice(this.cursor);
      const middle = Array.from(text);
      this.chars = [...before, ...middle, ...after];
      this.cursor = before.length + middle.length;
    };
    if (candidates.length === 1) {
      const c = candidates[0]!;
      replace(c.text + c.suffix);
      return NONE;
    }
    const prefix = commonPrefix(candidates.map((c) => c.text));
    if (prefix.length > typed.length) {
      replace(prefix);
      return NONE;
    }
    return second ? { kind: 'list', items: candidates.map((c) => c.text + (c.suffix === '/' ? '/' : '')) } : NONE;
  }
}

export function commonPrefix(words: string[]): string {
  if (words.length === 0) return '';
  let p = words[0]!;
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}
