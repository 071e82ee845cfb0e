/** Expressions to closures. */
import type { Expr } from './ast.ts';
import { AwkRuntimeError } from './awk-error.ts';
import { compileBuiltin } from './builtins.ts';
import { A, asAsync, map1, map2, S, type CE } from './code.ts';
import { compileAssign, compileIncDec, compileGetline, fieldIndex, subscript } from './compile-lvalue.ts';
import { compileCall } from './compile-call.ts';
import type { Compiler } from './compiler.ts';
import type { Runtime } from './runtime.ts';
import { compare, toBool, toNum, type Value } from './values.ts';

/** A NaN made by arithmetic prints as "-nan" (x86's default NaN has the sign bit set). */
export const NEG_NAN = (() => {
  // Built from its bits: bundlers fold the literal `-NaN` into a plain NaN.
  const u = new Uint32Array([0, 0xfff80000]);
  return new Float64Array(u.buffer)[0]!;
})();

function arith(op: string): (rt: Runtime, x: Value, y: Value) => Value {
  const f = arithOp(op);
  return (rt, x, y) => f(rt, toNum(x), toNum(y));
}

const ARITH: Record<string, (a: number, b: number) => number> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '%': (a, b) => a % b,
  '^': (a, b) => Math.pow(a, b),
};

/** An arithmetic operator on numbers: NaN results print as "-nan"; busybox stops at division by zero. */
export function arithOp(op: string): (rt: Runtime, a: number, b: number) => number {
  const f = ARITH[op]!;
  const divides = op === '/' || op === '%';
  return (rt, a, b) => {
    if (divides && b === 0 && rt.ctx.flavor === 'busybox') throw new AwkRuntimeError('Division by zero');
    const r = f(a, b);
    return r !== r && a === a && b === b ? NEG_NAN : r;
  };
}

const CMP: Record<string, (c: number) => boolean> = {
  '<': (c) => c < 0,
  '<=': (c) => c <= 0,
  '>': (c) => c > 0,
  '>=': (c) => c >= 0,
  '==': (c) => c === 0,
  '!=': (c) => c !== 0,
};

export function compileExpr(c: Compiler, e: Expr): CE {
  switch (e.k) {
    case 'num': {
      const v = e.v;
      return S(() => v);
    }
    case 'str': {
      const v = e.v;
      return S(() => v);
    }
    case 're': {
      const re = e.re;
      return S((rt) => (re.test(rt.record.text0()) ? 1 : 0));
    }
    case 'var':
      return S(c.scalar(e.name).get);
    case 'field': {
      if (e.index.k === 'num') {
        const i = fieldIndex(e.index.v);
        return i === 0 ? S((rt) => rt.record.get0()) : S((rt) => rt.record.get(i));
      }
      return map1(c.expr(e.index), (rt, v) => rt.record.get(fieldIndex(toNum(v))));
    }
    case 'elem': {
      const arr = c.array(e.name);
      return map1(subscript(c, e.subs), (rt, k) => arr(rt).find(k, true)!.v);
    }
    case 'in': {
      const arr = c.array(e.name);
      return map1(subscript(c, e.subs), (rt, k) => (arr(rt).find(k, false) ? 1 : 0));
    }
    case 'assign':
      return compileAssign(c, e.op, e.target, c.expr(e.value));
    case 'incdec':
      return compileIncDec(c, e.op, e.prefix, e.target);
    case 'cond': {
      const t = c.expr(e.test);
      const a = c.expr(e.a);
      const b = c.expr(e.b);
      if (t.sync && a.sync && b.sync) {
        const ft = t.f;
        const fa = a.f;
        const fb = b.f;
        return S((rt) => (toBool(ft(rt)) ? fa(rt) : fb(rt)));
      }
      const ft = asAsync(t);
      const fa = asAsync(a);
      const fb = asAsync(b);
      return A(async (rt) => (toBool(await ft(rt)) ? fa(rt) : fb(rt)));
    }
    case 'and':
    case 'or': {
      const isAnd = e.k === 'and';
      const a = c.expr(e.a);
      const b = c.expr(e.b);
      if (a.sync && b.sync) {
        const fa = a.f;
        const fb = b.f;
        return isAnd ? S((rt) => (toBool(fa(rt)) && toBool(fb(rt)) ? 1 : 0)) : S((rt) => (toBool(fa(rt)) || toBool(fb(rt)) ? 1 : 0));
      }
      const fa = asAsync(a);
      const fb = asAsync(b);
      return A(async (rt) => {
        const x = toBool(await fa(rt));
        if (isAnd ? !x : x) return isAnd ? 0 : 1;
        return toBool(await fb(rt)) ? 1 : 0;
      });
    }
    case 'not':
      return map1(c.expr(e.a), (_rt, x) => (toBool(x) ? 0 : 1));
    case 'neg':
      return map1(c.expr(e.a), (_rt, x) => -toNum(x));
    case 'plus':
      return map1(c.expr(e.a), (_rt, x) => toNum(x));
    case 'arith':
      return map2(c.expr(e.a), c.expr(e.b), arith(e.op));
    case 'cmp': {
      const test = CMP[e.op]!;
      return map2(c.expr(e.a), c.expr(e.b), (rt, x, y) => (test(compare(x, y, rt.convfmt)) ? 1 : 0));
    }
    case 'match': {
      const neg = e.neg;
      const subject = c.expr(e.a);
      if (e.re.k === 're') {
        const re = e.re.re;
        return map1(subject, (rt, x) => (re.test(rt.str(x)) !== neg ? 1 : 0));
      }
      return map2(subject, c.expr(e.re), (rt, x, r) => (rt.dynRegex(r).test(rt.str(x)) !== neg ? 1 : 0));
    }
    case 'cat':
      return map2(c.expr(e.a), c.expr(e.b), (rt, x, y) => rt.str(x) + rt.str(y));
    case 'call':
      return compileCall(c, e.name, e.args, e.pending ?? 0);
    case 'builtin':
      return compileBuiltin(c, e.name, e.args);
    case 'getline':
      return compileGetline(c, e);
  }
}
