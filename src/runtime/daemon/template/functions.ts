import { CompareError, eq, lt, truth } from './compare.ts';
import { formatValue, goJson, isMap, StringMap } from './format.ts';
import { sprintf, sprint, sprintln } from './printf.ts';

/** A template function: receives evaluated arguments; throws FuncError for `error calling NAME: msg`. */
export type Func = (...args: unknown[]) => unknown;

export class FuncError extends Error {}

function str(v: unknown, fn: string, i: number): string {
  if (typeof v !== 'string') throw new ArgTypeError(`wrong type for value; expected string; got ${goType(v)}`, fn, i);
  return v;
}
function int(v: unknown, fn: string, i: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new ArgTypeError(`wrong type for value; expected int; got ${goType(v)}`, fn, i);
  return v;
}

/** Argument conversion failures are reported by Go as `wrong type for value; expected T; got U`. */
export class ArgTypeError extends Error {
  constructor(msg: string, readonly fn: string, readonly index: number) { super(msg); }
  get expected(): string { return /expected (\S+);/.exec(this.message)?.[1] ?? ''; }
}

export function goType(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

function index(item: unknown, ...keys: unknown[]): unknown {
  if (item === null || item === undefined) throw new FuncError('index of untyped nil');
  let v: unknown = item;
  for (const k of keys) {
    if (Array.isArray(v) || typeof v === 'string') {
      if (typeof k !== 'number' || !Number.isInteger(k)) throw new FuncError(`cannot index slice/array with type ${goType(k)}`);
      if (k < 0 || k >= v.length) throw new FuncError(`index out of range: ${k}`);
      v = typeof v === 'string' ? v.charCodeAt(k) : v[k];
    } else if (isMap(v)) {
      if (typeof k !== 'string') throw new FuncError(`value has type ${goType(k)}; should be string`);
      v = Object.hasOwn(v, k) ? v[k] : v instanceof StringMap ? '' : undefined;
    } else if (v === null || v === undefined) {
      throw new FuncError('index of untyped nil');
    } else throw new FuncError(`can't index item of type ${goType(v)}`);
  }
  return v;
}

function len(v: unknown): number {
  if (typeof v === 'string') return Buffer.byteLength(v, 'utf8');
  if (Array.isArray(v)) return v.length;
  if (isMap(v)) return Object.keys(v).length;
  if (v === null || v === undefined) throw new FuncError('len of nil pointer');
  throw new FuncError(`len of type ${goType(v)}`);
}

function cmp(f: (a: unknown, b: unknown) => boolean): Func {
  return (a, b) => {
    try { return f(a, b); } catch (e) { if (e instanceof CompareError) throw new FuncError(e.message); throw e; }
  };
}

/** Go's strings.Title: uppercases the first letter of each word (words split at non-letters/digits). */
function title(s: string): string {
  return s.replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

/** Go 1.13's `slice x 1 2`: strings and slices; a string takes at most two indices. */
function slice(item: unknown, ...idx: unknown[]): unknown {
  if (item === null || item === undefined) throw new FuncError('slice of untyped nil');
  if (typeof item !== 'string' && !Array.isArray(item)) throw new FuncError(`can't slice item of type ${goType(item)}`);
  if (idx.length > 3) throw new FuncError(`too many slice indexes: ${idx.length}`);
  if (typeof item === 'string' && idx.length === 3) throw new FuncError('cannot 3-index slice a string');
  const cap = item.length;
  const n = idx.map((k) => {
    if (typeof k !== 'number' || !Number.isInteger(k)) throw new FuncError(`cannot index slice/array with type ${goType(k)}`);
    if (k < 0 || k > cap) throw new FuncError(`index out of range: ${k}`);
    return k;
  });
  const [i = 0, j = item.length] = n;
  if (i > j) throw new FuncError(`invalid slice index: ${i} > ${j}`);
  return item.slice(i, j);
}

export const builtins: Record<string, Func> = {
  slice,
  and: (...a) => { for (const x of a) if (!truth(x)) return x; return a[a.length - 1]; },
  or: (...a) => { for (const x of a) if (truth(x)) return x; return a[a.length - 1]; },
  not: (a) => !truth(a),
  len,
  index,
  print: (...a) => sprint(a),
  printf: (f, ...a) => sprintf(str(f, 'printf', 0), a),
  println: (...a) => sprintln(a),
  eq: (a, ...r) => { try { return eq(a, ...r); } catch (e) { if (e instanceof CompareError) throw new FuncError(e.message); throw e; } },
  ne: cmp((a, b) => !eq(a, b)),
  lt: cmp(lt),
  le: cmp((a, b) => lt(a, b) || eq(a, b)),
  gt: cmp((a, b) => !lt(a, b) && !eq(a, b)),
  ge: cmp((a, b) => !lt(a, b)),
  html: (...a) => sprint(a).replace(/[<>&'"\0]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&#39;', '"': '&#34;', '\0': '\uFFFD' })[c]!),
  urlquery: (...a) => encodeURIComponent(sprint(a)).replace(/%20/g, '+'),
  js: (...a) => sprint(a).replace(/[\\'"<>&=\x00-\x1f]/g, (c) => ({ '\\': '\\\\', "'": "\\'", '"': '\\"' } as Record<string, string>)[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`),
};

/** Docker CLI's templates.basicFunctions. */
export const dockerFunctions: Record<string, Func> = {
  json: (v) => goJson(v),
  split: (s, sep) => {
    const a = str(s, 'split', 0), b = str(sep, 'split', 1);
    if (b === '') return [...a];
    return a.split(b);
  },
  join: (a, sep) => {
    if (!Array.isArray(a) || a.some((x) => typeof x !== 'string')) throw new ArgTypeError(`wrong type for value; expected []string; got ${goType(a)}`, 'join', 0);
    return a.join(str(sep, 'join', 1));
  },
  title: (s) => title(str(s, 'title', 0)),
  lower: (s) => str(s, 'lower', 0).toLowerCase(),
  upper: (s) => str(s, 'upper', 0).toUpperCase(),
  pad: (s, p, q) => { const v = str(s, 'pad', 0); const a = int(p, 'pad', 1), b = int(q, 'pad', 2); return v === '' ? v : ' '.repeat(Math.max(0, a)) + v + ' '.repeat(Math.max(0, b)); },
  truncate: (s, n) => { const v = str(s, 'truncate', 0); const k = int(n, 'truncate', 1); return v.length < k ? v : v.slice(0, k); },
};

/**
 * templates.HeaderFunctions: a table's header row runs the same template on the column titles with
 * these in place of the formatting functions, so `{{upper .Names}}` still shows NAMES. They take a
 * string like Go's, so `{{json .}}` fails on the header map (and the row keeps what came before).
 */
export const headerFunctions: Record<string, Func> = {
  json: (v) => str(v, 'json', 0),
  split: (v, sep) => { str(sep, 'split', 1); return str(v, 'split', 0); },
  join: (v, sep) => { str(sep, 'join', 1); return str(v, 'join', 0); },
  title: (v) => str(v, 'title', 0),
  lower: (v) => str(v, 'lower', 0),
  upper: (v) => str(v, 'upper', 0),
  truncate: (v, n) => { int(n, 'truncate', 1); return str(v, 'truncate', 0); },
};

export const ARITY: Record<string, [number, boolean]> = {
  slice: [1, true], and: [1, true], or: [1, true], not: [1, false], len: [1, false], index: [1, true], print: [0, true],
  printf: [1, true], println: [0, true], eq: [1, true], ne: [2, false], lt: [2, false], le: [2, false],
  gt: [2, false], ge: [2, false], html: [0, true], urlquery: [0, true], js: [0, true],
  json: [1, false], split: [2, false], join: [2, false], title: [1, false], lower: [1, false], upper: [1, false],
  pad: [3, false], truncate: [2, false],
};

export { formatValue };
