import { busyboxHelp } from './bb-usage.ts';
import { gnuInfo } from './gnu-info.ts';
import type { Applet, AppletContext } from '../types.ts';
import { anchoredMatch } from './expr-regex.ts';
import { busyboxExpr } from './expr-busybox.ts';

type Value = { t: 'int'; v: bigint } | { t: 'str'; s: string };

/** An error that ends expr: syntax errors and bad arithmetic exit 2. */
export class ExprError extends Error {
  constructor(
    message: string,
    readonly status = 2,
  ) {
    super(message);
  }
}

const quoteArg = (s: string) => `'${s.replace(/\\/g, '\\\\')}'`;
const str = (s: string): Value => ({ t: 'str', s });
const int = (v: bigint): Value => ({ t: 'int', v });
const text = (x: Value) => (x.t === 'int' ? x.v.toString() : x.s);
const looksInt = (s: string) => /^-?\d+$/.test(s);
const toInt = (x: Value): bigint | null => (x.t === 'int' ? x.v : looksInt(x.s) ? BigInt(x.s) : null);

function isNull(x: Value): boolean {
  if (x.t === 'int') return x.v === 0n;
  return x.s === '' || /^-?0+$/.test(x.s);
}

/** coreutils expr: the recursive-descent evaluator of expr.c with GMP-sized integers. */
class Evaluator {
  private i = 0;
  constructor(
    private readonly args: string[],
    /** In a UTF-8 locale length, index, substr and match counts are in characters. */
    private readonly chars: (s: string) => string[],
  ) {}

  private more(): boolean {
    return this.i < this.args.length;
  }
  private next(tok: string): boolean {
    if (this.args[this.i] === tok) {
      this.i++;
      return true;
    }
    return false;
  }
  private missing(): never {
    throw new ExprError(`syntax error: missing argument after ${quoteArg(this.args[this.i - 1]!)}`);
  }

  run(): Value {
    const v = this.eval(true);
    if (this.more()) throw new ExprError(`syntax error: unexpected argument ${quoteArg(this.args[this.i]!)}`);
    return v;
  }

  private eval(ev: boolean): Value {
    let l = this.eval1(ev);
    while (this.next('|')) {
      const r = this.eval1(ev && isNull(l));
      if (isNull(l)) l = isNull(r) ? int(0n) : r;
    }
    return l;
  }

  private eval1(ev: boolean): Value {
    let l = this.eval2(ev);
    while (this.next('&')) {
      const r = this.eval2(ev && !isNull(l));
      if (isNull(l) || isNull(r)) l = int(0n);
    }
    return l;
  }

  private eval2(ev: boolean): Value {
    let l = this.eval3(ev);
    for (;;) {
      const op = ['<', '<=', '=', '==', '!=', '>=', '>'].find((o) => this.next(o));
      if (!op) return l;
      const r = this.eval3(ev);
      let res = false;
      if (ev) {
        const a = text(l);
        const b = text(r);
        const cmp = looksInt(a) && looksInt(b) ? cmpBig(BigInt(a), BigInt(b)) : a < b ? -1 : a > b ? 1 : 0;
        res = { '<': cmp < 0, '<=': cmp <= 0, '=': cmp === 0, '==': cmp === 0, '!=': cmp !== 0, '>=': cmp >= 0, '>': cmp > 0 }[op]!;
      }
      l = int(res ? 1n : 0n);
    }
  }

  private eval3(ev: boolean): Value {
    let l = this.eval4(ev);
    for (;;) {
      const op = this.next('+') ? '+' : this.next('-') ? '-' : null;
      if (!op) return l;
      const r = this.eval4(ev);
      if (ev) {
        const a = toInt(l);
        const b = toInt(r);
        if (a === null || b === null) throw new ExprError('non-integer argument');
        l = int(op === '+' ? a + b : a - b);
      }
    }
  }

  private eval4(ev: boolean): Value {
    let l = this.eval5(ev);
    for (;;) {
      const op = ['*', '/', '%'].find((o) => this.next(o));
      if (!op) return l;
      const r = this.eval5(ev);
      if (ev) {
        const a = toInt(l);
        const b = toInt(r);
        if (a === null || b === null) throw new ExprError('non-integer argument');
        if (op !== '*' && b === 0n) throw new ExprError('division by zero');
        l = int(op === '*' ? a * b : op === '/' ? a / b : a % b);
      }
    }
  }

