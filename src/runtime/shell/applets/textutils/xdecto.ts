/**
 * gnulib xdectoimax as coreutils validates numeric options: decimal only, and a value outside
 * [min, max] reports ERANGE, or EOVERFLOW when it would not fit in half an int.
 */
export type Dec = { ok: true; value: bigint } | { ok: false; why: '' | 'Numerical result out of range' | 'Value too large for defined data type' };

const INT_MAX = 2147483647n;
const I64_MAX = 9223372036854775807n;

export function xdectoimax(s: string, min: bigint, max: bigint): Dec {
  const m = /^[ \t\n\v\f\r]*([-+]?\d+)$/.exec(s);
  if (!m) return { ok: false, why: '' };
  const v = BigInt(m[1]!);
  if (v > I64_MAX || v < -I64_MAX - 1n) return { ok: false, why: 'Value too large for defined data type' };
  if (v < min || v > max) return { ok: false, why: v > INT_MAX / 2n || v < -INT_MAX / 2n ? 'Value too large for defined data type' : 'Numerical result out of range' };
  return { ok: true, value: v };
}

/** The message coreutils prints for a rejected value: `DESC: 'ARG'` plus the errno text if any. */
export function decError(desc: string, arg: string, d: Dec): string {
  return `${desc}: '${arg}'${!d.ok && d.why ? `: ${d.why}` : ''}`;
}

export const LIMITS = { INT_MAX, I64_MAX, I64_MIN: -I64_MAX - 1n };
