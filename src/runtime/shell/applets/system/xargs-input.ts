/** How findutils xargs splits its input into arguments (read_line / read_string). */

export interface InputMode {
  /** -0 / -d: items end at this byte; no quotes, backslashes or EOF string. */
  delimiter: string | null;
  /** -I/-i: a whole (quote-processed) line is one item. */
  replace: boolean;
  /** -E: an item equal to this ends the input. */
  eofStr: string | null;
  /** busybox: no quote error recovery text, different wording. */
  busybox: boolean;
}

/** One call of read_line: the items it pushed, whether the line ended (for -L), or the end. */
export interface Chunk {
  items: string[];
  /** The logical line count to add (0 for a line continued by a trailing blank). */
  lines: number;
  eof: boolean;
  /** An unmatched quote: run what is pending, then fail with this text. */
  error?: string;
}

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';
const isBlank = (c: string) => c === ' ' || c === '\t';

/** Pull-based reader over a chunked byte source. */
export class XargsInput {
  private buf = '';
  private pos = 0;
  private done = false;
  private prevc = '';

  constructor(
    private readonly source: () => Promise<string | null>,
    private readonly mode: InputMode,
  ) {}

  private async getc(): Promise<string | null> {
    while (this.pos >= this.buf.length) {
      if (this.done) return null;
      const next = await this.source();
      if (next === null) {
        this.done = true;
        return null;
      }
      this.buf = next;
      this.pos = 0;
    }
    return this.buf[this.pos++]!;
  }

  async next(): Promise<Chunk> {
    return this.mode.delimiter !== null ? this.readString(this.mode.delimiter) : this.readLine();
  }

  private async readString(delim: string): Promise<Chunk> {
    let arg = '';
    for (;;) {
      const c = await this.getc();
      if (c === null) return arg === '' ? { items: [], lines: 0, eof: true } : { items: [arg], lines: 1, eof: true };
      if (c === delim) return { items: [arg], lines: 1, eof: false };
      arg += c;
    }
  }

  private async readLine(): Promise<Chunk> {
    const m = this.mode;
    const items: string[] = [];
    let state: 'space' | 'norm' | 'quote' | 'backslash' = 'space';
    let quotc = '';
    let arg = '';
    let first = true;
    let lines = 0;
    const isEof = (s: string) => m.eofStr !== null && s === m.eofStr;
    const quoteError = () => (m.busybox ? `unmatched ${quotc === '"' ? 'double' : 'single'} quote` : `unmatched ${quotc === '"' ? 'double' : 'single'} quote; by default quotes are special to xargs unless you use the -0 option`);
    for (;;) {
      const prevc = this.prevc;
      const c = await this.getc();
      if (c === null) {
        if (state === 'quote') return { items, lines, eof: true, error: quoteError() };
        if (state === 'space' || arg === '') return { items, lines, eof: true };
        if (isEof(arg)) return { items: first ? [] : items, lines, eof: true };
        items.push(arg);
        return { items, lines, eof: true };
      }
      this.prevc = c;
      if (state === 'space') {
        if (isSpace(c)) continue;
        state = 'norm';
      }
      if (state === 'norm') {
        if (c === '\n') {
          if (!isBlank(prevc)) lines++;
          if (arg === '') {
            state = 'space';
            continue;
          }
          if (isEof(arg)) return { items: first ? [] : items, lines, eof: true };
          items.push(arg);
          return { items, lines, eof: false };
        }
        if (!m.replace && isSpace(c)) {
          if (isEof(arg)) return { items: first ? [] : items, lines, eof: true };
          items.push(arg);
          arg = '';
          state = 'space';
          first = false;
          continue;
        }
        if (c === '\\') {
          state = 'backslash';
          continue;
        }
        if (c === "'" || c === '"') {
          state = 'quote';
          quotc = c;
          continue;
        }
      } else if (state === 'quote') {
        if (c === '\n') return { items, lines, eof: true, error: quoteError() };
        if (c === quotc) {
          state = 'norm';
          continue;
        }
      } else if (state === 'backslash') state = 'norm';
      arg += c;
    }
  }
}

/** -d's argument: one byte, or a C escape (\n, \t, \\, \0NNN octal, \xHH). */
export function parseDelimiter(spec: string): string | null {
  if (spec.length === 1) return spec;
  if (spec[0] !== '\\') return null;
  const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
  if (spec.length === 2 && simple[spec[1]!]) return simple[spec[1]!]!;
  const hex = /^\\x([0-9a-fA-F]{1,2})$/.exec(spec);
  if (hex) return String.fromCharCode(parseInt(hex[1]!, 16));
  const oct = /^\\0?([0-7]{1,3})$/.exec(spec);
  if (oct && parseInt(oct[1]!, 8) < 256) return String.fromCharCode(parseInt(oct[1]!, 8));
  return null;
}
