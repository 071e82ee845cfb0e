/**
 * Expression grammar with mawk's precedences (parse.y): assignment < ?: < || < && < in < ~ <
 * relational < concatenation < + - < * / % < unary ! - + < `| getline` < ^ < ++ -- < $.
 * Inside print arguments `>` and `|` at parenthesis depth 0 are redirections.
 */
import type { Expr, LValue } from './ast.ts';
import { CallParser } from './parse-calls.ts';

const ASSIGN_OPS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '^=']);
const REL_OPS = new Set(['<', '<=', '>', '>=', '==', '!=']);

export class ExprParser extends CallParser {
  expr(): Expr {
    const start = this.pos;
    const left = this.ternary();
    const t = this.peek();
    if (t.type !== 'NAME' && ASSIGN_OPS.has(t.type) && isLValue(left) && this.pos === this.afterLValue(start)) {
      this.next();
      return { k: 'assign', op: t.type, target: left, value: this.expr() };
    }
    return left;
  }

  /** Assignment needs the lvalue to be the whole left side (`1 + x = 3` is an error). */
  private afterLValue(start: number): number {
    return this.lvalueEnd.get(start) ?? -1;
  }

  private readonly lvalueEnd = new Map<number, number>();

  private ternary(): Expr {
    const test = this.or();
    if (!this.accept('?')) return test;
    this.skipNl();
    const a = this.expr();
    this.skipNl();
    this.expect(':');
    this.skipNl();
    return { k: 'cond', test, a, b: this.expr() };
  }

  private or(): Expr {
    let a = this.and();
    while (this.accept('||')) a = { k: 'or', a, b: this.and() };
    return a;
  }

  private and(): Expr {
    let a = this.inExpr();
    while (this.accept('&&')) a = { k: 'and', a, b: this.inExpr() };
    return a;
  }

  private inExpr(): Expr {
    let a = this.matchExpr();
    while (this.isKw('in')) {
      this.next();
      a = { k: 'in', subs: [a], name: this.arrayName() };
    }
    return a;
  }

  private matchExpr(): Expr {
    let a = this.rel();
    while (this.is('~') || this.is('!~')) {
      const neg = this.next().type === '!~';
      a = { k: 'match', neg, a, re: this.constRegex(this.rel()) };
    }
    return a;
  }

  private rel(): Expr {
    let a = this.cat();
    for (;;) {
      const t = this.peek();
      if (!REL_OPS.has(t.type) || (this.inPrint && this.depth === 0 && t.type === '>')) return a;
      this.next();
      a = { k: 'cmp', op: t.type, a, b: this.cat() };
    }
  }

  private cat(): Expr {
    let a = this.additive();
    while (this.startsOperand()) a = { k: 'cat', a, b: this.additive() };
    return a;
  }

  private startsOperand(): boolean {
    const t = this.peek();
    switch (t.type) {
      case 'NUMBER':
      case 'STRING':
      case 'ERE':
      case 'NAME':
      case 'BUILTIN':
      case '(':
      case '$':
      case '!':
      case '++':
      case '--':
        return true;
      case 'KEYWORD':
        return ['getline', 'split', 'match', 'sub', 'gsub'].includes(t.text);
      default:
        return false;
    }
  }

  private additive(): Expr {
    let a = this.mul();
    while (this.is('+') || this.is('-')) {
      const op = this.next().type;
      a = { k: 'arith', op, a, b: this.mul() };
    }
    return a;
  }

  private mul(): Expr {
    let a = this.unary();
    while (this.is('*') || this.is('/') || this.is('%')) {
      const op = this.next().type;
      a = { k: 'arith', op, a, b: this.unary() };
    }
    return a;
  }

  private unary(): Expr {
    if (this.accept('!')) return { k: 'not', a: this.unary() };
    if (this.accept('-')) return { k: 'neg', a: this.unary() };
    if (this.accept('+')) return { k: 'plus', a: this.unary() };
    return this.pipe();
  }

  private pipe(): Expr {
    let a = this.power();
    while (this.is('|') && !(this.inPrint && this.depth === 0)) {
      this.next();
      this.expect('KEYWORD', 'getline');
      a = { k: 'getline', src: 'cmd', from: a, target: this.optTarget() };
    }
    return a;
  }

