/**
 * Assignments, ++/-- and getline targets. Like mawk, the target's location (subscript or
 * field number) is evaluated before the assigned value.
 */
import type { AwkArray, Cell } from './array.ts';
import type { Expr, LValue } from './ast.ts';
import { AwkRuntimeError } from './awk-error.ts';
import { A, asAsync, mapN, S, type CE } from './code.ts';
import { arithOp } from './compile-expr.ts';
import type { Compiler } from './compiler.ts';
import type { Runtime } from './runtime.ts';
import { dToI, mbstrn, toNum, type Value } from './values.ts';

/** The array key of `a[i]` / `a[i, j]` (SUBSEP-joined strings for several). */
export function subscript(c: Compiler, subs: Expr[]): CE {
  if (subs.length === 1) return c.expr(subs[0]!);
  return mapN(
    subs.map((s) => c.expr(s)),
    (rt, xs) => xs.map((x) => rt.str(x)).join(rt.subsep()),
  );
}

export function fieldIndex(d: number): number {
  const i = dToI(d);
  if (i < 0) throw new AwkRuntimeError(`negative field index $${i}`);
  return i;
}

/** Location of an lvalue: `prep` evaluates its parts, then get/set work on that result. */
export interface Loc {
  prep: CE<unknown> | null;
  get: (rt: Runtime, p: unknown) => Value;
  set: (rt: Runtime, p: unknown, v: Value) => void;
}

export function locate(c: Compiler, t: LValue): Loc {
  if (t.k === 'var') {
    const r = c.scalar(t.name);
    return { prep: null, get: (rt) => r.get(rt), set: (rt, _p, v) => r.set(rt, v) };
  }
  if (t.k === 'field') {
    return {
      prep: c.expr(t.index),
      get: (rt, p) => rt.record.get(fieldIndex(toNum(p as Value))),
      set: (rt, p, v) => rt.record.set(fieldIndex(toNum(p as Value)), v),
    };
  }
  const arr = c.array(t.name);
  // The cell itself is the location (created when the address is taken, as in mawk).
  return {
    prep: subscriptCell(c, t.subs, arr),
    get: (_rt, p) => (p as Cell).v,
    set: (_rt, p, v) => void ((p as Cell).v = v),
  };
}

function subscriptCell(c: Compiler, subs: Expr[], arr: (rt: Runtime) => AwkArray): CE<Cell> {
  const k = subscript(c, subs);
  if (k.sync) {
    const f = k.f;
    return S((rt) => arr(rt).find(f(rt), true)!);
  }
  const f = k.f;
  return A(async (rt) => arr(rt).find(await f(rt), true)!);
}

export function compileAssign(c: Compiler, op: string, target: LValue, value: CE): CE {
  const loc = locate(c, target);
  const f = op === '=' ? null : arithOp(op.slice(0, -1));
  const update = (rt: Runtime, p: unknown, v: Value): Value => {
    const r = f ? f(rt, toNum(loc.get(rt, p)), toNum(v)) : v;
    loc.set(rt, p, r);
    return r;
  };
  if (target.k === 'var' && value.sync) {
    const r = c.scalar(target.name);
    const fv = value.f;
    if (!f) return S((rt) => {
      const v = fv(rt);
      r.set(rt, v);
      return v;
    });
    return S((rt) => {
      const v = f(rt, toNum(r.get(rt)), toNum(fv(rt)));
      r.set(rt, v);
      return v;
    });
  }
  const prep = loc.prep;
  if ((!prep || prep.sync) && value.sync) {
    const fp: (rt: Runtime) => unknown = prep ? prep.f : () => 0;
    const fv = value.f;
    return S((rt) => {
      const p = fp(rt);
      return update(rt, p, fv(rt));
    });
  }
  const fp: (rt: Runtime) => Promise<unknown> = prep ? asAsync(prep) : async () => 0;
  const fv = asAsync(value);
  return A(async (rt) => {
    const p = await fp(rt);
    return update(rt, p, await fv(rt));
  });
}

export function compileIncDec(c: Compiler, op: '++' | '--', prefix: boolean, target: LValue): CE {
  const loc = locate(c, target);
  const d = op === '++' ? 1 : -1;
  const step = (rt: Runtime, p: unknown): Value => {
    const old = toNum(loc.get(rt, p));
    loc.set(rt, p, old + d);
    return prefix ? old + d : old;
  };
  const prep = loc.prep;
  if (!prep) return S((rt) => step(rt, 0));
  if (prep.sync) {
    const fp = prep.f;
    return S((rt) => step(rt, fp(rt)));
  }
  const fp = prep.f;
  return A(async (rt) => step(rt, await fp(rt)));
}

/** getline in its three forms; returns 1, 0 at end of input, -1 when a file cannot be read. */
export function compileGetline(c: Compiler, e: Extract<Expr, { k: 'getline' }>): CE {
  const loc = e.target ? locate(c, e.target) : null;
  const prep = loc?.prep ? asAsync(loc.prep) : null;
  const from = e.from ? asAsync(c.expr(e.from)) : null;
  const store = (rt: Runtime, p: unknown, rec: string): void => {
    if (loc) loc.set(rt, p, rec === '' ? '' : mbstrn(rec));
    else rt.record.setInput(rec);
  };
  if (e.src === 'main') {
    return A(async (rt) => {
      const p = prep ? await prep(rt) : 0;
      const rec = await rt.input.next();
      if (rec === null) return 0;
      store(rt, p, rec);
      return 1;
    });
  }
  const fromFile = e.src === 'file';
  return A(async (rt) => {
    // mawk evaluates the file name (or command) before the target's location.
    const name = rt.str(await from!(rt));
    const p = prep ? await prep(rt) : 0;
    const rec = fromFile ? await rt.input.fromFile(name) : await rt.input.fromCommand(name);
    if (rec === -1) return -1;
    if (rec === null) return 0;
    store(rt, p, rec);
    return 1;
  });
}
