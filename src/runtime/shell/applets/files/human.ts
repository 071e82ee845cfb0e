/**
 * gnulib's human_readable() and block-size option parsing (`-h`, `--si`, `--block-size=SIZE`,
 * BLOCK_SIZE), shared by ls, du and df so their numbers round the same way.
 */
export const H = {
  ceiling: 0,
  round: 1,
  floor: 2,
  groupDigits: 4,
  suppressPointZero: 8,
  autoscale: 16,
  base1024: 32,
  spaceBeforeUnit: 64,
  SI: 128,
  B: 256,
} as const;

const POWER_LETTER = ['', 'K', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y', 'R', 'Q'];

/** N units of `from` bytes shown in units of `to` bytes (or autoscaled), exactly as gnulib rounds. */
export function humanReadable(n: number, opts: number, from: number, to: number): string {
  const style = opts & 3;
  const base = opts & H.base1024 ? 1024 : 1000;
  const expMax = 8;
  let exponent = -1;
  let amt: number;
  let tenths = 0;
  let rounding = 0;
  let frac = '';
  let body: string;
  if (to <= from && from % to === 0) amt = n * (from / to);
  else if (from !== 0 && to % from === 0) {
    const div = to / from;
    const r10 = (n % div) * 10;
    const r2 = (r10 % div) * 2;
    amt = Math.floor(n / div);
    tenths = Math.floor(r10 / div);
    rounding = r2 < div ? (0 < r2 ? 1 : 0) : 2 + (div < r2 ? 1 : 0);
  } else return floatPath(n * (from / to), opts, base, style, to);
  if (opts & H.autoscale) {
    exponent = 0;
    if (base <= amt) {
      do {
        const r10 = (amt % base) * 10 + tenths;
        const r2 = (r10 % base) * 2 + (rounding >> 1);
        amt = Math.floor(amt / base);
        tenths = Math.floor(r10 / base);
        rounding = r2 < base ? (r2 + rounding !== 0 ? 1 : 0) : 2 + (base < r2 + rounding ? 1 : 0);
        exponent++;
      } while (base <= amt && exponent < expMax);
      if (amt < 10) {
        if (style === H.round ? 2 < rounding + (tenths & 1) : style === H.ceiling && 0 < rounding) {
          tenths++;
          rounding = 0;
          if (tenths === 10) {
            amt++;
            tenths = 0;
          }
        }
        if (amt < 10 && (tenths || !(opts & H.suppressPointZero))) {
          frac = `.${tenths}`;
          tenths = rounding = 0;
        }
      }
    }
  }
  if (style === H.round ? 5 < tenths + (0 < rounding + (amt & 1) ? 1 : 0) : style === H.ceiling && 0 < tenths + rounding) {
    amt++;
    if (opts & H.autoscale && amt === base && exponent < expMax) {
      exponent++;
      if (!(opts & H.suppressPointZero)) frac = '.0';
      amt = 1;
    }
  }
  body = String(amt) + frac;
  return body + suffix(opts, exponent, base, to);
}

function floatPath(damt: number, opts: number, base: number, style: number, to: number): string {
  const adjust = (v: number) => (style === H.floor ? Math.floor(v) : style === H.ceiling ? Math.ceil(v) : v);
  if (!(opts & H.autoscale)) return String(Math.round(adjust(damt))) + suffix(opts, -1, base, to);
  let e = 1;
  let exponent = 0;
  do {
    e *= base;
    exponent++;
  } while (e * base <= damt && exponent < 8);
  damt /= e;
  let buf = (adjust(damt * 10) / 10).toFixed(1);
  if (2 + (opts & H.base1024 ? 0 : 1) < buf.length || (opts & H.suppressPointZero && buf.endsWith('0'))) buf = (adjust(damt * 10) / 10).toFixed(0);
  return buf + suffix(opts, exponent, base, 1);
}

function suffix(opts: number, exponent: number, base: number, to: number): string {
  if (!(opts & H.SI)) return '';
  if (exponent < 0) {
    exponent = 0;
    for (let power = 1; power < to; power *= base) if (++exponent === 8) break;
  }
  let s = '';
  if ((exponent || opts & H.B) && opts & H.spaceBeforeUnit) s += ' ';
  if (exponent) s += !(opts & H.base1024) && exponent === 1 ? 'k' : POWER_LETTER[exponent];
  if (opts & H.B) s += (opts & H.base1024 && exponent ? 'i' : '') + 'B';
  return s;
}

export interface BlockSize {
  opts: number;
  size: number;
}

const SUFFIX_POW: Record<string, number> = { k: 1, K: 1, m: 2, M: 2, g: 3, G: 3, t: 4, T: 4, p: 5, P: 5, e: 6, E: 6, z: 7, Z: 7, y: 8, Y: 8 };

/** humblock(): `human-readable`, `si`, `'`-grouping, `[N][KMG…][iB|B]`. Null when invalid. */
export function parseBlockSize(spec: string): BlockSize | null {
  let opts = 0;
  let s = spec;
  if (s.startsWith("'")) {
    opts |= H.groupDigits;
    s = s.slice(1);
  }
  // argmatch: any unambiguous prefix of the two keywords
  if (s !== '' && 'human-readable'.startsWith(s)) return { opts: opts | H.autoscale | H.SI | H.base1024, size: 1 };
  if (s !== '' && 'si'.startsWith(s)) return { opts: opts | H.autoscale | H.SI, size: 1 };
  const m = /^(\d*)([a-zA-Z]*)$/.exec(s);
  if (!m || s === '') return null;
  let size = m[1] === '' ? 1 : Number(m[1]);
  const suf = m[2]!;
  if (suf !== '') {
    const pow = SUFFIX_POW[suf[0]!];
    if (pow === undefined) return null;
    const rest = suf.slice(1);
    let b = 1024;
    if (rest === 'B') b = 1000;
    else if (rest !== '' && rest !== 'iB') return null;
    size *= b ** pow;
    if (m[1] === '') {
      opts |= H.SI;
      if (rest.endsWith('B')) opts |= H.B;
      if (rest !== 'B') opts |= H.base1024;
    }
  }
  if (size === 0 || !Number.isFinite(size)) return null;
  return { opts, size };
}

/** The output block size from the environment (LS_BLOCK_SIZE/DU_BLOCK_SIZE/DF_BLOCK_SIZE, BLOCK_SIZE, BLOCKSIZE). */
export function envBlockSize(env: Map<string, string>, specific: string): BlockSize {
  for (const k of [specific, 'BLOCK_SIZE', 'BLOCKSIZE']) {
    const v = env.get(k);
    if (v) {
      const b = parseBlockSize(v);
      if (b) return b;
    }
  }
  return { opts: 0, size: env.has('POSIXLY_CORRECT') ? 512 : 1024 };
}
