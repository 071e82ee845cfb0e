/**
 * C printf's %e %f %g digits, computed from the exact binary value of the double and rounded
 * half-to-even like glibc (JS toFixed/toPrecision round ties away from zero, and stop at 1e21).
 */

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** True when the sign bit is set (tells -0 and -nan apart). */
export function signBit(x: number): boolean {
  f64[0] = x;
  return u64[0]! >> 63n === 1n;
}

const pow5: bigint[] = [1n];
function five(n: number): bigint {
  while (pow5.length <= n) pow5.push(pow5[pow5.length - 1]! * 5n);
  return pow5[n]!;
}

/** |x| (finite) as an integer digit string D and exponent: |x| = D × 10^exp. */
function exact(x: number): { d: string; exp: number } {
  f64[0] = x;
  const bits = u64[0]!;
  const be = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & 0xfffffffffffffn;
  let e: number;
  if (be === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = be - 1075;
  }
  if (mant === 0n) return { d: '0', exp: 0 };
  if (e >= 0) return { d: (mant << BigInt(e)).toString(), exp: 0 };
  // Small exact integers are common; avoid the big multiply for them.
  if (Number.isInteger(x) && Math.abs(x) < 2 ** 53) return { d: String(Math.abs(x)), exp: 0 };
  return { d: (mant * five(-e)).toString(), exp: e };
}

/** Adds one to a decimal digit string ("199" → "200", "99" → "100"). */
function increment(d: string): string {
  const a = d.split('');
  let i = a.length - 1;
  while (i >= 0 && a[i] === '9') a[i--] = '0';
  if (i < 0) return '1' + a.join('');
  a[i] = String.fromCharCode(a[i]!.charCodeAt(0) + 1);
  return a.join('');
}

/** Whether dropping `rest` from a number ending in `lastKept` rounds up (half to even). */
function roundsUp(rest: string, lastKept: string | undefined): boolean {
  if (rest === '') return false;
  const c = rest.charCodeAt(0);
  if (c > 53) return true;
  if (c < 53) return false;
  for (let i = 1; i < rest.length; i++) if (rest.charCodeAt(i) !== 48) return true;
  return lastKept !== undefined && (lastKept.charCodeAt(0) & 1) === 1;
}

/** `n` significant digits of |x| and the decimal exponent of the first one. */
function significant(x: number, n: number): { d: string; e: number } {
  const { d, exp } = exact(x);
  if (d === '0') return { d: '0'.repeat(n), e: 0 };
  const e = d.length - 1 + exp;
  if (d.length <= n) return { d: d + '0'.repeat(n - d.length), e };
  let kept = d.slice(0, n);
  if (roundsUp(d.slice(n), kept[n - 1])) {
    kept = increment(kept);
    if (kept.length > n) return { d: kept.slice(0, n), e: e + 1 };
  }
  return { d: kept, e };
}

/** %e body of |x| (no sign). */
export function fmtE(x: number, prec: number, alt: boolean, upper: boolean): string {
  const { d, e } = significant(x, prec + 1);
  const mant = d[0]! + (prec > 0 || alt ? '.' : '') + d.slice(1);
  const ae = Math.abs(e);
  return mant + (upper ? 'E' : 'e') + (e < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
}

/** %f body of |x| (no sign). */
export function fmtF(x: number, prec: number, alt: boolean): string {
  if (Math.abs(x) < 1e15 && prec <= 20 && Number.isInteger(x)) {
    return String(Math.abs(x)) + (prec > 0 ? '.' + '0'.repeat(prec) : alt ? '.' : '');
  }
  const { d, exp } = exact(x);
  let n: string;
  const shift = exp + prec;
  if (shift >= 0) n = d === '0' ? '0' : d + '0'.repeat(shift);
  else {
    const cut = -shift;
    if (cut > d.length) n = '0';
    else {
      const kept = d.slice(0, d.length - cut);
      n = roundsUp(d.slice(d.length - cut), kept === '' ? '0' : kept[kept.length - 1]) ? increment(kept || '0') : kept || '0';
    }
  }
  if (n.length <= prec) n = '0'.repeat(prec - n.length + 1) + n;
  const ip = n.slice(0, n.length - prec);
  const fp = n.slice(n.length - prec);
  return ip + (prec > 0 || alt ? '.' : '') + fp;
}

/** %g body of |x| (no sign). */
export function fmtG(x: number, prec: number, alt: boolean, upper: boolean): string {
  const p = prec === 0 ? 1 : prec;
  const { d, e } = significant(x, p);
  let out: string;
  if (e < -4 || e >= p) {
    let frac = d.slice(1);
    if (!alt) frac = frac.replace(/0+$/, '');
    const ae = Math.abs(e);
    out = d[0]! + (frac || alt ? '.' : '') + frac + (upper ? 'E' : 'e') + (e < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
    return out;
  }
  let ip: string;
  let fp: string;
  if (e >= 0) {
    ip = d.slice(0, e + 1);
    fp = d.slice(e + 1);
  } else {
    ip = '0';
    fp = '0'.repeat(-e - 1) + d;
  }
  if (!alt) fp = fp.replace(/0+$/, '');
  return ip + (fp || alt ? '.' : '') + fp;
}
