/** User function calls: scalars by value, arrays by reference, missing arguments as locals. */
import type { AwkArray } from './array.ts';
import type { Expr } from './ast.ts';
import { ExitSignal } from './awk-error.ts';
import { A, asAsync, S, Ret, type AsyncE, type CE } from './code.ts';
import type { Compiler } from './compiler.ts';
import type { Runtime, Slot } from './runtime.ts';
import { UNINIT } from './values.ts';

type ArgCode = { ref: (rt: Runtime) => AwkArray } | { val: AsyncE };

export function compileCall(c: Compiler, name: string, args: Expr[], pending: number): CE {
  const uf = c.funcs.get(name);
  if (!uf) return S(() => UNINIT);
  const n = Math.max(uf.def.params.length, args.length);
  const code: ArgCode[] = args.map((a, i) => {
    const kind = uf.kinds[i];
    if (a.k === 'var' && (kind === 'array' || (kind !== 'var' && c.isArrayName(a.name)))) return { ref: c.array(a.name) };
    if (kind === 'array') return { ref: (rt) => rt.newArray() };
    return { val: asAsync(c.expr(a)) };
  });
  // mawk's eval stack holds the pending operands, the arguments and the other locals.
  const cells = pending + Math.max(1, uf.def.params.length);
  return A(async (rt) => {
    const frame: Slot[] = new Array(n);
    for (let i = 0; i < code.length; i++) {
      const a = code[i]!;
      frame[i] = 'ref' in a ? { v: UNINIT, arr: a.ref(rt) } : { v: await a.val(rt), arr: null };
    }
    for (let i = code.length; i < n; i++) frame[i] = { v: UNINIT, arr: null };
    rt.enter(cells);
    const saved = rt.frame;
    // Deep recursion: let the JS stack unwind every so often.
    if ((++rt.callDepth & 31) === 0) await null;
    rt.frame = frame;
    try {
      const r = await uf.body!(rt);
      if (r instanceof Ret) return r.v;
      if (r instanceof ExitSignal) throw r;
      return UNINIT;
    } finally {
      rt.frame = saved;
      rt.callDepth--;
      rt.leave(cells);
    }
  });
}
