import type { Applet, AppletContext } from '../types.ts';
import { printHelp, printVersion } from './coreutils-info.ts';
import { quote } from './locale-quote.ts';
import { fileTest, intCompare, isTty, statOf } from './test-files.ts';
import { busyboxTest } from './test-busybox.ts';

class Syntax extends Error {}

const BINOPS = new Set(['=', '!=', '==', '-nt', '-ot', '-ef', '-eq', '-ne', '-lt', '-le', '-gt', '-ge']);
const UNOPS = new Set('abcdefghknoprstuwxzGLOSN'.split('').map((c) => `-${c}`));

/**
 * coreutils test / [ (9.1): POSIX argument-count rules for up to four arguments, then the
 * -o/-a/!/( ) grammar; the same parser as test.c so errors come from the same places.
 */
class GnuTest {
  pos = 1;
  constructor(
    private readonly ctx: AppletContext,
    private readonly argv: string[],
    private readonly argc: number,
  ) {}

  private fail(msg: string): never {
    throw new Syntax(msg);
  }
  private beyond(): never {
    this.fail(`missing argument after ${quote(this.argv[this.argc - 1]!)}`);
  }
  private advance(f: boolean): void {
    this.pos++;
    if (f && this.pos >= this.argc) this.beyond();
  }
  private unaryAdvance(): void {
    this.advance(true);
    this.pos++;
  }
  private at(i: number): string {
    return this.argv[i] ?? '';
  }

  /** gnulib-style integer: blanks, optional sign, digits, blanks; returns the number text. */
  private findInt(s: string): string {
    const m = /^[ \t]*(?:\+(\d+)|(-?\d+))[ \t]*$/.exec(s);
    if (!m) this.fail(`invalid integer ${quote(s)}`);
    return m[1] ?? m[2]!;
  }

  posixtest(nargs: number): boolean {
    switch (nargs) {
      case 1: return this.oneArgument();
      case 2: return this.twoArguments();
      case 3: return this.threeArguments();
      case 4: return this.fourArguments();
      default: return this.expr();
    }
  }
  private oneArgument(): boolean {
    return this.at(this.pos++) !== '';
  }
  private twoArguments(): boolean {
    const a = this.at(this.pos);
    if (a === '!') {
      this.advance(false);
      return !this.oneArgument();
    }
    if (a.length === 2 && a[0] === '-') {
      if (UNOPS.has(a)) return this.unaryOperator();
      this.fail(`${quote(a)}: unary operator expected`);
    }
    this.beyond();
  }
  private threeArguments(): boolean {
    const p = this.pos;
    if (BINOPS.has(this.at(p + 1))) return this.binaryOperator(false);
    if (this.at(p) === '!') {
      this.advance(true);
      return !this.twoArguments();
    }
    if (this.at(p) === '(' && this.at(p + 2) === ')') {
      this.advance(false);
      const v = this.oneArgument();
      this.advance(false);
      return v;
    }
    if (this.at(p + 1) === '-a' || this.at(p + 1) === '-o') return this.expr();
    this.fail(`${quote(this.at(p + 1))}: binary operator expected`);
  }
  private fourArguments(): boolean {
    const p = this.pos;
    if (this.at(p) === '!') {
      this.advance(true);
      return !this.threeArguments();
    }
    if (this.at(p) === '(' && this.at(p + 3) === ')') {
      this.advance(false);
      const v = this.twoArguments();
      this.advance(false);
      return v;
    }
    return this.expr();
  }
  expr(): boolean {
    if (this.pos >= this.argc) this.beyond();
    return this.or();
  }
  private or(): boolean {
    let v = false;
    for (;;) {
      v = this.and() || v;
      if (!(this.pos < this.argc && this.at(this.pos) === '-o')) return v;
      this.advance(false);
    }
  }
  private and(): boolean {
    let v = true;
    for (;;) {
      v = this.term() && v;
      if (!(this.pos < this.argc && this.at(this.pos) === '-a')) return v;
      this.advance(false);
    }
  }
  private term(): boolean {
    if (this.pos >= this.argc) this.beyond();
    let negated = false;
    while (this.pos < this.argc && this.at(this.pos) === '!') {
      this.advance(true);
      negated = !negated;
    }
    let value: boolean;
    const a = this.at(this.pos);
    const left = this.argc - this.pos;
    if (a === '(') {
      this.advance(true);
      let nargs = 1;
      for (; this.pos + nargs < this.argc && this.at(this.pos + nargs) !== ')'; nargs++) {
        if (nargs === 4) {
          nargs = this.argc - this.pos;
          break;
        }
      }
      value = this.posixtest(nargs);
      if (this.pos >= this.argc) this.fail(`${quote(')')} expected`);
      if (this.at(this.pos) !== ')') this.fail(`${quote(')')} expected, found ${quote(this.at(this.pos))}`);
      this.advance(false);
    } else if (left >= 4 && a === '-l' && BINOPS.has(this.at(this.pos + 2))) value = this.binaryOperator(true);
    else if (left >= 3 && BINOPS.has(this.at(this.pos + 1))) value = this.binaryOperator(false);
    else if (a.length === 2 && a[0] === '-') {
      if (!UNOPS.has(a)) this.fail(`${quote(a)}: unary operator expected`);
      value = this.unaryOperator();
    } else {
      value = a !== '';
      this.advance(false);
    }
    return negated !== value;
  }

