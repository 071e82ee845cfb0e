/** Built-in functions (split, match, sub and gsub are in builtins-regex.ts). */
import type { Expr } from './ast.ts';
import { AwkLimitError } from './awk-error.ts';
import { A, asAsync, map1, map2, mapN, S, type CE } from './code.ts';
import { compileRegexBuiltin } from './builtins-regex.ts';
import { NEG_NAN } from './compile-expr.ts';
import type { Compiler } from './compiler.ts';
import { awkSprintf } from './printf.ts';
import type { Runtime } from './runtime.ts';
import { mktime, strftime } from './timefmt.ts';
import { dToI, dToU, toNum, UNINIT, type Value } from './values.ts';

/** The longest sprintf() result mawk's 8192-byte buffer holds. */
const SPRINTF_MAX = 8190;

/** substr() exactly as mawk computes it, C int overflow included. */
export function substr(s: string, start: number, count?: number): string {
  const len = s.length;
  if (len === 0) return '';
  let n = count === undefined ? len : dToI(count);
  let i = (dToI(start) - 1) | 0;
  if (i > len) n = 0;
  if (i < 0) {
    n = (n - (i + 1)) | 0;
    i = 0;
  }
  if (n > len - i) n = len - i;
  return n <= 0 ? '' : s.substr(i, n);
}

function index(s: string, t: string): number {
  return t === '' ? 1 : s.indexOf(t) + 1;
}

const ascii = (s: string, upper: boolean) => s.replace(upper ? /[a-z]+/g : /[A-Z]+/g, (m) => (upper ? m.toUpperCase() : m.toLowerCase()));

/** C math functions: a NaN result of a domain error prints as "-nan" like glibc's. */
function math(f: (x: number) => number): (rt: Runtime, x: Value) => Value {
  return (_rt, x) => {
    const a = toNum(x);
    const r = f(a);
    return r !== r && a === a ? NEG_NAN : r;
  };
}

const MATH1: Record<string, (x: number) => number> = {
  sin: Math.sin,
  cos: Math.cos,
  exp: Math.exp,
  log: Math.log,
  sqrt: Math.sqrt,
  int: Math.trunc,
};

export function compileBuiltin(c: Compiler, name: string, args: Expr[]): CE {
  const regexOne = compileRegexBuiltin(c, name, args);
  if (regexOne) return regexOne;
  const xs = args.map((a) => c.expr(a));
  const [a, b] = xs;
  if (name in MATH1) return map1(a!, math(MATH1[name]!));
  switch (name) {
    case 'length':
      return a ? map1(a, (rt, x) => rt.str(x).length) : S((rt) => rt.record.text0().length);
    case 'alength': {
      const arr = c.array((args[0] as { name: string }).name);
      return S((rt) => arr(rt).size);
    }
    case 'index':
      return map2(a!, b!, (rt, x, y) => (rt.busybox && rt.str(y) === '' ? 0 : index(rt.str(x), rt.str(y))));
    case 'substr':
      return mapN(xs, (rt, v) => substr(rt.str(v[0]!), toNum(v[1]!), v.length > 2 ? toNum(v[2]!) : undefined));
    case 'sprintf':
      return mapN(xs, (rt, v) => {
        const r = awkSprintf(rt.str(v[0]!), v.slice(1), 'sprintf', rt.convfmt, rt.busybox);
        if (r.length > SPRINTF_MAX && !rt.busybox) throw new AwkLimitError('program limit exceeded: sprintf buffer size=8192');
        return r;
      });
    case 'atan2':
      return map2(a!, b!, (_rt, y, x) => Math.atan2(toNum(y), toNum(x)));
    case 'toupper':
    case 'tolower':
      return map1(a!, (rt, x) => ascii(rt.str(x), name === 'toupper'));
    case 'rand':
      // busybox draws three random() values per rand() and the result follows the third.
      return S((rt) => (rt.busybox ? (rt.random.next(), rt.random.next(), rt.random.next()) : rt.random.next()) / 2147483647);
    case 'srand':
      return a ? map1(a, (rt, x) => reseed(rt, x)) : S((rt) => reseed(rt, Math.floor(rt.ctx.kernel.clock.now / 1000)));
    case 'systime':
      return S((rt) => Math.floor(rt.ctx.kernel.clock.now / 1000));
    case 'mktime':
      return map1(a!, (rt, x) => mktime(rt.str(x)));
    case 'strftime':
      return mapN(xs, (rt, v) =>
        strftime(v.length > 0 && rt.str(v[0]!) !== '' ? rt.str(v[0]!) : '%c', v.length > 1 ? dToI(toNum(v[1]!)) : Math.floor(rt.ctx.kernel.clock.now / 1000)),
      );
    case 'close': {
      const f = asAsync(a!);
      return A(async (rt) => {
        const n = rt.str(await f(rt));
        const r = await rt.out.close(n);
        // busybox's close() of a name that is not open still returns 0.
        return r !== -1 ? r : (rt.input.close(n) ?? (rt.busybox ? 0 : -1));
      });
    }
    case 'system': {
      const f = asAsync(a!);
      return A(async (rt) => {
        const cmd = rt.str(await f(rt));
        await rt.out.flushAll();
        return rt.out.system(cmd);
      });
    }
    case 'fflush': {
      const f = a ? asAsync(a) : null;
      return A(async (rt) => (f ? rt.out.flush(rt.str(await f(rt))) : rt.out.flush()));
    }
  }
  throw new Error(`awk: unknown builtin ${name}`);
}

/** srand(x): reseeds and returns the previous seed as it was given. */
function reseed(rt: Runtime, x: Value): Value {
  const prev = rt.seed;
  // busybox keeps the seed as an unsigned number.
  rt.seed = rt.busybox ? dToU(toNum(x)) : x;
  rt.random.seed(dToI(toNum(x)) >>> 0);
  return prev === UNINIT ? 0 : prev;
}
