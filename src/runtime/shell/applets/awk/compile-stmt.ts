/** Statements to closures; loops yield to the scheduler every few hundred iterations. */
import type { Expr, Stmt } from './ast.ts';
import { AwkRuntimeError, BREAK, CONTINUE, ExitSignal, NEXT, NEXTFILE } from './awk-error.ts';
import { asAsync, Ret, stmtAsync, type CE, type CS, type Ctl } from './code.ts';
import { subscript } from './compile-lvalue.ts';
import type { Compiler } from './compiler.ts';
import { awkSprintf } from './printf.ts';
import type { Runtime } from './runtime.ts';
import { dToI, toBool, toNum, UNINIT, type Value } from './values.ts';

const SYNC = <T extends CS['f']>(f: T): CS => ({ sync: true, f }) as CS;
const ASYNC = (f: (rt: Runtime) => Promise<Ctl | undefined>): CS => ({ sync: false, f });

function exprStmt(e: CE): CS {
  if (e.sync) {
    const f = e.f;
    return SYNC((rt: Runtime) => void f(rt));
  }
  const f = e.f;
  return ASYNC(async (rt) => void (await f(rt)));
}

export function block(list: CS[]): CS {
  if (list.length === 1) return list[0]!;
  if (list.every((s) => s.sync)) {
    const fs = list.map((s) => s.f as (rt: Runtime) => Ctl | undefined);
    return SYNC((rt: Runtime) => {
      for (const f of fs) {
        const c = f(rt);
        if (c) return c;
      }
      return undefined;
    });
  }
  return ASYNC(async (rt) => {
    for (const s of list) {
      const c = s.sync ? s.f(rt) : await s.f(rt);
      if (c) return c;
    }
    return undefined;
  });
}

/** Runs a loop body; returns a signal that ends the loop (or undefined to go on). */
async function body(rt: Runtime, s: CS, n: number): Promise<Ctl | 'next' | undefined> {
  const c = s.sync ? s.f(rt) : await s.f(rt);
  if ((n & 255) === 0 || rt.needFlush) await rt.tick((n & 255) === 0 ? 256 : 0);
  if (c === BREAK) return c;
  if (c === CONTINUE || c === undefined) return undefined;
  return c;
}

function test(e: CE | null): (rt: Runtime) => Promise<boolean> | boolean {
  if (!e) return () => true;
  if (e.sync) {
    const f = e.f;
    return (rt) => toBool(f(rt));
  }
  const f = e.f;
  return async (rt) => toBool(await f(rt));
}

function opt(c: Compiler, e: Expr | null): CE | null {
  return e ? c.expr(e) : null;
}