  private power(): Expr {
    const a = this.postfix();
    if (!this.accept('^')) return a;
    // Right associative; the exponent may carry its own sign: 2^-1.
    if (this.accept('-')) return { k: 'arith', op: '^', a, b: { k: 'neg', a: this.power() } };
    if (this.accept('+')) return { k: 'arith', op: '^', a, b: { k: 'plus', a: this.power() } };
    if (this.accept('!')) return { k: 'arith', op: '^', a, b: { k: 'not', a: this.power() } };
    return { k: 'arith', op: '^', a, b: this.power() };
  }

  private postfix(): Expr {
    const start = this.pos;
    const a = this.primary();
    if (isLValue(a) && this.lvalueEnd.get(start) === this.pos && (this.is('++') || this.is('--'))) {
      return { k: 'incdec', op: this.next().type as '++' | '--', prefix: false, target: a };
    }
    return a;
  }

  private primary(): Expr {
    const start = this.pos;
    const t = this.peek();
    switch (t.type) {
      case 'NUMBER':
        this.next();
        return { k: 'num', v: t.num };
      case 'STRING':
        this.next();
        return { k: 'str', v: t.text };
      case 'ERE':
        this.next();
        return { k: 're', re: this.regex(t.text) };
      case '(':
        return this.group();
      case '$': {
        this.next();
        const e = this.dollarOperand();
        this.lvalueEnd.set(start, this.pos);
        return { k: 'field', index: e };
      }
      case '++':
      case '--': {
        this.next();
        const target = this.lvalue();
        return { k: 'incdec', op: t.type, prefix: true, target };
      }
      case 'NAME':
        return this.name();
      case 'BUILTIN':
        return this.builtin();
      case 'KEYWORD':
        if (t.text === 'getline') return this.simpleGetline();
        if (t.text === 'split' || t.text === 'match' || t.text === 'sub' || t.text === 'gsub') return this.special(t.text);
    }
    return this.fail();
  }

  /** `$` binds tighter than everything but grouping: `$NF-1` is `($NF)-1`, `$i++` is `($i)++`. */
  private dollarOperand(): Expr {
    const t = this.peek();
    if (t.type === '++' || t.type === '--') {
      this.next();
      return { k: 'incdec', op: t.type, prefix: true, target: this.lvalue() };
    }
    if (this.accept('-')) return { k: 'neg', a: this.dollarOperand() };
    if (this.accept('+')) return { k: 'plus', a: this.dollarOperand() };
    if (this.accept('!')) return { k: 'not', a: this.dollarOperand() };
    return this.primary();
  }

  private group(): Expr {
    this.expect('(');
    this.depth++;
    const saved = this.inPrint;
    this.inPrint = false;
    const list = [this.expr()];
    while (this.accept(',')) list.push(this.expr());
    this.inPrint = saved;
    this.depth--;
    this.expect(')');
    if (list.length === 1) return list[0]!;
    if (!this.isKw('in')) this.fail();
    this.next();
    return { k: 'in', subs: list, name: this.arrayName() };
  }

  private name(): Expr {
    const start = this.pos;
    const t = this.next();
    const kind = this.kindOf(t.text);
    if (kind === 'func' || (kind === undefined && t.call)) return this.call(t.text, t.line);
    if (this.is('[')) {
      this.next();
      const subs = this.exprList(']');
      this.useArray(t.text);
      this.lvalueEnd.set(start, this.pos);
      return { k: 'elem', name: t.text, subs };
    }
    this.useVar(t.text);
    this.lvalueEnd.set(start, this.pos);
    return { k: 'var', name: t.text };
  }

  /** `getline [lvalue] [< file]`; the file operand binds like `$` (`getline < "a" "b"`). */
  private simpleGetline(): Expr {
    this.next();
    const target = this.optTarget();
    if (!this.accept('<')) return { k: 'getline', src: 'main', target, from: null };
    return { k: 'getline', src: 'file', target, from: this.getlineFile() };
  }

  private getlineFile(): Expr {
    if (this.accept('-')) return { k: 'neg', a: this.getlineFile() };
    return this.power();
  }

  private optTarget(): LValue | null {
    const t = this.peek();
    if (t.type === '$' || (t.type === 'NAME' && this.kindOf(t.text) !== 'func' && !t.call)) return this.lvalue();
    return null;
  }

  lvalue(): LValue {
    const t = this.peek();
    if (t.type === '$') {
      this.next();
      return { k: 'field', index: this.dollarOperand() };
    }
    if (t.type !== 'NAME') this.fail();
    const e = this.name();
    if (!isLValue(e)) this.fail();
    return e;
  }
}

export function isLValue(e: Expr): e is LValue {
  return e.k === 'var' || e.k === 'field' || e.k === 'elem';
}
