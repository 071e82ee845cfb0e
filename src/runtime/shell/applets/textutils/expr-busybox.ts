import type { AppletContext } from '../types.ts';
import { anchoredMatch } from './expr-regex.ts';

type Value = { t: 'int'; v: bigint } | { t: 'str'; s: string };

class BbError extends Error {}

const wrap = (v: bigint) => BigInt.asIntN(64, v);
const text = (x: Value) => (x.t === 'int' ? x.v.toString() : x.s);
const isNull = (x: Value) => (x.t === 'int' ? x.v === 0n : x.s === '' || x.s === '0');

/** strtoll over the whole string: blanks and a sign allowed, out-of-range values clamp. */
function toArith(x: Value): bigint | null {
  if (x.t === 'int') return x.v;
  const m = /^[ \t\n\v\f\r]*([-+]?\d+)$/.exec(x.s);
  if (!m) return null;
  const v = BigInt(m[1]!);
  const max = (1n << 63n) - 1n;
  return v > max ? max : v < -max - 1n ? -max - 1n : v;
}

/** busybox expr: 64-bit integers, no short-circuit, every syntax problem is just "syntax error". */
class BbEval {
  private i = 0;
  constructor(private readonly a: string[]) {}
  private next(t: string): boolean {
    if (this.a[this.i] === t) {
      this.i++;
      return true;
    }
    return false;
  }
  run(): Value {
    const v = this.e0();
    if (this.i < this.a.length) throw new BbError('syntax error');
    return v;
  }
  private e0(): Value {
    let l = this.e1();
    while (this.next('|')) {
      const r = this.e1();
      if (isNull(l)) l = r;
    }
    return l;
  }
  private e1(): Value {
    let l = this.e2();
    while (this.next('&')) {
      const r = this.e2();
      if (isNull(l) || isNull(r)) l = { t: 'int', v: 0n };
    }
    return l;
  }
  private e2(): Value {
    let l = this.e3();
    for (;;) {
      const op = ['<', '<=', '=', '==', '!=', '>=', '>'].find((o) => this.next(o));
      if (!op) return l;
      const r = this.e3();
      const x = toArith(l);
      const y = toArith(r);
      let c: number;
      if (x !== null && y !== null) c = x < y ? -1 : x > y ? 1 : 0;
      else c = text(l) < text(r) ? -1 : text(l) > text(r) ? 1 : 0;
      const res = { '<': c < 0, '<=': c <= 0, '=': c === 0, '==': c === 0, '!=': c !== 0, '>=': c >= 0, '>': c > 0 }[op]!;
      l = { t: 'int', v: res ? 1n : 0n };
    }
  }
  private arith(l: Value, r: Value, op: string): Value {
    const x = toArith(l);
    const y = toArith(r);
    if (x === null || y === null) throw new BbError('non-numeric argument');
    if ((op === '/' || op === '%') && y === 0n) throw new BbError('division by zero');
    const v = op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : op === '/' ? x / y : x % y;
    return { t: 'int', v: wrap(v) };
  }
  private e3(): Value {
    let l = this.e4();
    for (;;) {
      const op = ['+', '-'].find((o) => this.next(o));
      if (!op) return l;
      l = this.arith(l, this.e4(), op);
    }
  }
  private e4(): Value {
    let l = this.e5();
    for (;;) {
      const op = ['*', '/', '%'].find((o) => this.next(o));
      if (!op) return l;
      l = this.arith(l, this.e5(), op);
    }
  }
  private e5(): Value {
    let l = this.e6();
    while (this.next(':')) l = colon(l, this.e6());
    return l;
  }
  private e6(): Value {
    const kw = this.a[this.i];
    if (kw === 'quote') {
      this.i++;
      if (this.i >= this.a.length) throw new BbError('syntax error');
      return { t: 'str', s: this.a[this.i++]! };
    }
    if (kw === 'length') {
      this.i++;
      return { t: 'int', v: BigInt(text(this.e6()).length) };
    }
    if (kw === 'match' || kw === 'index' || kw === 'substr') {
      this.i++;
      const l = this.e6();
      if (kw === 'match') return colon(l, this.e6());
      if (kw === 'index') {
        const s = text(l);
        const set = text(this.e6());
        const k = [...s].findIndex((c) => set.includes(c));
        return { t: 'int', v: BigInt(k + 1) };
      }
      const p = toArith(this.e6());
      const n = toArith(this.e6());
      const s = text(l);
      if (p === null || n === null || p > BigInt(s.length) || p <= 0n || n <= 0n) return { t: 'str', s: '' };
      return { t: 'str', s: s.slice(Number(p) - 1, Number(p) - 1 + Math.min(Number(n), s.length)) };
    }
    return this.e7();
  }
  private e7(): Value {
    if (this.i >= this.a.length) throw new BbError('syntax error');
    if (this.next('(')) {
      const v = this.e0();
      if (!this.next(')')) throw new BbError('syntax error');
      return v;
    }
    if (this.a[this.i] === ')') throw new BbError('syntax error');
    return { t: 'str', s: this.a[this.i++]! };
  }
}

function colon(l: Value, r: Value): Value {
  const pat = text(r);
  const m = anchoredMatch(text(l), pat)!;
  if (!m.ok) throw new BbError(`bad regex '${pat}': ${m.error}`);
  if (m.whole >= 0) return m.groups > 0 && m.group1 !== undefined ? { t: 'str', s: m.group1 } : { t: 'int', v: BigInt(m.whole) };
  return m.groups > 0 ? { t: 'str', s: '' } : { t: 'int', v: 0n };
}

export async function busyboxExpr(ctx: AppletContext): Promise<number> {
  const args = ctx.argv.slice(1);
  if (args.length === 0) {
    await ctx.stderr.write('expr: too few arguments\n');
    return 2;
  }
  try {
    const v = new BbEval(args).run();
    await ctx.stdout.write(`${text(v)}\n`);
    return isNull(v) ? 1 : 0;
  } catch (e) {
    if (!(e instanceof BbError)) throw e;
    await ctx.stderr.write(`expr: ${e.message}\n`);
    return 2;
  }
}
