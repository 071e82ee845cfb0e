/** The ordering functions behind sort's -n -g -h -M -V (C locale). */
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const blank = (c: string | undefined): boolean => c === ' ' || c === '\t';

interface Num {
  neg: boolean;
  int: string;
  frac: string;
  /** Where the number ended (for -h's suffix). */
  end: number;
}

function scanNum(s: string): Num {
  let i = 0;
  while (blank(s[i])) i++;
  let neg = false;
  if (s[i] === '-') {
    neg = true;
    i++;
  }
  const a = i;
  while (isDigit(s[i])) i++;
  let int = s.slice(a, i).replace(/^0+/, '');
  let frac = '';
  if (s[i] === '.') {
    const b = ++i;
    while (isDigit(s[i])) i++;
    frac = s.slice(b, i).replace(/0+$/, '');
  }
  if (int === '' && frac === '') neg = false;
  if (int === '') int = '';
  return { neg, int, frac, end: i };
}

function cmpMagnitude(a: Num, b: Num): number {
  if (a.int.length !== b.int.length) return a.int.length < b.int.length ? -1 : 1;
  if (a.int !== b.int) return a.int < b.int ? -1 : 1;
  if (a.frac !== b.frac) return a.frac < b.frac ? -1 : 1;
  return 0;
}

function cmpNum(a: Num, b: Num): number {
  if (a.neg !== b.neg) return a.neg ? -1 : 1;
  const m = cmpMagnitude(a, b);
  return a.neg ? -m : m;
}

export function numCompare(a: string, b: string): number {
  return cmpNum(scanNum(a), scanNum(b));
}

const UNITS = ' KMGTPEZY';

function unitOrder(s: string): number {
  const n = scanNum(s);
  if (n.int === '' && n.frac === '') return 0;
  const c = s[n.end];
  let order = c === 'k' ? 1 : c !== undefined && c !== ' ' ? UNITS.indexOf(c) : 0;
  if (order < 0) order = 0;
  return n.neg ? -order : order;
}

export function humanCompare(a: string, b: string): number {
  const d = unitOrder(a) - unitOrder(b);
  return d || numCompare(a, b);
}

/** strtold: undefined when nothing converts. */
function strtold(s: string): number | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?)(inf(?:inity)?|nan(?:\([0-9A-Za-z_]*\))?|0x(?:[0-9a-f]+\.?[0-9a-f]*|\.[0-9a-f]+)(?:p[+-]?\d+)?|(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)/i.exec(s);
  if (!m) return undefined;
  const sign = m[1] === '-' ? -1 : 1;
  const body = m[2]!.toLowerCase();
  if (body.startsWith('inf')) return sign * Infinity;
  if (body.startsWith('nan')) return NaN;
  if (body.startsWith('0x')) {
    const hm = /^0x([0-9a-f]*)\.?([0-9a-f]*)(?:p([+-]?\d+))?$/.exec(body)!;
    const mant = parseInt(hm[1] || '0', 16) + (hm[2] ? parseInt(hm[2], 16) / 16 ** hm[2].length : 0);
    return sign * mant * 2 ** Number(hm[3] ?? 0);
  }
  return sign * Number(body);
}