export function compileStmt(c: Compiler, s: Stmt): CS {
  switch (s.k) {
    case 'expr':
      return exprStmt(c.expr(s.e));
    case 'print':
    case 'printf':
      return printStmt(c, s);
    case 'block':
      return s.body.length === 0 ? SYNC(() => undefined) : block(s.body.map((x) => c.stmt(x)));
    case 'if': {
      const t = c.expr(s.test);
      const a = c.stmt(s.then);
      const b = s.else ? c.stmt(s.else) : null;
      if (t.sync && a.sync && (!b || b.sync)) {
        const ft = t.f;
        const fa = a.f as (rt: Runtime) => Ctl | undefined;
        const fb = b ? (b.f as (rt: Runtime) => Ctl | undefined) : null;
        return SYNC((rt: Runtime) => (toBool(ft(rt)) ? fa(rt) : fb ? fb(rt) : undefined));
      }
      const ft = asAsync(t);
      const fa = stmtAsync(a);
      const fb = b ? stmtAsync(b) : null;
      return ASYNC(async (rt) => (toBool(await ft(rt)) ? fa(rt) : fb ? fb(rt) : undefined));
    }
    case 'while':
    case 'for': {
      const init = s.k === 'for' ? opt(c, s.init) : null;
      const cond = test(s.k === 'for' ? opt(c, s.test) : c.expr(s.test));
      const step = s.k === 'for' ? opt(c, s.step) : null;
      const fi = init ? asAsync(init) : null;
      const fs = step ? asAsync(step) : null;
      const b = c.stmt(s.body);
      return ASYNC(async (rt) => {
        if (fi) await fi(rt);
        for (let n = 1; await cond(rt); n++) {
          const r = await body(rt, b, n);
          if (r === BREAK) break;
          if (r) return r as Ctl;
          if (fs) await fs(rt);
        }
        return undefined;
      });
    }
    case 'do': {
      const cond = test(c.expr(s.test));
      const b = c.stmt(s.body);
      return ASYNC(async (rt) => {
        let n = 1;
        do {
          const r = await body(rt, b, n++);
          if (r === BREAK) break;
          if (r) return r as Ctl;
        } while (await cond(rt));
        return undefined;
      });
    }
    case 'forin': {
      const arr = c.array(s.arr);
      const v = c.scalar(s.var);
      const b = c.stmt(s.body);
      return ASYNC(async (rt) => {
        let n = 1;
        for (const k of arr(rt).keys()) {
          v.set(rt, k);
          const r = await body(rt, b, n++);
          if (r === BREAK) break;
          if (r) return r as Ctl;
        }
        return undefined;
      });
    }
    case 'next':
      return SYNC(() => NEXT);
    case 'nextfile':
      return SYNC(() => NEXTFILE);
    case 'break':
      return SYNC(() => BREAK);
    case 'continue':
      return SYNC(() => CONTINUE);
    case 'exit': {
      if (!s.code) return SYNC(() => new ExitSignal(null));
      const e = c.expr(s.code);
      return valueStmt(e, (v) => new ExitSignal(dToI(toNum(v)) & 0xff));
    }
    case 'return': {
      if (!s.value) return SYNC(() => new Ret(UNINIT));
      return valueStmt(c.expr(s.value), (v) => new Ret(v));
    }
    case 'delete': {
      const arr = c.array(s.name);
      if (!s.subs) return SYNC((rt: Runtime) => void arr(rt).clear());
      return exprStmt(
        ((k: CE): CE => {
          if (k.sync) {
            const f = k.f;
            return { sync: true, f: (rt) => (arr(rt).delete(f(rt)), 0) };
          }
          const f = k.f;
          return { sync: false, f: async (rt) => (arr(rt).delete(await f(rt)), 0) };
        })(subscript(c, s.subs)),
      );
    }
  }
}

function valueStmt(e: CE, make: (v: Value) => Ctl): CS {
  if (e.sync) {
    const f = e.f;
    return SYNC((rt: Runtime) => make(f(rt)));
  }
  const f = e.f;
  return ASYNC(async (rt) => make(await f(rt)));
}

function printStmt(c: Compiler, s: Extract<Stmt, { k: 'print' | 'printf' }>): CS {
  const args = s.args.map((a) => c.expr(a));
  const isPrintf = s.k === 'printf';
  const text = (rt: Runtime, xs: Value[]): string => {
    if (isPrintf) return awkSprintf(rt.str(xs[0]!), xs.slice(1), 'printf', rt.convfmt, rt.busybox);
    const ors = rt.outStr(rt.ORS.v);
    if (xs.length === 0) return rt.record.text0() + ors;
    if (xs.length === 1) return rt.outStr(xs[0]!) + ors;
    return xs.map((x) => rt.outStr(x)).join(rt.outStr(rt.OFS.v)) + ors;
  };
  const sync = args.every((a) => a.sync);
  if (!s.redir && sync) {
    const fs = args.map((a) => a.f as (rt: Runtime) => Value);
    return SYNC((rt: Runtime) => {
      const xs = fs.map((f) => f(rt));
      try {
        rt.write(text(rt, xs));
      } catch (e) {
        if (e instanceof AwkRuntimeError && e.partial) rt.write(e.partial);
        throw e;
      }
      return undefined;
    });
  }
  const fs = args.map(asAsync);
  const redir = s.redir;
  const target = redir ? asAsync(c.expr(redir.target)) : null;
  return ASYNC(async (rt) => {
    const xs: Value[] = [];
    for (const f of fs) xs.push(await f(rt));
    const name = target ? rt.str(await target(rt)) : '';
    const emit = async (t: string) => (redir ? rt.out.to(redir.mode, name, t) : rt.write(t));
    try {
      await emit(text(rt, xs));
    } catch (e) {
      if (e instanceof AwkRuntimeError && e.partial) await emit(e.partial);
      throw e;
    }
    return undefined;
  });
}
