/** printf("%.*g") for a JS number, as glibc prints it. */
export function formatG(x: number, prec: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const p = Math.max(1, prec);
  const e = x.toExponential(p - 1);
  const exp = Number(e.slice(e.indexOf('e') + 1));
  if (exp < -4 || exp >= p) {
    let mant = e.slice(0, e.indexOf('e'));
    if (mant.includes('.')) mant = mant.replace(/\.?0+$/, '');
    return `${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  let f = x.toFixed(Math.max(0, p - 1 - exp));
  if (f.includes('.')) f = f.replace(/\.?0+$/, '');
  return f;
}

/**
 * gnulib ftoastr/dtoastr: the shortest %g text (at least FLT_DIG/DBL_DIG digits for normal
 * values) that reads back as the same float or double.
 */
export function shortestFloat(x: number, single: boolean): string {
  if (!Number.isFinite(x) || x === 0) return formatG(x, 1);
  const min = single ? 1.1754943508222875e-38 : 2.2250738585072014e-308;
  const start = Math.abs(x) < min ? 1 : single ? 6 : 15;
  const max = single ? 9 : 17;
  for (let p = start; p < max; p++) {
    const s = formatG(x, p);
    const back = Number(s);
    if ((single ? Math.fround(back) : back) === x) return s;
  }
  return formatG(x, max);
}

/** An x87 80-bit extended value (od -t fL) as the nearest double. */
export function decodeLongDouble(bytes: number[]): number {
  let mant = 0n;
  for (let i = 7; i >= 0; i--) mant = (mant << 8n) | BigInt(bytes[i]!);
  const se = bytes[8]! | (bytes[9]! << 8);
  const sign = se & 0x8000 ? -1 : 1;
  const exp = se & 0x7fff;
  if (exp === 0x7fff) return (mant & ((1n << 63n) - 1n)) === 0n ? sign * Infinity : NaN;
  if ((mant >> 63n) === 0n && exp !== 0) return NaN;
  const e = (exp === 0 ? 1 : exp) - 16383 - 63;
  return sign * Number(mant) * 2 ** e;
}
