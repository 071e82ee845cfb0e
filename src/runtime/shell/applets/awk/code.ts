/**
 * Compiled code is a tree of closures. An expression stays synchronous (cheap) unless it
 * contains getline, a user function call, system(), close() or fflush(); only those parts
 * await. Statements return a control signal instead of throwing it.
 */
import type { ExitSignal } from './awk-error.ts';
import type { Runtime } from './runtime.ts';
import type { Value } from './values.ts';

export type SyncE<T = Value> = (rt: Runtime) => T;
export type AsyncE<T = Value> = (rt: Runtime) => Promise<T>;
export type CE<T = Value> = { sync: true; f: SyncE<T> } | { sync: false; f: AsyncE<T> };

export const S = <T = Value>(f: SyncE<T>): CE<T> => ({ sync: true, f });
export const A = <T = Value>(f: AsyncE<T>): CE<T> => ({ sync: false, f });

export function asAsync<T>(c: CE<T>): AsyncE<T> {
  if (!c.sync) return c.f;
  const f = c.f;
  return async (rt) => f(rt);
}

export function map1(a: CE, op: (rt: Runtime, x: Value) => Value): CE {
  if (a.sync) {
    const fa = a.f;
    return S((rt) => op(rt, fa(rt)));
  }
  const fa = a.f;
  return A(async (rt) => op(rt, await fa(rt)));
}

export function map2(a: CE, b: CE, op: (rt: Runtime, x: Value, y: Value) => Value): CE {
  if (a.sync && b.sync) {
    const fa = a.f;
    const fb = b.f;
    return S((rt) => op(rt, fa(rt), fb(rt)));
  }
  const fa = asAsync(a);
  const fb = asAsync(b);
  return A(async (rt) => op(rt, await fa(rt), await fb(rt)));
}

export function mapN(list: CE[], op: (rt: Runtime, xs: Value[]) => Value): CE {
  if (list.every((c) => c.sync)) {
    const fs = list.map((c) => c.f as SyncE);
    return S((rt) => op(rt, fs.map((f) => f(rt))));
  }
  const fs = list.map(asAsync);
  return A(async (rt) => {
    const xs: Value[] = [];
    for (const f of fs) xs.push(await f(rt));
    return op(rt, xs);
  });
}

/** A value returned from a user function. */
export class Ret {
  constructor(readonly v: Value) {}
}

export type Ctl = { kind: 'next' } | { kind: 'nextfile' } | { kind: 'break' } | { kind: 'continue' } | ExitSignal | Ret;

export type SyncS = (rt: Runtime) => Ctl | undefined;
export type AsyncS = (rt: Runtime) => Promise<Ctl | undefined>;
export type CS = { sync: true; f: SyncS } | { sync: false; f: AsyncS };

export function stmtAsync(c: CS): AsyncS {
  if (!c.sync) return c.f;
  const f = c.f;
  return async (rt) => f(rt);
}
