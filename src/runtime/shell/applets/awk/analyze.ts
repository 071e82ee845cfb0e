/**
 * Whole-program checks after parsing: function parameter kinds (a parameter passed on to an
 * array parameter is an array), mawk's call diagnostics, and for each call the operands
 * already on mawk's evaluation stack (for its 1024-cell limit).
 */
import type { Expr, Program, Stmt } from './ast.ts';
import type { ParamKind } from './compiler.ts';
import type { SymKind } from './parse-base.ts';

export interface CallSiteInfo {
  name: string;
  args: Expr[];
  line: number;
  definedBefore: boolean;
  /** Parameters of the function the call is in (their final kinds), if any. */
  scope: Map<string, ParamKind> | null;
}

export interface Analysis {
  arrays: Set<string>;
  errors: string[];
}

function eachExpr(s: Stmt, f: (e: Expr, pending: number) => void): void {
  switch (s.k) {
    case 'expr':
      return f(s.e, 0);
    case 'print':
    case 'printf':
      s.args.forEach((a, i) => f(a, i));
      if (s.redir) f(s.redir.target, s.args.length);
      return;
    case 'if':
      f(s.test, 0);
      eachExpr(s.then, f);
      if (s.else) eachExpr(s.else, f);
      return;
    case 'while':
    case 'do':
      f(s.test, 0);
      return eachExpr(s.body, f);
    case 'for':
      for (const e of [s.init, s.test, s.step]) if (e) f(e, 0);
      return eachExpr(s.body, f);
    case 'forin':
      return eachExpr(s.body, f);
    case 'block':
      return s.body.forEach((x) => eachExpr(x, f));
    case 'exit':
      if (s.code) f(s.code, 0);
      return;
    case 'return':
      if (s.value) f(s.value, 0);
      return;
    case 'delete':
      s.subs?.forEach((e, i) => f(e, i));
      return;
  }
}

/** Visits `e` and its subexpressions with the number of operands pushed before each. */
function walk(e: Expr, pending: number, f: (e: Expr, pending: number) => void): void {
  f(e, pending);
  const list = (xs: Expr[], base: number) => xs.forEach((x, i) => walk(x, base + i, f));
  switch (e.k) {
    case 'field':
      return walk(e.index, pending, f);
    case 'elem':
    case 'in':
      return list(e.subs, pending);
    case 'assign':
      if (e.target.k !== 'var') walk(e.target, pending, f);
      return walk(e.value, pending + 1, f);
    case 'incdec':
      return walk(e.target, pending, f);
    case 'cond':
      walk(e.test, pending, f);
      walk(e.a, pending, f);
      return walk(e.b, pending, f);
    case 'and':
    case 'or':
      walk(e.a, pending, f);
      return walk(e.b, pending, f);
    case 'not':
    case 'neg':
    case 'plus':
      return walk(e.a, pending, f);
    case 'arith':
    case 'cmp':
    case 'cat':
      walk(e.a, pending, f);
      return walk(e.b, pending + 1, f);
    case 'match':
      walk(e.a, pending, f);
      return walk(e.re, pending + 1, f);
    case 'call':
    case 'builtin':
      return list(e.args, pending);
    case 'getline':
      if (e.from) walk(e.from, pending, f);
      if (e.target) walk(e.target, pending, f);
      return;
  }
}

export function analyze(p: Program, globals: Map<string, SymKind>, calls: CallSiteInfo[], eofLine: number): Analysis {
  const errors: string[] = [];
  const arrays = new Set([...globals].filter(([, k]) => k === 'array').map(([n]) => n));
  const kinds = new Map<string, ParamKind[]>();
  for (const [name, def] of p.funcs) kinds.set(name, def.paramKinds ?? def.params.map(() => 'none'));

  // Parameters handed to array parameters become arrays (until nothing changes).
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, def] of p.funcs) {
      const mine = kinds.get(name)!;
      const visit = (e: Expr) => {
        if (e.k !== 'call') return;
        const theirs = kinds.get(e.name);
        e.args.forEach((a, i) => {
          if (a.k !== 'var' || theirs?.[i] !== 'array') return;
          const k = def.params.indexOf(a.name);
          if (k >= 0 && mine[k] === 'none') {
            mine[k] = 'array';
            changed = true;
          }
        });
      };
      def.body.forEach((s) => eachExpr(s, (e) => walk(e, 0, visit)));
    }
  }
  for (const [name, def] of p.funcs) def.paramKinds = kinds.get(name);

  const reported = new Set<string>();
  for (const c of calls) {
    const def = p.funcs.get(c.name);
    if (!def) {
      if (!reported.has(c.name)) errors.push(`line ${eofLine}: function ${c.name} never defined`);
      reported.add(c.name);
      continue;
    }
    const line = c.definedBefore ? c.line : eofLine;
    if (c.args.length > def.params.length) errors.push(`line ${c.line}: too many arguments in call to ${c.name}`);
    c.args.forEach((a, i) => {
      const k = def.paramKinds![i];
      const local = a.k === 'var' ? c.scope?.get(a.name) : undefined;
      const argKind = a.k !== 'var' ? 'expr' : local !== undefined ? local : (globals.get(a.name) ?? 'none');
      if (k === 'array' && argKind === 'none' && local === undefined) arrays.add((a as { name: string }).name);
      else if ((k === 'array' && (argKind === 'expr' || argKind === 'var')) || (k === 'var' && argKind === 'array')) {
        errors.push(`line ${line}: type error in arg(${i + 1}) in call to ${c.name}`);
      }
    });
  }

  const annotate = (e: Expr, pending: number) => {
    if (e.k === 'call') e.pending = pending;
  };
  for (const r of p.rules) {
    for (const pat of [r.pattern, r.pattern2]) if (pat) walk(pat, 0, annotate);
    r.body?.forEach((s) => eachExpr(s, (e, n) => walk(e, n, annotate)));
  }
  for (const def of p.funcs.values()) def.body.forEach((s) => eachExpr(s, (e, n) => walk(e, n, annotate)));
  return { arrays, errors };
}
