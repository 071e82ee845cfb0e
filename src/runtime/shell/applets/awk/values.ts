/**
 * awk values as mawk keeps them: a double, a string, or a "strnum" (a string from input that
 * looks numeric, compared as a number but printed as typed). Uninitialised values behave as
 * the strnum ("", 0): numeric against numbers, "" against strings.
 */
import { formatNumber } from './numfmt.ts';

export class StrNum {
  constructor(
    readonly s: string,
    readonly n: number,
  ) {}
}

export type Value = number | string | StrNum;

export const UNINIT = new StrNum('', 0);

/** mawk's Max_Int: integral doubles within ±Max_Int print as integers. */
export const MAX_INT = 2147483647;

/** C `(Int)d` with mawk's clamping (d_to_I); NaN goes to -Max_Int. */
export function dToI(d: number): number {
  if (d >= MAX_INT) return MAX_INT;
  if (d > -MAX_INT) return Math.trunc(d);
  return -MAX_INT;
}

/** d_to_U: clamps to [0, 2^32-1]; NaN goes to 0. */
export function dToU(d: number): number {
  if (d >= 4294967295) return 4294967295;
  if (d > 0) return Math.trunc(d);
  return 0;
}

const HEX = /^0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][-+]?\d+)?/;
const DEC = /^(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/;
const SPECIAL = /^(?:inf(?:inity)?|nan(?:\([0-9a-zA-Z_]*\))?)/i;

/** glibc strtod: the value of the longest numeric prefix and where it ends (0 if none). */
export function strtod(s: string, from = 0): [number, number] {
  let i = from;
  while (i < s.length && isCSpace(s.charCodeAt(i))) i++;
  let neg = false;
  const c = s[i];
  if (c === '-' || c === '+') {
    neg = c === '-';
    i++;
  }
  const rest = s.slice(i, i + 400);
  let m = HEX.exec(rest);
  if (m) return [signed(hexValue(m[0]), neg), i + m[0].length];
  m = DEC.exec(rest);
  if (m) return [signed(Number(m[0]), neg), i + m[0].length];
  m = SPECIAL.exec(rest);
  if (m) return [signed(m[0][0]!.toLowerCase() === 'n' ? NaN : Infinity, neg), i + m[0].length];
  return [0, from];
}

function signed(v: number, neg: boolean): number {
  return neg ? -v : v;
}

function hexValue(t: string): number {
  const body = t.slice(2);
  const [mant, exp] = body.split(/[pP]/);
  const [ip, fp = ''] = mant!.split('.');
  let v = ip ? parseInt(ip, 16) : 0;
  for (let k = 0; k < fp.length; k++) v += parseInt(fp[k]!, 16) / 16 ** (k + 1);
  return exp === undefined ? v : v * 2 ** Number(exp);
}

/** isspace() in the C locale. */
export function isCSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** The space set of mawk's strnum test: blank, tab, \v, \f, \r but not newline. */
function isStrnumSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 13;
}

/** String to number as mawk casts it (strtod of the whole string, 0 if nothing numeric). */
export function strToNum(s: string): number {
  if (s.length < 12 && /^-?\d+$/.test(s)) return Number(s);
  return strtod(s)[0];
}

/**
 * check_strnum: a value read from input is numeric if, trimmed of blanks, it starts with a
 * digit, sign or dot, ends with a digit or dot, and strtod consumes all of it.
 */
export function mbstrn(s: string): Value {
  let a = 0;
  let b = s.length;
  while (a < b && isStrnumSpace(s.charCodeAt(a))) a++;
  if (a === b) return s;
  while (isStrnumSpace(s.charCodeAt(b - 1))) b--;
  const last = s.charCodeAt(b - 1);
  if (!((last >= 48 && last <= 57) || last === 46)) return s;
  const first = s.charCodeAt(a);
  if (!((first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46)) return s;
  const [n, end] = strtod(s, a);
  if (end < b || !Number.isFinite(n)) return s;
  return new StrNum(s, n);
}

export function toNum(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return strToNum(v);
  return v.n;
}

/** Number to string: integers within ±Max_Int as %d, others with CONVFMT (or OFMT). */
export function numToStr(n: number, fmt: string, wide = false): string {
  if (Number.isInteger(n) && n <= MAX_INT && n >= -MAX_INT) return n === 0 ? '0' : String(n);
  // busybox prints every integral value that fits a long long as an integer.
  if (wide && Number.isInteger(n) && Math.abs(n) < 2 ** 63) return BigInt(n).toString();
  return formatNumber(fmt, n);
}

export function toStr(v: Value, convfmt: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numToStr(v, convfmt);
  return v.s;
}

export function toBool(v: Value): boolean {
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v !== '';
  return v === UNINIT ? false : v.n !== 0;
}

export function isNumeric(v: Value): boolean {
  return typeof v !== 'string';
}

/** mawk's compare(): numeric when both sides are numeric, else byte-wise string compare. */
export function compare(a: Value, b: Value, convfmt: string): number {
  if (typeof a !== 'string' && typeof b !== 'string') {
    const x = typeof a === 'number' ? a : a.n;
    const y = typeof b === 'number' ? b : b.n;
    return x > y ? 1 : x < y ? -1 : 0;
  }
  const s = toStr(a, convfmt);
  const t = toStr(b, convfmt);
  return s < t ? -1 : s > t ? 1 : 0;
}
