/** Compilation context: how names resolve (globals, function locals, special variables). */
import type { AwkArray } from './array.ts';
import type { Expr, FuncDef, Program, Stmt } from './ast.ts';
import type { AsyncS, CE, CS, SyncE } from './code.ts';
import { compileExpr } from './compile-expr.ts';
import { compileStmt } from './compile-stmt.ts';
import type { Runtime } from './runtime.ts';
import type { Value } from './values.ts';

export type ParamKind = 'none' | 'var' | 'array';

export interface UserFunc {
  def: FuncDef;
  kinds: ParamKind[];
  body: AsyncS | null;
}

export interface ScalarRef {
  get: SyncE;
  set: (rt: Runtime, v: Value) => void;
}

export class Compiler {
  /** Frame index of each local of the function being compiled. */
  locals: Map<string, number> | null = null;
  readonly funcs = new Map<string, UserFunc>();

  constructor(
    readonly rt: Runtime,
    readonly program: Program,
    /** Which globals are arrays (after analysis). */
    readonly arrays: Set<string>,
  ) {
    for (const [name, def] of program.funcs) this.funcs.set(name, { def, kinds: def.paramKinds ?? def.params.map(() => 'none'), body: null });
  }

  expr(e: Expr): CE {
    return compileExpr(this, e);
  }

  stmt(s: Stmt): CS {
    return compileStmt(this, s);
  }

  isArrayName(name: string): boolean {
    const i = this.locals?.get(name);
    if (i !== undefined) return this.localKinds[i] === 'array';
    return this.arrays.has(name);
  }

  localKinds: ParamKind[] = [];

  scalar(name: string): ScalarRef {
    const i = this.locals?.get(name);
    if (i !== undefined) return { get: (rt) => rt.frame[i]!.v, set: (rt, v) => void (rt.frame[i]!.v = v) };
    if (name === 'NF') return { get: (rt) => rt.record.getNF(), set: (rt, v) => rt.record.setNF(v) };
    const slot = this.rt.global(name);
    const hook = this.rt.hooks.get(name);
    if (hook) return { get: () => slot.v, set: (_rt, v) => ((slot.v = v), hook(v)) };
    return { get: () => slot.v, set: (_rt, v) => void (slot.v = v) };
  }

  array(name: string): (rt: Runtime) => AwkArray {
    const i = this.locals?.get(name);
    if (i !== undefined) return (rt) => (rt.frame[i]!.arr ??= rt.newArray());
    const slot = this.rt.global(name);
    const arr = (slot.arr ??= this.rt.newArray());
    return () => arr;
  }

  /** Compiles every function body (bodies refer to each other through `funcs`). */
  compileFunctions(): void {
    for (const f of this.funcs.values()) {
      this.locals = new Map(f.def.params.map((p, k) => [p, k]));
      this.localKinds = f.kinds;
      const body = f.def.body.map((s) => this.stmt(s));
      this.locals = null;
      this.localKinds = [];
      f.body = async (rt) => {
        for (const s of body) {
          const c = s.sync ? s.f(rt) : await s.f(rt);
          if (c) return c;
        }
        return undefined;
      };
    }
  }
}
