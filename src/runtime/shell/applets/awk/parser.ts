/**
 * Program and statement grammar (mawk parse.y) with yacc-like error recovery: a bad statement
 * is skipped to its separator, a bad program item to the next block, so several errors can be
 * reported in one run like mawk does.
 */
import type { Expr, FuncDef, Program, Redirect, Rule, Stmt } from './ast.ts';
import type { Token } from './lexer.ts';
import { ParseAbort, ParseError } from './parse-base.ts';
import { ExprParser } from './parse-expr.ts';

type Scope = 'begin' | 'end' | 'main' | 'func';

const SPECIAL_VARS = ['NF', 'NR', 'FNR', 'FS', 'OFS', 'ORS', 'RS', 'FILENAME', 'SUBSEP', 'RSTART', 'RLENGTH', 'CONVFMT', 'OFMT', 'ARGC'];

export class Parser extends ExprParser {
  private scope: Scope = 'main';
  private loops = 0;
  readonly funcs = new Map<string, FuncDef>();

  constructor(toks: Token[]) {
    super(toks);
    for (const v of SPECIAL_VARS) this.globals.set(v, 'var');
    this.globals.set('ENVIRON', 'array');
    this.globals.set('ARGV', 'array');
  }

  protected override paramKind(fn: string, i: number): 'none' | 'var' | 'array' | undefined {
    return this.funcs.get(fn)?.paramKinds?.[i];
  }

  program(): Program {
    const rules: Rule[] = [];
    try {
      while (!this.is('EOF')) {
        try {
          this.item(rules);
        } catch (e) {
          if (!(e instanceof ParseError)) throw e;
          this.recoverOutside();
        }
      }
    } catch (e) {
      if (!(e instanceof ParseAbort)) throw e;
    }
    return { rules, funcs: this.funcs };
  }

  private recoverOutside(): void {
    while (!this.is('EOF') && !this.is('{')) this.next();
    if (this.is('EOF')) return;
    try {
      this.block();
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
    }
  }

  private item(rules: Rule[]): void {
    if (this.isKw('function')) return this.funcDef();
    if (this.isKw('BEGIN') || this.isKw('END')) {
      const kind = this.next().text === 'BEGIN' ? 'begin' : 'end';
      this.scope = kind;
      const body = this.block();
      this.scope = 'main';
      rules.push({ kind, pattern: null, pattern2: null, body });
      return;
    }
    this.scope = 'main';
    if (this.is('{')) {
      rules.push({ kind: 'main', pattern: null, pattern2: null, body: this.block() });
      return;
    }
    const pattern = this.expr();
    const pattern2 = this.accept(',') ? this.expr() : null;
    if (this.is('{')) {
      rules.push({ kind: 'main', pattern, pattern2, body: this.block() });
      return;
    }
    if (!this.is('NL') && !this.is(';')) this.fail();
    this.next();
    rules.push({ kind: 'main', pattern, pattern2, body: null });
  }

  private funcDef(): void {
    const kw = this.next();
    const t = this.peek();
    if (t.type !== 'NAME') this.fail();
    this.next();
    const kind = this.globals.get(t.text);
    if (this.funcs.has(t.text)) this.compileError(`redefinition of ${t.text}`, t);
    else if (kind !== undefined && kind !== 'func') this.compileError(`illegal reference to ${kind === 'array' ? 'array' : 'variable'} ${t.text}`, t);
    this.globals.set(t.text, 'func');
    this.defined.add(t.text);
    this.expect('(');
    const params: string[] = [];
    this.locals = new Map();
    if (!this.is(')')) {
      for (;;) {
        const p = this.expect('NAME');
        if (this.locals.has(p.text)) this.compileError(`${p.text} is duplicated in argument list`, p);
        this.locals.set(p.text, 'none');
        params.push(p.text);
        if (!this.accept(',')) break;
      }
    }
    this.expect(')');
    this.skipNl();
    // Calls parsed before the definition fix the kinds of the parameters they passed.
    for (const c of this.callSites) {
      if (c.name !== t.text) continue;
      c.argKinds.forEach((k, i) => {
        if (i < params.length && (k === 'var' || k === 'array') && this.locals!.get(params[i]!) === 'none') this.locals!.set(params[i]!, k);
      });
    }
    this.scope = 'func';
    const def: FuncDef = { name: t.text, params, body: [], line: kw.line };
    try {
      def.body = this.block();
      def.paramKinds = params.map((p) => this.locals!.get(p)!);
    } finally {
      this.scope = 'main';
      this.locals = null;
    }
    if (!this.funcs.has(t.text)) this.funcs.set(t.text, def);
  }

  block(): Stmt[] {
    this.expect('{');
    const body: Stmt[] = [];
    while (!this.is('}')) {
      if (this.is('EOF')) this.fail();
      try {
        const s = this.statement();
        if (s) body.push(s);
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        this.recoverStatement();
      }
    }
    this.next();
    return body;
  }

