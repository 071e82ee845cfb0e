import { CharSet, namedClass, wordSet } from './charset.ts';
import { type AssertKind, CLASS_SYNTAX_ERROR, REG_ERRORS, RegexError } from './regex-ast.ts';

/** Which regcomp syntax bits apply: grep's RE_SYNTAX_GREP/EGREP or sed's POSIX_BASIC/EXTENDED. */
export interface RegexSyntax {
  extended: boolean;
  dialect: 'grep' | 'sed';
  icase: boolean;
  /** sed --posix: RE_NO_GNU_OPS, so `\+ \? \| \w \<` and friends are plain characters. */
  posix?: boolean;
  /** sed's M flag (REG_NEWLINE): `.` and `[^...]` do not match a newline. */
  multiline?: boolean;
}

export type TokType = 'char' | 'set' | 'anchor' | 'open' | 'close' | 'alt' | 'star' | 'plus' | 'question' | 'openDup' | 'closeDup' | 'backref' | 'end';

export interface Tok {
  type: TokType;
  len: number;
  /** The character a token stands for when it is taken literally. */
  code: number;
  set?: CharSet;
  anchor?: AssertKind;
  ref?: number;
}

const GNU_ANCHORS: Record<string, AssertKind> = { '<': 'wstart', '>': 'wend', b: 'word', B: 'nonword', '`': 'bob', "'": 'eob' };

/** Tokenizer with glibc's peek_token rules (context-dependent `^`, `$` in BREs). */
export class Lexer {
  /** Set when a bracket looks like `[:space:]`; dfa.c rejects it once regcomp has accepted. */
  classSyntax = false;

  constructor(
    readonly src: string,
    readonly syn: RegexSyntax,
  ) {}

  peek(i: number, caretHere: boolean): Tok {
    const s = this.src;
    if (i >= s.length) return { type: 'end', len: 0, code: 0 };
    const c = s[i]!;
    const code = s.charCodeAt(i);
    const ere = this.syn.extended;
    const tok = (type: TokType, len = 1): Tok => ({ type, len, code });
    if (c === '\\') return this.escape(i);
    switch (c) {
      case '[': {
        const [set, len] = this.bracket(i + 1);
        return { type: 'set', len: len + 1, code, set };
      }
      case '.': {
        const set = CharSet.all();
        if (this.syn.multiline) set.bits[10] = 0;
        return { type: 'set', len: 1, code, set };
      }
      case '*':
        return tok('star');
      case '^':
        if (ere || i === 0 || caretHere) return { type: 'anchor', len: 1, code, anchor: 'bol' };
        return tok('char');
      case '$':
        if (ere || i + 1 === s.length) return { type: 'anchor', len: 1, code, anchor: 'eol' };
        {
          const next = this.peek(i + 1, false).type;
          if (next === 'alt' || next === 'close') return { type: 'anchor', len: 1, code, anchor: 'eol' };
        }
        return tok('char');
    }
    if (ere) {
      const t = ({ '+': 'plus', '?': 'question', '{': 'openDup', '}': 'closeDup', '(': 'open', ')': 'close', '|': 'alt' } as Record<string, TokType>)[c];
      if (t) return tok(t);
    }
    return tok('char');
  }

  private escape(i: number): Tok {
    const s = this.src;
    if (i + 1 >= s.length) throw new RegexError(REG_ERRORS.EESCAPE);
    const c = s[i + 1]!;
    const code = s.charCodeAt(i + 1);
    const tok = (type: TokType): Tok => ({ type, len: 2, code });
    const gnu = !this.syn.posix;
    if (!this.syn.extended) {
      if (c === '(') return tok('open');
      if (c === ')') return tok('close');
      if (c === '{') return tok('openDup');
      if (c === '}') return tok('closeDup');
      if (gnu && c === '|') return tok('alt');
      if (gnu && c === '+') return tok('plus');
      if (gnu && c === '?') return tok('question');
    }
    if (c >= '1' && c <= '9') return { type: 'backref', len: 2, code, ref: code - 48 };
    if (gnu && GNU_ANCHORS[c]) return { type: 'anchor', len: 2, code, anchor: GNU_ANCHORS[c] };
    if (gnu && 'wWsS'.includes(c)) {
      const set = c.toLowerCase() === 'w' ? wordSet() : namedClass('space')!;
      if (c === 'W' || c === 'S') set.negate();
      return { type: 'set', len: 2, code, set };
    }
    return tok('char');
  }

  /** Parses a bracket expression starting after `[`; returns the set and the length consumed. */
  private bracket(start: number): [CharSet, number] {
    const s = this.src;
    let i = start;
    const set = new CharSet();
    let negated = false;
    if (s[i] === '^') {
      negated = true;
      i++;
    }
    const bodyStart = i;
    // glibc: a `[` (or `[^`) that ends the pattern is a bad pattern, not an unmatched bracket.
    if (bodyStart >= s.length) throw new RegexError('Invalid regular expression');
    let first = true;
    for (;;) {
      if (i >= s.length) throw new RegexError(REG_ERRORS.EBRACK);
      if (s[i] === ']' && !first) break;
      const startEl = this.element(i, first);
      i = startEl.next;
      first = false;
      if (startEl.kind !== 'class' && s[i] === '-' && i + 1 < s.length && s[i + 1] !== ']') {
        const endEl = this.element(i + 1, true);
        i = endEl.next;
        if (endEl.kind === 'class' || endEl.kind === 'equiv' || startEl.kind === 'equiv' || endEl.code < startEl.code) throw new RegexError(REG_ERRORS.ERANGE);
        set.addRange(startEl.code, endEl.code);
        continue;
      }
      if (startEl.kind === 'class') set.addSet(startEl.set!);
      else set.add(startEl.code);
    }
    const body = s.slice(bodyStart, i);
    if (/^:[^-]*[^:-][^-]*:$/.test(body)) this.classSyntax = true;
    if (this.syn.icase) set.foldCase();
    if (negated) {
      set.negate();
      if (this.syn.multiline) set.bits[10] = 0;
    }
    return [set, i + 1 - start];
  }

  private element(i: number, acceptHyphen: boolean): { kind: 'char' | 'class' | 'equiv'; code: number; set?: CharSet; next: number } {
    const s = this.src;
    const c = s[i]!;
    if (c === '[' && (s[i + 1] === ':' || s[i + 1] === '=' || s[i + 1] === '.')) {
      const delim = s[i + 1]!;
      const close = s.indexOf(`${delim}]`, i + 2);
      if (close < 0) throw new RegexError(REG_ERRORS.EBRACK);
      const name = s.slice(i + 2, close);
      const next = close + 2;
      if (delim === ':') {
        // With REG_ICASE glibc reads [:upper:] and [:lower:] as [:alpha:].
        const set = namedClass(this.syn.icase && (name === 'upper' || name === 'lower') ? 'alpha' : name);
        if (!set) throw new RegexError(REG_ERRORS.ECTYPE);
        return { kind: 'class', code: 0, set, next };
      }
      if (name.length !== 1) throw new RegexError(REG_ERRORS.ECOLLATE);
      return { kind: delim === '=' ? 'equiv' : 'char', code: name.charCodeAt(0), next };
    }
    if (c === '-' && !acceptHyphen && s[i + 1] !== ']') throw new RegexError(REG_ERRORS.ERANGE);
    return { kind: 'char', code: s.charCodeAt(i), next: i + 1 };
  }
}

export function classSyntaxError(): RegexError {
  return new RegexError(CLASS_SYNTAX_ERROR, true);
}
