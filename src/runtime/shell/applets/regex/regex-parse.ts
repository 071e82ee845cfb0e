import { CharSet } from './charset.ts';
import { EMPTY, REG_ERRORS, type RegexNode, RegexError } from './regex-ast.ts';
import { classSyntaxError, Lexer, type RegexSyntax, type Tok } from './regex-lex.ts';

export type { RegexSyntax } from './regex-lex.ts';

/** RE_DUP_MAX: the largest count an interval may name. */
const DUP_MAX = 0x7fff;
const MISSING = -1;
const ERROR = -2;

export interface Parsed {
  node: RegexNode;
  /** Number of capture groups. */
  groups: number;
  /** dfa.c's warnings (grep -E): `* at start of expression` and the like. */
  warnings: string[];
}

/**
 * Parses a BRE or ERE with glibc regcomp's rules, which grep and sed share (grep's dfa.c agrees on
 * what it accepts): context-dependent anchors and `*`, intervals, back-references only to groups
 * already closed in the same alternative. `groupBase` numbers groups after earlier patterns'.
 */
export function parseRegex(src: string, syn: RegexSyntax, groupBase = 0): Parsed {
  const p = new Parser(src, syn, groupBase);
  const node = p.parse();
  if (p.lex.classSyntax) throw classSyntaxError();
  return { node, groups: p.nsub - groupBase, warnings: p.warnings };
}

class Parser {
  readonly lex: Lexer;
  private i = 0;
  private tok: Tok = { type: 'end', len: 0, code: 0 };
  /** Groups whose `)` has been seen, as glibc's completed_bkref_map (bit n for group n). */
  private completed = 0;
  readonly warnings: string[] = [];
  private readonly ere: boolean;
  private readonly sed: boolean;

  constructor(
    src: string,
    private readonly syn: RegexSyntax,
    public nsub: number,
  ) {
    this.lex = new Lexer(src, syn);
    this.ere = syn.extended;
    this.sed = syn.dialect === 'sed';
    this.base = nsub;
  }
  private readonly base: number;

  /** The current token's type, read afresh (calls move the cursor behind the compiler's back). */
  private current(): Tok['type'] {
    return this.tok.type;
  }

  private fetch(caretHere = false): void {
    this.tok = this.lex.peek(this.i, caretHere);
    this.i += this.tok.len;
  }

  parse(): RegexNode {
    this.fetch(true);
    return this.regExp(0);
  }

  private regExp(nest: number): RegexNode {
    const initial = this.completed;
    const alts = [this.branch(nest)];
    while (this.tok.type === 'alt') {
      this.fetch(true);
      const t = this.tok.type;
      if (t !== 'alt' && t !== 'end' && (nest === 0 || t !== 'close')) {
        const accumulated = this.completed;
        this.completed = initial;
        alts.push(this.branch(nest));
        this.completed |= accumulated;
      } else alts.push(EMPTY);
    }
    return alts.length === 1 ? alts[0]! : { k: 'alt', alts };
  }

  private branch(nest: number): RegexNode {
    const items: RegexNode[] = [];
    for (;;) {
      const t = this.tok.type;
      if (t === 'alt' || t === 'end' || (nest > 0 && t === 'close')) break;
      const e = this.expression(nest);
      if (e) items.push(e);
    }
    return items.length === 1 ? items[0]! : { k: 'cat', items };
  }

  private literal(code: number): RegexNode {
    const set = new CharSet().add(code);
    if (this.syn.icase) set.foldCase();
    return { k: 'set', set };
  }

