/**
 * Reading a sed script the way GNU sed's compile.c does, character by character, so errors name
 * the same place: `-e expression #N, char M` (M = characters read so far) or `file F line L`.
 */

/** A script error: the message goes after `sed: ` and the location; status 1 (bad usage). */
export class SedScriptError extends Error {
  constructor(
    message: string,
    /** 4 for sed's "panic" errors (dfa rejections, missing labels), printed without a location. */
    readonly status = 1,
    /** For a regex that did not compile: the regex (busybox names it in its message). */
    readonly regex?: string,
  ) {
    super(message);
  }
}

/** Where a chunk of script came from: an -e expression (or the script operand) or an -f file. */
export type ScriptSource = { kind: 'expr'; index: number } | { kind: 'file'; name: string };

export const EOF = null;
export type Ch = string | null;

export class ScriptReader {
  private pos = 0;
  /** Current line of a script file (starts at 1, as GNU counts). */
  line: number;

  constructor(
    readonly text: string,
    readonly source: ScriptSource,
  ) {
    this.line = source.kind === 'file' ? 1 : 0;
  }

  get consumed(): number {
    return this.pos;
  }

  inchar(): Ch {
    if (this.pos >= this.text.length) return EOF;
    const c = this.text[this.pos++]!;
    if (c === '\n') this.line++;
    return c;
  }

  savchar(c: Ch): void {
    if (c === EOF) return;
    if (c === '\n' && this.line > 0) this.line--;
    this.pos--;
  }

  /** Next character that is not a blank (space or tab). */
  nonblank(): Ch {
    let c: Ch;
    do c = this.inchar();
    while (c === ' ' || c === '\t');
    return c;
  }

  /** `sed: -e expression #1, char 5: ` or `sed: file x.sed line 2: `. */
  where(pos = this.pos): string {
    return this.source.kind === 'file' ? `file ${this.source.name} line ${this.line}` : `-e expression #${this.source.index}, char ${pos}`;
  }

  fail(message: string, regex?: string): never {
    throw new SedScriptError(`${this.where()}: ${message}`, 1, regex);
  }

  /** After a command: blanks, then `;`, newline, end, or a `}`/`#` left for the caller. */
  endOfCommand(): void {
    const c = this.nonblank();
    if (c === '}' || c === '#') this.savchar(c);
    else if (c !== EOF && c !== '\n' && c !== ';') this.fail('extra characters after command');
  }

  integer(first: Ch): number {
    let n = 0;
    let c: Ch = first;
    while (c !== EOF && c >= '0' && c <= '9') {
      n = n * 10 + c.charCodeAt(0) - 48;
      c = this.inchar();
    }
    this.savchar(c);
    return n;
  }

  /** A label for `:`, `b`, `t`, `T`: up to a blank, `;`, `}` or `#`. */
  label(): string {
    let out = '';
    let c = this.nonblank();
    while (c !== EOF && c !== '\n' && c !== ' ' && c !== '\t' && c !== ';' && c !== '}' && c !== '#') {
      out += c;
      c = this.inchar();
    }
    this.savchar(c);
    return out;
  }

  /** A file name for r/R/w/W and s///w: the rest of the line. */
  filename(): string {
    let out = '';
    let c = this.nonblank();
    while (c !== EOF && c !== '\n') {
      out += c;
      c = this.inchar();
    }
    return out;
  }

  /**
   * match_slash: text up to an unescaped delimiter (null if the line or script ends first).
   * `\DELIM` becomes DELIM, `\` newline a newline; a regex's bracket expressions may hold the
   * delimiter. Other escapes keep their backslash for later stages.
   */
  delimited(slash: string, regex: boolean): string | null {
    let out = '';
    let c: Ch;
    while ((c = this.inchar()) !== EOF && c !== '\n') {
      if (c === slash) return out;
      if (c === '\\') {
        c = this.inchar();
        if (c === EOF) break;
        if (c !== '\n' && (c !== slash || (!regex && c === '&'))) out += '\\';
      } else if (c === '[' && regex) {
        out += c;
        const r = this.bracket();
        out += r.text;
        c = r.end;
        if (c !== ']') break;
      }
      out += c;
    }
    if (c === '\n') this.savchar(c);
    return null;
  }

  /** snarf_char_class: the rest of a bracket expression; `end` is `]`, newline or EOF. */
  private bracket(): { text: string; end: Ch } {
    let text = '';
    let c = this.inchar();
    if (c === '^') {
      text += c;
      c = this.inchar();
    }
    if (c === ']') {
      text += c;
      c = this.inchar();
    }
    let state = 0;
    let delim = '';
    for (; ; text += c ?? '', c = this.inchar()) {
      if (c === EOF || c === '\n') return { text, end: c };
      if (c === '.' || c === ':' || c === '=') {
        if (state === 1) {
          delim = c;
          state = 2;
          continue;
        }
        if (state === 2 && c === delim) {
          state = 3;
          continue;
        }
      } else if (c === '[') {
        if (state === 0) state = 1;
        continue;
      } else if (c === ']') {
        if (state === 0 || state === 1) return { text, end: c };
        if (state === 3) state = 0;
      }
      state &= ~1;
    }
  }
}