export function generalCompare(a: string, b: string): number {
  const x = strtold(a);
  const y = strtold(b);
  if (x === undefined) return y === undefined ? 0 : -1;
  if (y === undefined) return 1;
  if (x < y) return -1;
  if (x > y) return 1;
  if (x === y) return 0;
  if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : -1;
  return 1;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

export function monthOf(s: string): number {
  let i = 0;
  while (i < s.length && /[ \t\n\v\f\r]/.test(s[i]!)) i++;
  const m = MONTHS.indexOf(s.slice(i, i + 3).toUpperCase());
  return m + 1;
}

const isAlpha = (c: string): boolean => /[A-Za-z]/.test(c);

function order(s: string, pos: number): number {
  if (pos >= s.length) return -1;
  const c = s[pos]!;
  if (isDigit(c)) return 0;
  if (isAlpha(c)) return c.charCodeAt(0);
  if (c === '~') return -2;
  return c.charCodeAt(0) + 256;
}

function verrevcmp(s1: string, s2: string): number {
  let i = 0;
  let j = 0;
  while (i < s1.length || j < s2.length) {
    let first = 0;
    while ((i < s1.length && !isDigit(s1[i])) || (j < s2.length && !isDigit(s2[j]))) {
      const a = order(s1, i);
      const b = order(s2, j);
      if (a !== b) return a - b;
      i++;
      j++;
    }
    while (s1[i] === '0') i++;
    while (s2[j] === '0') j++;
    while (isDigit(s1[i]) && isDigit(s2[j])) {
      if (!first) first = s1.charCodeAt(i) - s2.charCodeAt(j);
      i++;
      j++;
    }
    if (isDigit(s1[i])) return 1;
    if (isDigit(s2[j])) return -1;
    if (first) return first;
  }
  return 0;
}

/** Length of `s` without its file suffix (gnulib file_prefixlen: (\.[A-Za-z~][A-Za-z0-9~]*)*$, from any position). */
function prefixLen(s: string): number {
  for (let i = 0; ; i++) {
    const prefix = i;
    while (i + 1 < s.length && s[i] === '.' && (isAlpha(s[i + 1]!) || s[i + 1] === '~')) {
      for (i += 2; i < s.length && /[A-Za-z0-9~]/.test(s[i]!); i++);
    }
    if (i >= s.length) return prefix;
  }
}

/** gnulib filevercmp as of coreutils 9.1. */
export function versionCompare(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return -1;
  if (!b.length) return 1;
  if (a[0] === '.') {
    if (b[0] !== '.') return -1;
    const a1 = a === '.';
    const b1 = b === '.';
    if (a1 !== b1) return a1 ? -1 : 1;
    const a2 = a === '..';
    const b2 = b === '..';
    if (a2 !== b2) return a2 ? -1 : 1;
  } else if (b[0] === '.') return 1;
  const ap = prefixLen(a);
  const bp = prefixLen(b);
  const onePass = ap === a.length && bp === b.length;
  const r = verrevcmp(a.slice(0, ap), b.slice(0, bp));
  return r || onePass ? r : verrevcmp(a, b);
}

const NEXT = [0, 3, 9, 0, 3, 3, 0, 6, 6, 0, 6, 9];
const CMP = 2;
const LEN = 3;
const RESULT = [CMP, CMP, CMP, CMP, LEN, CMP, CMP, CMP, CMP, CMP, -1, -1, 1, LEN, LEN, 1, LEN, LEN, CMP, CMP, CMP, CMP, CMP, CMP, CMP, CMP, CMP, CMP, 1, 1, -1, CMP, CMP, -1, CMP, CMP];
const cls = (c: number): number => (c === 48 ? 2 : c > 48 && c <= 57 ? 1 : 0);

/** glibc strverscmp (what busybox sort -V uses). */
export function strverscmp(s1: string, s2: string): number {
  let i = 0;
  let c1 = s1.charCodeAt(i) || 0;
  let c2 = s2.charCodeAt(i) || 0;
  i++;
  let state = cls(c1);
  let diff: number;
  while ((diff = c1 - c2) === 0) {
    if (c1 === 0) return 0;
    state = NEXT[state]!;
    c1 = s1.charCodeAt(i) || 0;
    c2 = s2.charCodeAt(i) || 0;
    i++;
    state += cls(c1);
  }
  const r = RESULT[state * 3 + cls(c2)]!;
  if (r === CMP) return diff;
  if (r !== LEN) return r;
  let j = i;
  while (isDigit(s1[j])) {
    if (!isDigit(s2[j])) return 1;
    j++;
  }
  return isDigit(s2[j]) ? -1 : diff;
}
