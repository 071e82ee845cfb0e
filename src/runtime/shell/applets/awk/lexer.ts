/**
 * The awk scanner, following mawk's yylex (scan.c): newlines are tokens except after
 * `{ ; , && ||`, a `}` after a statement first yields a fake `;`, `/` starts a regex unless
 * the previous token can end an operand, and brace/paren counts feed the "missing" messages.
 * The whole program is scanned up front; messages the scanner prints travel with the token
 * at which mawk would print them.
 */
import { rmEscape } from './escapes.ts';

export type Tok =
  | 'EOF' | 'NL' | ';' | '{' | '}' | '(' | ')' | '[' | ']' | ',' | '?' | ':' | '||' | '&&' | '!'
  | '~' | '!~' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '>>' | '|' | '+' | '-' | '*' | '/' | '%' | '^'
  | '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '^=' | '++' | '--' | '$'
  | 'NUMBER' | 'STRING' | 'ERE' | 'NAME' | 'BUILTIN' | 'KEYWORD' | 'UNEXPECTED' | 'FATAL';

export interface Token {
  type: Tok;
  /** Keyword/builtin/name text, string value, regex source, or number text. */
  text: string;
  num: number;
  line: number;
  file: string | null;
  /** A fake `;` inserted before `}` (reported as `}`). */
  fake: boolean;
  /** A NAME directly followed by `(` (a call of a not yet known function). */
  call: boolean;
  parenCnt: number;
  braceCnt: number;
  /** Messages mawk's scanner prints when it reads this token. */
  notes: string[];
}

export const KEYWORDS = new Set([
  'print', 'printf', 'do', 'while', 'for', 'break', 'continue', 'if', 'else', 'in', 'delete', 'split', 'match',
  'BEGIN', 'END', 'exit', 'next', 'nextfile', 'return', 'getline', 'sub', 'gsub', 'function',
]);

export const BUILTINS: Record<string, [number, number]> = {
  length: [0, 1], index: [2, 2], substr: [2, 3], sprintf: [1, 255], sin: [1, 1], cos: [1, 1], atan2: [2, 2],
  exp: [1, 1], log: [1, 1], int: [1, 1], sqrt: [1, 1], rand: [0, 0], srand: [0, 1], close: [1, 1], system: [1, 1],
  toupper: [1, 1], tolower: [1, 1], fflush: [0, 1], systime: [0, 0], mktime: [1, 1], strftime: [0, 3],
};

const CAN_PRECEDE_DIV = new Set(['NUMBER', 'STRING', ')', 'NAME', 'ERE', ']', 'FIELDNUM']);

export interface Source {
  text: string;
  file: string | null;
}

export function scan(sources: Source[]): Token[] {
  const sc = new Scanner();
  sources.forEach((src, k) => sc.run(src, k === 0, k === sources.length - 1));
  return sc.out;
}

const BLANK = new Set([' ', '\t', '\r', '\f', '\v']);

class Scanner {
  readonly out: Token[] = [];
  private prev = '';
  private parenCnt = 0;
  private braceCnt = 0;
  private notes: string[] = [];
  private s = '';
  private i = 0;
  private line = 1;
  private file: string | null = null;

  private tok(type: Tok, text = '', extra: Partial<Token> = {}): void {
    const t: Token = {
      type, text, num: 0, line: this.line, file: this.file, fake: false, call: false,
      parenCnt: this.parenCnt, braceCnt: this.braceCnt, notes: this.notes, ...extra,
    };
    this.notes = [];
    this.out.push(t);
    this.prev = type === 'KEYWORD' ? text : type;
  }

  private eatNl(): void {
    const s = this.s;
    for (;;) {
      const c = s[this.i];
      if (c === '#') while (this.i < s.length && s[this.i] !== '\n') this.i++;
      else if (c === '\n') {
        this.line++;
        this.i++;
      } else if (c !== undefined && BLANK.has(c)) this.i++;
      else if (c === '\\' && /^\\[ \t]*\n/.test(s.slice(this.i, this.i + 64))) {
        this.i = s.indexOf('\n', this.i) + 1;
        this.line++;
      } else return;
    }
  }

  private eatSemi(): void {
    let j = this.i;
    while (BLANK.has(this.s[j] ?? '')) j++;
    if (this.s[j] === ';') this.i = j + 1;
  }

  run(src: Source, first: boolean, last: boolean): void {
    this.s = src.text + '\n';
    this.i = 0;
    this.line = 1;
    this.file = src.file;
    const s = this.s;
    if (first) this.eatNl();
    while (this.i < s.length) {
      const tokLine = this.line;
      const c = s[this.i++]!;
      if (BLANK.has(c)) continue;
      if (c === '#') {
        while (this.i < s.length && s[this.i] !== '\n') this.i++;
        continue;
      }
      if (c === '\n') {
        this.line++;
        this.eatNl();
        this.tok('NL', '', { line: tokLine });
        continue;
      }
      if (!this.operator(c, tokLine)) return;
    }
    // -f files are one program: only the last one ends it.
    if (last) this.tok('EOF', '', { line: this.line });
  }

