/**
 * Token cursor and diagnostics shared by the parser: mawk's yyerror texts ("syntax error at or
 * near X", "missing ) near X", "missing } near end of file"), compile_error lines, and yacc's
 * rule of staying quiet until three tokens were shifted after an error.
 */
import { AwkSyntaxError } from './awk-error.ts';
import type { Tok, Token } from './lexer.ts';

/** Thrown to unwind to the nearest recovery point after an error was reported. */
export class ParseError {
  constructor(readonly token: Token) {}
}

/** yacc gave up (an error while skipping to end of file): no further messages. */
export class ParseAbort {}

export type SymKind = 'var' | 'array' | 'func';

export interface CursorMark {
  pos: number;
  errors: number;
  shifted: number;
  parenBias: number;
  braceBias: number;
}

export class TokenCursor {
  pos = 0;
  /** Messages already formatted after `NAME: `. */
  readonly errors: string[] = [];
  private shifted = 3;
  private parenBias = 0;
  private braceBias = 0;
  private noted = -1;

  constructor(protected readonly toks: Token[]) {}

  peek(ahead = 0): Token {
    const t = this.toks[Math.min(this.pos + ahead, this.toks.length - 1)]!;
    if (ahead === 0) this.notesOf(this.pos);
    return t;
  }

  private notesOf(k: number): void {
    if (k <= this.noted) return;
    for (let j = this.noted + 1; j <= k && j < this.toks.length; j++) {
      const t = this.toks[j]!;
      for (const n of t.notes) this.compileError(n, t);
      if (t.type === 'FATAL') {
        this.errors.push(this.prefix(t) + t.text);
        throw new AwkSyntaxError('fatal');
      }
    }
    this.noted = k;
  }

  next(): Token {
    const t = this.peek();
    if (this.pos < this.toks.length - 1) this.pos++;
    this.shifted++;
    return t;
  }

  is(type: Tok, text?: string): boolean {
    const t = this.peek();
    return t.type === type && (text === undefined || t.text === text);
  }

  isKw(word: string): boolean {
    return this.is('KEYWORD', word);
  }

  accept(type: Tok, text?: string): boolean {
    if (!this.is(type, text)) return false;
    this.next();
    return true;
  }

  expect(type: Tok, text?: string): Token {
    if (!this.is(type, text)) this.fail();
    return this.next();
  }

  skipNl(): void {
    while (this.is('NL')) this.next();
  }

  protected prefix(t: Token): string {
    return t.file === null ? '' : `${t.file}: `;
  }

  /** compile_error(): `[FILE: ]line N: MSG`. */
  compileError(msg: string, t: Token = this.peek()): void {
    this.errors.push(msg.startsWith('line ') ? this.prefix(t) + msg : `${this.prefix(t)}line ${t.line}: ${msg}`);
  }

  /** yyerror at the current token, then unwind to a recovery point. */
  fail(t: Token = this.peek()): never {
    if (this.shifted >= 3) this.report(t);
    this.shifted = 0;
    throw new ParseError(t);
  }

  private report(t: Token): void {
    if (t.type === 'UNEXPECTED') {
      const c = t.text.charCodeAt(0);
      const shown = c > 32 && c < 127 ? `'${t.text}'` : `0x${c.toString(16).padStart(2, '0')}`;
      this.errors.push(`${t.line}: unexpected character ${shown}`);
      return;
    }
    const ss = tokenText(t);
    const paren = Math.max(0, t.parenCnt - this.parenBias);
    const brace = Math.max(0, t.braceCnt - this.braceBias);
    if (paren > 0 && (t.type === 'EOF' || t.type === 'NL' || t.type === ';' || t.type === '}')) {
      this.compileError(`missing ) near ${ss}`, t);
      this.parenBias = t.parenCnt;
      return;
    }
    if (brace > 0 && (t.type === 'EOF' || (t.type === 'KEYWORD' && (t.text === 'BEGIN' || t.text === 'END')))) {
      this.compileError(`missing } near ${ss}`, t);
      this.braceBias = t.braceCnt;
      return;
    }
    this.compileError(t.type === 'ERE' ? `syntax error at or near /${t.text}/` : `syntax error at or near ${ss}`, t);
  }

  /** `statement: error separator { yyerrok }`: report errors again, forget open parens. */
  recovered(separator: Token): void {
    this.shifted = 3;
    this.parenBias = separator.parenCnt;
  }

  mark(): CursorMark {
    return { pos: this.pos, errors: this.errors.length, shifted: this.shifted, parenBias: this.parenBias, braceBias: this.braceBias };
  }

  reset(m: CursorMark): void {
    this.pos = m.pos;
    this.errors.length = m.errors;
    this.shifted = m.shifted;
    this.parenBias = m.parenBias;
    this.braceBias = m.braceBias;
  }
}

function tokenText(t: Token): string {
  switch (t.type) {
    case 'EOF':
      return 'end of file';
    case 'NL':
      return 'end of line';
    case ';':
      return t.fake ? '}' : ';';
    case '>>':
      return '>';
    default:
      return t.text;
  }
}