  private binaryOperator(lIsL: boolean): boolean {
    if (lIsL) this.advance(false);
    const op = this.pos + 1;
    let rIsL = false;
    if (op < this.argc - 2 && this.at(op + 1) === '-l') {
      rIsL = true;
      this.advance(false);
    }
    const o = this.at(op);
    const lhs = this.at(op - 1);
    if (/^-(eq|ne|lt|le|gt|ge)$/.test(o)) {
      const l = lIsL ? String(lhs.length) : this.findInt(lhs);
      const r = rIsL ? String(this.at(op + 2).length) : this.findInt(this.at(op + 1));
      const cmp = intCompare(l, r);
      this.pos += 3;
      switch (o) {
        case '-eq': return cmp === 0;
        case '-ne': return cmp !== 0;
        case '-lt': return cmp < 0;
        case '-le': return cmp <= 0;
        case '-gt': return cmp > 0;
        default: return cmp >= 0;
      }
    }
    if (o === '-nt' || o === '-ot' || o === '-ef') {
      this.pos += 3;
      if (lIsL || rIsL) this.fail(`${o} does not accept -l`);
      const a = statOf(this.ctx, lhs);
      const b = statOf(this.ctx, this.at(op + 1));
      if (o === '-ef') return !!a && !!b && a.dev === b.dev && a.ino === b.ino;
      if (o === '-nt') return !!a && (!b || a.mtime > b.mtime);
      return !!b && (!a || a.mtime < b.mtime);
    }
    const v = this.at(this.pos) === this.at(this.pos + 2);
    this.pos += 3;
    return o === '!=' ? !v : v;
  }

  private unaryOperator(): boolean {
    const op = this.at(this.pos);
    switch (op) {
      case '-t': {
        this.unaryAdvance();
        const n = BigInt(this.findInt(this.at(this.pos - 1)));
        return n >= 0n && n <= 2147483647n && isTty(this.ctx, Number(n));
      }
      case '-n': this.unaryAdvance(); return this.at(this.pos - 1) !== '';
      case '-z': this.unaryAdvance(); return this.at(this.pos - 1) === '';
      case '-a': case '-o': this.fail(`${quote(op)}: unary operator expected`);
    }
    this.unaryAdvance();
    return fileTest(this.ctx, op, this.at(this.pos - 1));
  }
}

const test: Applet = {
  async run(ctx) {
    if (ctx.flavor === 'busybox') return busyboxTest(ctx);
    const argv = ctx.argv;
    let argc = argv.length;
    const prog = argv[0] ?? ctx.name;
    try {
      if (ctx.name === '[') {
        if (argc === 2 && argv[1] === '--help') return printHelp(ctx, '[');
        if (argc === 2 && argv[1] === '--version') return printVersion(ctx, '[');
        if (argc < 2 || argv[argc - 1] !== ']') throw new Syntax(`missing ${quote(']')}`);
        argc--;
      }
      if (argc <= 1) return 1;
      const t = new GnuTest(ctx, argv, argc);
      const value = t.posixtest(argc - 1);
      if (t.pos !== argc) throw new Syntax(`extra argument ${quote(argv[t.pos]!)}`);
      return value ? 0 : 1;
    } catch (e) {
      if (!(e instanceof Syntax)) throw e;
      await ctx.stderr.write(`${prog}: ${e.message}\n`);
      return 2;
    }
  },
};
export default test;
