/**
 * The parts of the expression grammar that take argument lists: user function calls (with
 * mawk's deferred typing of bare names), builtins and their arity, split/match/sub/gsub, and
 * constant regular expressions checked at parse time.
 */
import type { Expr, LValue } from './ast.ts';
import { BUILTINS } from './lexer.ts';
import { SymbolCursor } from './parse-symbols.ts';
import { AwkRegex, RegexError } from './regex.ts';

export abstract class CallParser extends SymbolCursor {
  /** Parsing print arguments: `>` and `|` outside parentheses end the list. */
  protected inPrint = false;
  protected depth = 0;

  abstract expr(): Expr;
  abstract lvalue(): LValue;

  /** mawk compiles a constant string in a regex position at parse time (errors are compile errors). */
  protected constRegex(e: Expr, split = false): Expr {
    if (e.k === 'str' && (!split || (e.v.length > 1 && e.v !== ' '))) this.regex(e.v);
    return e;
  }

  protected regex(src: string): AwkRegex {
    try {
      return new AwkRegex(src);
    } catch (e) {
      if (!(e instanceof RegexError)) throw e;
      this.compileError(`regular expression compile failed (${e.message})\n${src}`);
      return new AwkRegex('');
    }
  }

  protected exprList(close: ']' | ')'): Expr[] {
    const saved = this.inPrint;
    this.inPrint = false;
    const list = [this.expr()];
    while (this.accept(',')) list.push(this.expr());
    this.inPrint = saved;
    this.expect(close);
    return list;
  }

  protected call(name: string, line: number): Expr {
    this.globals.set(name, 'func');
    this.expect('(');
    this.depth++;
    const args = this.is(')') ? [] : this.callArgs(name);
    if (args.length === 0) this.next();
    this.depth--;
    const argKinds = args.map((a) => {
      if (a.k !== 'var') return 'var';
      const l = this.locals?.get(a.name);
      return l === undefined ? this.globals.get(a.name) : l === 'none' ? undefined : l;
    });
    this.callSites.push({ name, args, argKinds, line: this.peek().line, definedBefore: this.defined.has(name), scope: this.locals });
    return { k: 'call', name, args, line };
  }

  /** A bare untyped name passed to a function stays untyped until the call is resolved. */
  private callArgs(fn: string): Expr[] {
    const saved = this.inPrint;
    this.inPrint = false;
    const list: Expr[] = [];
    do {
      const t = this.peek();
      const after = this.peek(1).type;
      if (t.type === 'NAME' && !t.call && (after === ',' || after === ')') && this.kindOf(t.text) === undefined) {
        this.next();
        // A function defined earlier types the argument at once, as mawk's call resolution does.
        const known = this.paramKind(fn, list.length);
        if (known === 'var') this.useVar(t.text);
        else if (known === 'array') this.useArray(t.text);
        list.push({ k: 'var', name: t.text });
      } else if (t.type === 'NAME' && !t.call && (after === ',' || after === ')') && this.kindOf(t.text) !== 'func') {
        // Arrays pass by reference; the call's type check happens once every function is known.
        this.next();
        list.push({ k: 'var', name: t.text });
      } else list.push(this.expr());
    } while (this.accept(','));
    this.inPrint = saved;
    this.expect(')');
    return list;
  }

  protected builtin(): Expr {
    const t = this.next();
    const [min, max] = BUILTINS[t.text]!;
    if (!this.is('(')) {
      if (t.text !== 'length') this.fail();
      return { k: 'builtin', name: 'length', args: [] };
    }
    this.next();
    this.depth++;
    let args: Expr[] = [];
    if (t.text === 'length' && this.is('NAME') && this.peek(1).type === ')' && this.kindOf(this.peek().text) === 'array') {
      args = [{ k: 'var', name: this.next().text }];
      this.next();
      this.depth--;
      return { k: 'builtin', name: 'alength', args };
    }
    if (!this.accept(')')) args = this.exprList(')');
    this.depth--;
    if (args.length < min || args.length > max) this.compileError(`wrong number of arguments in call to ${t.text}`);
    return { k: 'builtin', name: t.text, args };
  }

  /** split(s, A [, sep]), match(s, re), sub/gsub(re, repl [, target]). */
  protected special(name: string): Expr {
    this.next();
    this.expect('(');
    this.depth++;
    const saved = this.inPrint;
    this.inPrint = false;
    const first = this.expr();
    const args: Expr[] = [name === 'sub' || name === 'gsub' ? this.constRegex(first) : first];
    this.expect(',');
    if (name === 'split') {
      args.push({ k: 'var', name: this.arrayName() });
      if (this.accept(',')) args.push(this.constRegex(this.expr(), true));
    } else {
      const second = this.expr();
      args.push(name === 'match' ? this.constRegex(second) : second);
      if (name !== 'match' && this.accept(',')) args.push(this.lvalue());
    }
    this.inPrint = saved;
    this.expect(')');
    this.depth--;
    return { k: 'builtin', name, args };
  }
}