  /** yacc's `statement: error separator`: skip to the end of the statement. */
  private recoverStatement(): void {
    for (;;) {
      if (this.is('EOF')) throw new ParseAbort();
      if (this.is('}')) return;
      const t = this.next();
      if (t.type === 'NL' || t.type === ';') return this.recovered(t);
    }
  }

  private separator(): void {
    if (this.is('NL') || this.is(';')) this.next();
    else this.fail();
  }

  private simple(s: Stmt): Stmt {
    this.separator();
    return s;
  }

  statement(): Stmt | null {
    const t = this.peek();
    if (t.type === '{') return { k: 'block', body: this.block() };
    if (t.type === 'NL' || t.type === ';') {
      this.next();
      return null;
    }
    if (t.type !== 'KEYWORD') return this.simple({ k: 'expr', e: this.expr() });
    switch (t.text) {
      case 'print':
      case 'printf':
        return this.print();
      case 'if': {
        this.next();
        const test = this.condition();
        const then = this.body();
        if (!this.isKw('else')) return { k: 'if', test, then, else: null };
        this.next();
        this.skipNl();
        return { k: 'if', test, then, else: this.body() };
      }
      case 'while': {
        this.next();
        const test = this.condition();
        return { k: 'while', test, body: this.loopBody() };
      }
      case 'do': {
        this.next();
        this.skipNl();
        const body = this.loopBody();
        this.expect('KEYWORD', 'while');
        const test = this.condition(false);
        return this.simple({ k: 'do', body, test });
      }
      case 'for':
        return this.forStmt();
      case 'break':
      case 'continue':
        this.next();
        if (this.loops === 0) this.compileError(`${t.text} statement outside of loop`, t);
        return this.simple({ k: t.text });
      case 'next':
      case 'nextfile':
        this.next();
        if (this.scope !== 'main') this.compileError(`improper use of ${t.text}`, t);
        return this.simple({ k: t.text });
      case 'exit':
      case 'return': {
        this.next();
        const v = this.is('NL') || this.is(';') ? null : this.expr();
        if (t.text === 'return' && this.scope !== 'func') this.compileError('return outside function body', t);
        return this.simple(t.text === 'exit' ? { k: 'exit', code: v } : { k: 'return', value: v });
      }
      case 'delete': {
        this.next();
        const name = this.expect('NAME').text;
        this.useArray(name);
        const subs = this.accept('[') ? this.exprList(']') : null;
        return this.simple({ k: 'delete', name, subs });
      }
    }
    return this.simple({ k: 'expr', e: this.expr() });
  }

  private condition(nl = true): Expr {
    this.expect('(');
    const e = this.expr();
    this.expect(')');
    if (nl) this.skipNl();
    return e;
  }

  private body(): Stmt {
    return this.statement() ?? { k: 'block', body: [] };
  }

  private loopBody(): Stmt {
    this.loops++;
    try {
      return this.body();
    } finally {
      this.loops--;
    }
  }

  private forStmt(): Stmt {
    this.next();
    this.expect('(');
    if (this.is('NAME') && this.peek(1).type === 'KEYWORD' && this.peek(1).text === 'in' && this.peek(2).type === 'NAME' && this.peek(3).type === ')') {
      const v = this.next().text;
      this.useVar(v);
      this.next();
      const arr = this.arrayName();
      this.next();
      this.skipNl();
      return { k: 'forin', var: v, arr, body: this.loopBody() };
    }
    const init = this.is(';') ? null : this.expr();
    this.expect(';');
    const test = this.is(';') ? null : this.expr();
    this.expect(';');
    const step = this.is(')') ? null : this.expr();
    this.expect(')');
    this.skipNl();
    return { k: 'for', init, test, step, body: this.loopBody() };
  }

  private print(): Stmt {
    const kw = this.next();
    const k = kw.text as 'print' | 'printf';
    this.inPrint = true;
    this.depth = 0;
    let args: Expr[];
    try {
      args = this.groupedArgs() ?? this.argList();
    } finally {
      this.inPrint = false;
    }
    let redir: Redirect | null = null;
    const r = this.peek();
    if (r.type === '>' || r.type === '>>' || r.type === '|') {
      this.next();
      redir = { mode: r.type, target: this.expr() };
    }
    if (k === 'printf' && args.length === 0) this.compileError('no arguments in call to printf', kw);
    return this.simple({ k, args, redir });
  }

  /** `print (a, b) > f`: a parenthesised list that ends the arguments. */
  private groupedArgs(): Expr[] | null {
    if (!this.is('(')) return null;
    const save = this.mark();
    try {
      this.next();
      this.depth++;
      const list = this.is(')') ? [] : this.exprList(')');
      if (list.length === 0) this.next();
      this.depth--;
      const t = this.peek();
      if (['NL', ';', '>', '>>', '|', 'EOF'].includes(t.type)) return list;
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
    }
    this.reset(save);
    this.depth = 0;
    return null;
  }

  private argList(): Expr[] {
    const t = this.peek();
    if (['NL', ';', '>', '>>', '|', 'EOF'].includes(t.type)) return [];
    const list = [this.expr()];
    while (this.accept(',')) list.push(this.expr());
    return list;
  }
}
