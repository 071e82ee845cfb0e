/** split(), match(), sub() and gsub(). */
import type { Expr } from './ast.ts';
import { A, asAsync, S, type CE } from './code.ts';
import { locate } from './compile-lvalue.ts';
import type { Compiler } from './compiler.ts';
import type { AwkRegex } from './regex.ts';
import type { Runtime } from './runtime.ts';
import { splitterOf, splitterOfRegex, splitWith, type Splitter } from './split.ts';
import { mbstrn, type Value } from './values.ts';

/** A regex argument: a /literal/ is used as is, anything else is a dynamic regex string. */
function regexArg(c: Compiler, e: Expr): CE<AwkRegex> {
  if (e.k === 're') {
    const re = e.re;
    return S(() => re);
  }
  const v = c.expr(e);
  if (v.sync) {
    const f = v.f;
    return S((rt) => rt.dynRegex(f(rt)));
  }
  const f = v.f;
  return A(async (rt) => rt.dynRegex(await f(rt)));
}

/** The replacement text: `&` is the match, `\&` a literal &, `\\` a backslash. */
function replacer(r: string): (m: string) => string {
  if (!/[\\&]/.test(r)) return () => r;
  const parts: (string | null)[] = [];
  let lit = '';
  for (let i = 0; i < r.length; i++) {
    const ch = r[i]!;
    if (ch === '\\' && (r[i + 1] === '\\' || r[i + 1] === '&')) lit += r[++i];
    else if (ch === '&') {
      parts.push(lit, null);
      lit = '';
    } else lit += ch;
  }
  parts.push(lit);
  return (m) => parts.map((p) => p ?? m).join('');
}

function sub(re: AwkRegex, repl: (m: string) => string, s: string): string | null {
  const m = re.search(s, 0);
  if (!m) return null;
  return s.slice(0, m[0]) + repl(s.slice(m[0], m[1])) + s.slice(m[1]);
}

/** mawk's gsub3: no empty match directly after a non-empty one. */
function gsub(re: AwkRegex, repl: (m: string) => string, s: string): [string, number] {
  let out = '';
  let count = 0;
  let skip0 = -1;
  const len = s.length;
  for (let j = 0; j <= len; j++) {
    const m = re.search(s, j);
    if (!m) {
      out += s.slice(j);
      break;
    }
    const [ms, me] = m;
    out += s.slice(j, ms);
    if (me > ms || ms !== skip0) {
      count++;
      out += repl(s.slice(ms, me));
    }
    if (me > ms) {
      j = me - 1;
      skip0 = me;
    } else {
      j = ms;
      if (j < len) out += s[j];
      skip0 = -1;
    }
  }
  return [out, count];
}

export function compileRegexBuiltin(c: Compiler, name: string, args: Expr[]): CE | null {
  switch (name) {
    case 'split': {
      const src = c.expr(args[0]!);
      const arr = c.array((args[1] as { name: string }).name);
      const sepE = args[2];
      let sep: CE<Splitter>;
      if (!sepE) sep = S((rt) => rt.splitter);
      else if (sepE.k === 're') {
        const sp = splitterOfRegex(sepE.re);
        sep = S(() => sp);
      } else {
        const v = c.expr(sepE);
        const mk = (rt: Runtime, x: Value) => {
          const s = rt.str(x);
          return rt.regexOr(() => splitterOf(s), s);
        };
        sep = v.sync ? S(((f) => (rt: Runtime) => mk(rt, f(rt)))(v.f)) : A(((f) => async (rt: Runtime) => mk(rt, await f(rt)))(v.f));
      }
      const run = (rt: Runtime, s: Value, sp: Splitter): Value => {
        const parts = splitWith(rt.str(s), sp);
        arr(rt).load(parts.map((p) => (p === '' ? '' : mbstrn(p))));
        return parts.length;
      };
      if (src.sync && sep.sync) {
        const fs = src.f;
        const fp = sep.f;
        return S((rt) => run(rt, fs(rt), fp(rt)));
      }
      const fs = asAsync(src);
      const fp = asAsync(sep);
      return A(async (rt) => run(rt, await fs(rt), await fp(rt)));
    }
    case 'match': {
      const subj = c.expr(args[0]!);
      const re = regexArg(c, args[1]!);
      const found = (rt: Runtime, s: Value, r: AwkRegex): Value => {
        const m = r.search(rt.str(s), 0);
        rt.RSTART.v = m ? m[0] + 1 : 0;
        rt.RLENGTH.v = m ? m[1] - m[0] : -1;
        return rt.RSTART.v;
      };
      if (subj.sync && re.sync) {
        const fs = subj.f;
        const fr = re.f;
        return S((rt) => found(rt, fs(rt), fr(rt)));
      }
      const fs = asAsync(subj);
      const fr = asAsync(re);
      return A(async (rt) => {
        const s = await fs(rt);
        return found(rt, s, await fr(rt));
      });
    }
    case 'sub':
    case 'gsub':
      return compileSub(c, name === 'gsub', args);
  }
  return null;
}

function compileSub(c: Compiler, global: boolean, args: Expr[]): CE {
  const re = regexArg(c, args[0]!);
  const replE = args[1]!;
  const fixed = replE.k === 'str' ? replacer(replE.v) : null;
  const repl = fixed ? null : c.expr(replE);
  const loc = args[2] ? locate(c, args[2] as Parameters<typeof locate>[1]) : null;
  const prep = loc?.prep ?? null;
  const run = (rt: Runtime, r: AwkRegex, rep: (m: string) => string, p: unknown): Value => {
    const s = rt.str(loc ? loc.get(rt, p) : rt.record.get0());
    let result: string | null;
    let n: number;
    if (global) [result, n] = gsub(r, rep, s);
    else n = (result = sub(r, rep, s)) === null ? 0 : 1;
    if (n > 0) {
      if (loc) loc.set(rt, p, result!);
      else rt.record.set0(result!);
    }
    return n;
  };
  if (re.sync && (!repl || repl.sync) && (!prep || prep.sync)) {
    const fr = re.f;
    const fp = repl?.f as ((rt: Runtime) => Value) | undefined;
    const fl = prep?.f as ((rt: Runtime) => unknown) | undefined;
    return S((rt) => {
      const r = fr(rt);
      const rep = fixed ?? replacer(rt.str(fp!(rt)));
      return run(rt, r, rep, fl ? fl(rt) : 0);
    });
  }
  const fr = asAsync(re);
  const fp = repl ? asAsync(repl) : null;
  const fl = prep ? asAsync(prep) : null;
  return A(async (rt) => {
    const r = await fr(rt);
    const rep = fixed ?? replacer(rt.str(await fp!(rt)));
    return run(rt, r, rep, fl ? await fl(rt) : 0);
  });
}