  private eval5(ev: boolean): Value {
    let l = this.eval6(ev);
    while (this.next(':')) {
      const r = this.eval6(ev);
      if (ev) l = colon(l, r, this.chars);
    }
    return l;
  }

  private eval6(ev: boolean): Value {
    if (this.next('+')) {
      if (!this.more()) this.missing();
      return str(this.args[this.i++]!);
    }
    if (this.next('length')) return int(BigInt(this.chars(text(this.eval6(ev))).length));
    if (this.next('match')) {
      const l = this.eval6(ev);
      const r = this.eval6(ev);
      return ev ? colon(l, r, this.chars) : l;
    }
    if (this.next('index')) {
      const l = this.chars(text(this.eval6(ev)));
      const r = this.chars(text(this.eval6(ev)));
      let pos = 0;
      for (let k = 0; k < l.length; k++) {
        if (r.includes(l[k]!)) {
          pos = k + 1;
          break;
        }
      }
      return int(BigInt(pos));
    }
    if (this.next('substr')) {
      const l = this.chars(text(this.eval6(ev)));
      const p = toInt(this.eval6(ev));
      const n = toInt(this.eval6(ev));
      if (p === null || n === null || p < 1n || n < 1n || p > BigInt(l.length)) return str('');
      return str(l.slice(Number(p) - 1, Number(p) - 1 + Number(n > BigInt(l.length) ? BigInt(l.length) : n)).join(''));
    }
    return this.eval7(ev);
  }

  private eval7(ev: boolean): Value {
    if (!this.more()) this.missing();
    if (this.next('(')) {
      const v = this.eval(ev);
      if (!this.more()) throw new ExprError(`syntax error: expecting ')' after ${quoteArg(this.args[this.i - 1]!)}`);
      if (!this.next(')')) throw new ExprError(`syntax error: expecting ')' instead of ${quoteArg(this.args[this.i]!)}`);
      return v;
    }
    if (this.next(')')) throw new ExprError("syntax error: unexpected ')'");
    return str(this.args[this.i++]!);
  }
}

/** Splits a byte string into UTF-8 characters; a byte that starts no valid sequence stands alone. */
function utf8Chars(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; ) {
    const b = s.charCodeAt(i);
    const n = b >= 0xf0 && b < 0xf8 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 1;
    const seq = s.slice(i, i + n);
    const ok = n > 1 && seq.length === n && [...seq.slice(1)].every((c) => (c.charCodeAt(0) & 0xc0) === 0x80);
    out.push(ok ? seq : s[i]!);
    i += ok ? n : 1;
  }
  return out;
}

function cmpBig(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function colon(l: Value, r: Value, chars: (s: string) => string[]): Value {
  const m = anchoredMatch(text(l), text(r))!;
  if (!m.ok) throw new ExprError(m.error);
  if (m.groups > 0) return str(m.whole < 0 ? '' : (m.group1 ?? ''));
  return int(BigInt(m.whole < 0 ? 0 : chars(text(l).slice(0, m.whole)).length));
}

const HELP_HINT = "Try 'expr --help' for more information.\n";

/** expr EXPRESSION: prints the value; exit 1 when it is null or 0, 2 on bad expressions. */
const expr: Applet = {
  async run(ctx: AppletContext) {
    if (await busyboxHelp(ctx)) return 0;
    if (ctx.flavor === 'busybox') return busyboxExpr(ctx);
    let args = ctx.argv.slice(1);
    if (await gnuInfo(ctx, args.slice(0, 1))) return 0;
    if (args[0] === '--') args = args.slice(1);
    if (args.length === 0) {
      await ctx.stderr.write(`expr: missing operand\n${HELP_HINT}`);
      return 2;
    }
    try {
      const utf8 = /utf-?8/i.test(ctx.env.get('LC_ALL') || ctx.env.get('LC_CTYPE') || ctx.env.get('LANG') || '');
      const v = new Evaluator(args, utf8 ? utf8Chars : (s) => s.split('')).run();
      await ctx.stdout.write(`${text(v)}\n`);
      return isNull(v) ? 1 : 0;
    } catch (e) {
      if (!(e instanceof ExprError)) throw e;
      await ctx.stderr.write(`expr: ${e.message}\n`);
      return e.status;
    }
  },
};
export default expr;