  /** Scans the token starting with `c`; false after a fatal error. */
  private operator(c: string, tokLine: number): boolean {
    const s = this.s;
    const nx = s[this.i];
    const two = c + (nx ?? '');
    switch (c) {
      case '\\': {
        let j = this.i;
        while (s[j] === ' ' || s[j] === '\t') j++;
        if (s[j] === '\n') {
          this.i = j + 1;
          this.line++;
        } else this.tok('UNEXPECTED', '\\');
        return true;
      }
      case ';':
      case '{':
      case ',':
        this.eatNl();
        if (c === '{') this.braceCnt++;
        this.tok(c, c, { line: tokLine });
        return true;
      case '+':
      case '-':
        if (nx === c || nx === '=') {
          this.i++;
          this.tok(two as Tok, two);
        } else this.tok(c, c);
        return true;
      case '*':
      case '%':
      case '^':
      case '=':
      case '<':
        if (nx === '=') {
          this.i++;
          this.tok(two as Tok, two);
        } else this.tok(c, c);
        return true;
      case '!':
      case '>':
        if (nx === '=' || (c === '!' && nx === '~') || (c === '>' && nx === '>')) {
          this.i++;
          this.tok(two as Tok, two);
        } else this.tok(c, c);
        return true;
      case '/':
        return this.slash();
      case '(':
        this.parenCnt++;
        this.tok('(', '(');
        return true;
      case ')':
        if (--this.parenCnt < 0) {
          this.notes.push(`line ${this.line}: extra ')'`);
          this.parenCnt = 0;
        } else this.tok(')', ')');
        return true;
      case '[':
      case ']':
      case '?':
      case ':':
      case '~':
      case '$':
        this.tok(c, c);
        return true;
      case '|':
      case '&':
        if (nx === c) {
          this.i++;
          this.eatNl();
          this.tok(two as Tok, two, { line: tokLine });
        } else if (c === '|') this.tok('|', '|');
        else this.tok('UNEXPECTED', '&');
        return true;
      case '}':
        this.rbrace(tokLine);
        return true;
      case '"': {
        const r = this.collect('"', true);
        if (r === null) return this.fatal(`runaway string constant "${this.runaway} ...`);
        this.tok('STRING', r, { line: tokLine });
        return true;
      }
    }
    if ((c >= '0' && c <= '9') || c === '.') {
      const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/.exec(s.slice(this.i - 1, this.i + 400));
      if (!m) this.tok('UNEXPECTED', '.');
      else {
        this.i += m[0].length - 1;
        const num = Number(m[0]);
        if (num === Infinity) this.notes.push(`line ${tokLine}: ${m[0]} : decimal overflow`);
        this.tok('NUMBER', m[0], { num });
      }
      return true;
    }
    if (/[A-Za-z_]/.test(c)) {
      let j = this.i;
      while (j < s.length && /\w/.test(s[j]!)) j++;
      const name = c + s.slice(this.i, j);
      this.i = j;
      if (KEYWORDS.has(name)) this.tok('KEYWORD', name);
      else if (name in BUILTINS) this.tok('BUILTIN', name);
      else this.tok('NAME', name, { call: s[j] === '(' });
      return true;
    }
    this.tok('UNEXPECTED', c);
    return true;
  }

  private slash(): boolean {
    const p = this.prev;
    if (CAN_PRECEDE_DIV.has(p) || p === 'getline') {
      if (this.s[this.i] === '=') {
        this.i++;
        this.tok('/=', '/=');
      } else this.tok('/', '/');
      return true;
    }
    // mawk reads one character to look for `/=` after ++/-- and only puts back a `=`.
    if ((p === '++' || p === '--') && this.s[this.i] !== '=') this.i++;
    const r = this.collect('/', false);
    if (r === null) return this.fatal(`runaway regular expression /${this.runaway} ...`);
    this.tok('ERE', r);
    return true;
  }

  private rbrace(tokLine: number): void {
    if (this.braceCnt - 1 < 0) {
      this.notes.push(`line ${this.line}: extra '}'`);
      this.eatSemi();
      return;
    }
    const p = this.out[this.out.length - 1];
    if (p && (p.type === 'NL' || p.type === ';' || p.type === '}')) {
      this.braceCnt--;
      if (this.braceCnt === 0) this.eatSemi();
      this.eatNl();
      this.tok('}', '}', { line: tokLine });
    } else {
      this.i--;
      this.tok(';', '}', { fake: true });
    }
  }

  private runaway = '';

  private fatal(msg: string): false {
    this.tok('FATAL', `line ${this.line}: ${msg}`);
    return false;
  }

  /** A string constant (escapes processed) or a regex literal (only \/ unescaped). */
  private collect(end: string, isString: boolean): string | null {
    const s = this.s;
    let v = '';
    let esc = false;
    for (;;) {
      const ch = s[this.i++];
      if (ch === undefined || ch === '\n') {
        this.runaway = v.slice(0, 10);
        return null;
      }
      if (ch === end) break;
      if (ch !== '\\') {
        v += ch;
        continue;
      }
      const n = s[this.i];
      if (n === '\n') {
        this.i++;
        this.line++;
      } else if (n !== undefined) {
        this.i++;
        if (!isString && n === '/') v += '/';
        else {
          v += '\\' + n;
          esc = true;
        }
      }
    }
    return isString && esc ? rmEscape(v) : v;
  }
}

