import { formatFloat } from '../../format/printf.ts';

/**
 * C's `%.Nf` of a double: JavaScript's toFixed rounds exact ties away from zero where glibc
 * rounds them to even (printf '%.0f' 2.5 is 2), and switches to exponents from 1e21.
 */
export function fixed(x: number, prec: number): string {
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const a = Math.abs(x);
  if (!Number.isFinite(a)) return sign + (Number.isNaN(a) ? 'nan' : 'inf');
  const { mant, exp } = decompose(a);
  // a = mant * 2^exp exactly; scaled = a * 10^prec as a fraction num / den.
  let num = mant * 10n ** BigInt(prec);
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  let q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  let digits = q.toString();
  if (prec > 0) {
    digits = digits.padStart(prec + 1, '0');
    digits = `${digits.slice(0, -prec)}.${digits.slice(-prec)}`;
  }
  return sign + digits;
}

function decompose(a: number): { mant: bigint; exp: number } {
  if (a === 0) return { mant: 0n, exp: 0 };
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, a);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const e = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (e === 0) return { mant, exp: -1074 };
  mant |= 1n << 52n;
  return { mant, exp: e - 1075 };
}

/** One printf conversion of a floating value with its flags, width and precision. */
export function formatOne(x: number, flags: string, width: number | undefined, prec: number | undefined, conv: string): string {
  let body: string;
  if (conv === 'f' || conv === 'F') {
    body = fixed(x, prec ?? 6);
    if (!/^-/.test(body)) body = (flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + body;
    if (flags.includes('#') && !body.includes('.') && Number.isFinite(x)) body += '.';
    if (conv === 'F') body = body.toUpperCase();
  } else if (conv === 'a' || conv === 'A') {
    body = hexFloat(x, prec);
    if (!/^-/.test(body)) body = (flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + body;
    if (conv === 'A') body = body.toUpperCase();
  } else body = formatFloat(x, conv, prec ?? 6, flags);
  if (width === undefined || body.length >= width) return body;
  if (flags.includes('-')) return body.padEnd(width);
  if (flags.includes('0') && Number.isFinite(x)) {
    const sign = /^[-+ ]/.test(body) ? body[0]! : '';
    const pre = /^[-+ ]?0[xX]/.test(body) ? body.slice(sign.length, sign.length + 2) : '';
    return sign + pre + body.slice(sign.length + pre.length).padStart(width - sign.length - pre.length, '0');
  }
  return body.padStart(width);
}

/** glibc's %La (x86 long double): the leading hex digit holds the top four mantissa bits, 0x8p-3 for 1. */
function hexFloat(x: number, prec: number | undefined): string {
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const a = Math.abs(x);
  if (!Number.isFinite(a)) return sign + (Number.isNaN(a) ? 'nan' : 'inf');
  if (a === 0) return `${sign}0x0${prec ? `.${'0'.repeat(prec)}` : ''}p+0`;
  const { mant, exp } = decompose(a);
  let m = mant;
  let e = exp;
  while (m < 1n << 63n) {
    m <<= 1n;
    e--;
  }
  // a = m * 2^e with bit 63 set; printed as (m / 2^60) * 2^(e + 60).
  e += 60;
  let lead = Number(m >> 60n);
  let frac = (m & ((1n << 60n) - 1n)).toString(16).padStart(15, '0');
  if (prec === undefined) frac = frac.replace(/0+$/, '');
  else if (prec < 15) {
    const full = m & ((1n << 60n) - 1n);
    const shift = BigInt((15 - prec) * 4);
    let q = full >> shift;
    const r = full & ((1n << shift) - 1n);
    const half = 1n << (shift - 1n);
    if (r > half || (r === half && (q & 1n) === 1n)) q += 1n;
    if (q >> BigInt(prec * 4) !== 0n) {
      lead++;
      q &= (1n << BigInt(prec * 4)) - 1n;
    }
    frac = prec ? q.toString(16).padStart(prec, '0') : '';
  } else frac = frac.padEnd(prec, '0');
  return `${sign}0x${lead.toString(16)}${frac ? `.${frac}` : ''}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

/**
 * strtold as coreutils takes numbers: leading blanks, sign, decimal or hex digits with an
 * exponent, inf/infinity/nan; nothing may follow. NaN and null mean "not a number at all".
 */
export function parseCFloat(s: string): number | null {
  const t = s.replace(/^[ \t\n\v\f\r]+/, '');
  const m = /^([-+]?)(?:(0[xX])([0-9a-fA-F]*\.?[0-9a-fA-F]*)(?:[pP]([-+]?\d+))?|(\d*\.?\d*(?:[eE][-+]?\d+)?)|(inf(?:inity)?|nan(?:\([0-9A-Za-z_]*\))?))$/i.exec(t);
  if (!m) return null;
  const neg = m[1] === '-';
  let v: number;
  if (m[2]) {
    const digits = m[3]!;
    if (!/[0-9a-fA-F]/.test(digits)) return null;
    const [ip, fp = ''] = digits.split('.');
    v = (ip ? parseInt(ip, 16) : 0) + (fp ? parseInt(fp, 16) / 16 ** fp.length : 0);
    if (m[4]) v *= 2 ** Number(m[4]);
  } else if (m[5] !== undefined) {
    if (!/\d/.test(m[5].replace(/[eE].*/, ''))) return null;
    v = Number(m[5]);
  } else v = /^n/i.test(m[6]!) ? NaN : Infinity;
  return neg ? -v : v;
}
