/**
 * busybox 1.35 sort's own key model (get_key/compare_keys): keys with flags of their own drop
 * the global ones (even -r), an end character offset counts from the start of the line,
 * -n is strtod(), and the tie-break compares whole lines.
 */
export class BbKeyError extends Error {}

export interface BbKey {
  range: [number, number, number, number];
  flags: string;
}

const OPT_STR = 'ngMucszbrdfimS:T:o:k:*t:V';
const ALLOWED = 'ngMbrdfiB';

function str2u(s: string, pos: number): [number, number] {
  const m = /^\d+/.exec(s.slice(pos));
  if (!m || Number(m[0]) === 0 || Number(m[0]) > 0x7fffffff) throw new BbKeyError('bad field specification');
  return [Number(m[0]), pos + m[0].length];
}

export function parseBbKey(spec: string): BbKey {
  const key: BbKey = { range: [0, 0, 0, 0], flags: '' };
  let i = 0;
  let p = 0;
  while (p < spec.length) {
    [key.range[2 * i], p] = str2u(spec, p);
    if (spec[p] === '.') [key.range[2 * i + 1], p] = str2u(spec, p + 1);
    while (p < spec.length) {
      const c = spec[p]!;
      if (c === ',' && i === 0) {
        i = 1;
        p++;
        break;
      }
      if (c === ',') i++;
      if (!OPT_STR.includes(c)) throw new BbKeyError('unknown key option');
      if (!ALLOWED.includes(c)) throw new BbKeyError('unknown sort type');
      key.flags += i && c === 'b' ? 'B' : c;
      p++;
    }
  }
  return key;
}

const isSpace = (c: string | undefined): boolean => c !== undefined && ' \t\n\v\f\r'.includes(c);

function getKey(str: string, key: BbKey, flags: string, sep: string | undefined): string {
  const r = key.range;
  if (r[0] === 1 && !r[1] && !r[2] && !r[3] && !/[bdfiB]/.test(flags)) return str;
  const len = str.length;
  let start = 0;
  let end = 0;
  for (let j = 0; j < 2; j++) {
    if (!r[2 * j]) end = len;
    else {
      let ch = '';
      end = 0;
      for (let i = 1; i < r[2 * j]! + j; i++) {
        if (sep !== undefined) {
          for (;;) {
            if (end >= len) {
              ch = '';
              break;
            }
            ch = str[end++]!;
            if (ch === sep) break;
          }
        } else {
          while (isSpace(str[end])) end++;
          while (end < len && !isSpace(str[end])) end++;
        }
      }
      if (j && ch) end--;
    }
    if (!j) start = end;
  }
  if (flags.includes('b')) while (isSpace(str[start])) start++;
  if (flags.includes('B')) while (end > start && isSpace(str[end - 1])) end--;
  if (r[3]) end = Math.min(r[3], len);
  if (r[1]) start = Math.min(start + r[1] - 1, len);
  if (end < start) end = start;
  let k = str.slice(start, end);
  if (flags.includes('d')) k = k.replace(/[^ \t\n\v\f\rA-Za-z0-9]/g, '');
  if (flags.includes('i')) k = k.replace(/[^\x20-\x7e]/g, '');
  if (flags.includes('f')) k = k.replace(/[a-z]+/g, (m) => m.toUpperCase());
  return k;
}

/** strtod: the value and whether anything converted. */
function strtod(s: string): [number, boolean] {
  const m = /^[ \t\n\v\f\r]*([+-]?)(inf(?:inity)?|nan(?:\([0-9A-Za-z_]*\))?|0x(?:[0-9a-f]+\.?[0-9a-f]*|\.[0-9a-f]+)(?:p[+-]?\d+)?|(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)/i.exec(s);
  if (!m) return [0, false];
  const body = m[2]!.toLowerCase();
  const sign = m[1] === '-' ? -1 : 1;
  if (body.startsWith('inf')) return [sign * Infinity, true];
  if (body.startsWith('nan')) return [NaN, true];
  if (body.startsWith('0x')) return [sign * parseInt(body.slice(2).split('.')[0] || '0', 16), true];
  return [sign * Number(body), true];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function month(s: string): number {
  const l = s.toLowerCase();
  return MONTHS.findIndex((m) => l.startsWith(m.slice(0, 3)));
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareKey(x: string, y: string, flags: string): number {
  const kinds = ['n', 'g', 'M', 'V'].filter((f) => flags.includes(f));
  if (kinds.length > 1) throw new BbKeyError('unknown sort type');
  const kind = kinds[0];
  if (kind === 'V') return glibcVers(x, y);
  if (kind === 'n') {
    const dx = strtod(x)[0];
    const dy = strtod(y)[0];
    return dx > dy ? 1 : dx < dy ? -1 : 0;
  }
  if (kind === 'g') {
    const [dx, okx] = strtod(x);
    const [dy, oky] = strtod(y);
    if (!okx) return oky ? -1 : 0;
    if (!oky) return 1;
    if (Number.isNaN(dx)) return Number.isNaN(dy) ? 0 : -1;
    if (Number.isNaN(dy)) return 1;
    return dx > dy ? 1 : dx < dy ? -1 : 0;
  }
  if (kind === 'M') {
    const mx = month(x);
    const my = month(y);
    if (mx < 0) return my < 0 ? 0 : -1;
    if (my < 0) return 1;
    return mx - my;
  }
  return cmp(x, y);
}

let glibcVers: (a: string, b: string) => number = cmp;
export function useStrverscmp(f: (a: string, b: string) => number): void {
  glibcVers = f;
}

export interface BbOrdering {
  keys: BbKey[];
  global: string;
  sep: string | undefined;
  stable: boolean;
  /** Set for the -u pass: no whole-line tie-break. */
  noTieBreak: boolean;
}

/** compare_keys(); `ia`/`ib` are input positions for -s. */
export function bbCompare(o: BbOrdering, a: string, b: string, ia: number, ib: number): number {
  let r = 0;
  let flags = o.global;
  for (const key of o.keys) {
    flags = key.flags || o.global;
    r = compareKey(getKey(a, key, flags, o.sep), getKey(b, key, flags, o.sep), flags);
    if (r) break;
  }
  // A tie is broken by position (-s) or by whole lines, reversed by the global -r only.
  if (r === 0) {
    flags = o.global;
    if (o.stable) r = ia > ib ? 1 : 0;
    else if (!o.noTieBreak) r = cmp(a, b);
  }
  return flags.includes('r') ? -r : r;
}

/** glibc 2.36 qsort (top-down merge sort): the same order even for busybox's non-transitive -n. */
export function glibcMsort<T>(a: T[], cmp: (x: T, y: T) => number): T[] {
  if (a.length <= 1) return a;
  const n1 = a.length >> 1;
  const left = glibcMsort(a.slice(0, n1), cmp);
  const right = glibcMsort(a.slice(n1), cmp);
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) out.push(cmp(left[i]!, right[j]!) <= 0 ? left[i++]! : right[j++]!);
  while (i < left.length) out.push(left[i++]!);
  while (j < right.length) out.push(right[j++]!);
  return out;
}