  private expression(nest: number): RegexNode | null {
    const t = this.tok;
    let node: RegexNode;
    switch (t.type) {
      case 'char':
        node = this.literal(t.code);
        break;
      case 'set':
        node = { k: 'set', set: t.set! };
        break;
      case 'backref':
        if (!(this.completed & (1 << t.ref!))) throw new RegexError(REG_ERRORS.ESUBREG);
        node = { k: 'backref', index: t.ref! + this.base };
        break;
      case 'open':
        node = this.subExp(nest + 1);
        break;
      case 'anchor':
        // An anchor is never repeated: `^*` is an anchor and a literal star.
        this.fetch();
        return { k: 'assert', what: t.anchor! };
      case 'alt':
      case 'end':
        return null;
      case 'star':
      case 'plus':
      case 'question':
      case 'openDup':
        if ((t.type === 'openDup' && !this.ere && this.sed) || (this.ere && this.sed)) throw new RegexError(REG_ERRORS.BADRPT);
        if (this.ere) {
          this.warnings.push(`${t.type === 'openDup' ? '{...}' : String.fromCharCode(t.code)} at start of expression`);
          this.fetch();
          return this.expression(nest);
        }
        node = this.literal(t.code);
        break;
      case 'close':
        if (!(this.ere && !this.sed)) throw new RegexError(REG_ERRORS.ERPAREN);
        node = this.literal(t.code);
        break;
      case 'closeDup':
        node = this.literal(t.code);
        break;
    }
    this.fetch();
    while (['star', 'plus', 'question', 'openDup'].includes(this.tok.type)) {
      const rep = this.dupOp(node);
      if (rep === null) break;
      node = rep;
      // POSIX BREs (sed) reject a repetition of a repetition: `a**`.
      if (this.sed && !this.ere && (this.tok.type === 'star' || this.tok.type === 'openDup')) throw new RegexError(REG_ERRORS.BADRPT);
    }
    return node;
  }

  private subExp(nest: number): RegexNode {
    const index = ++this.nsub;
    this.fetch(true);
    let inner: RegexNode = EMPTY;
    if (this.tok.type !== 'close') {
      inner = this.regExp(nest);
      if (this.current() !== 'close') throw new RegexError(REG_ERRORS.EPAREN);
    }
    if (index - this.base < 31) this.completed |= 1 << (index - this.base);
    return { k: 'group', index, node: inner };
  }

  /** A repetition operator after `node`; null when an invalid `{` is taken literally (grep -E). */
  private dupOp(node: RegexNode): RegexNode | null {
    const t = this.tok;
    if (t.type !== 'openDup') {
      this.fetch();
      return { k: 'rep', node, min: t.type === 'plus' ? 1 : 0, max: t.type === 'question' ? 1 : -1 };
    }
    const startIdx = this.i;
    let start = this.fetchNumber();
    let end = ERROR;
    if (start === MISSING) {
      if (this.isComma()) start = 0;
      else throw new RegexError(REG_ERRORS.BADBR);
    }
    if (start !== ERROR) end = this.tok.type === 'closeDup' ? start : this.isComma() ? this.fetchNumber() : ERROR;
    if (start === ERROR || end === ERROR) {
      if (!(this.ere && !this.sed)) throw new RegexError(this.tok.type === 'end' ? REG_ERRORS.EBRACE : REG_ERRORS.BADBR);
      // RE_INVALID_INTERVAL_ORD: the `{` is an ordinary character after all.
      this.i = startIdx;
      this.tok = { type: 'char', len: 1, code: 123 };
      return null;
    }
    if ((end !== MISSING && start > end) || this.tok.type !== 'closeDup') throw new RegexError(REG_ERRORS.BADBR);
    if ((end === MISSING ? start : end) > DUP_MAX) throw new RegexError(REG_ERRORS.ESIZE);
    this.fetch();
    return { k: 'rep', node, min: start, max: end === MISSING ? -1 : end };
  }

  private isComma(): boolean {
    return this.tok.type === 'char' && this.tok.code === 44;
  }

  /** glibc's fetch_number: digits up to `,` or the closing brace; anything else is an error. */
  private fetchNumber(): number {
    let num = MISSING;
    for (;;) {
      this.fetch();
      const t = this.tok;
      if (t.type === 'end') return ERROR;
      if (t.type === 'closeDup' || this.isComma()) return num;
      const digit = t.type === 'char' && t.code >= 48 && t.code <= 57;
      num = !digit || num === ERROR ? ERROR : num === MISSING ? t.code - 48 : Math.min(DUP_MAX + 1, num * 10 + t.code - 48);
    }
  }
}
