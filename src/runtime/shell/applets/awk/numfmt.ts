/**
 * One numeric printf conversion with C semantics (flags, width, precision), used by printf,
 * sprintf and the CONVFMT/OFMT number-to-string conversions.
 */
import { fmtE, fmtF, fmtG, signBit } from '../../format/cfloat.ts';

export interface Spec {
  minus: boolean;
  plus: boolean;
  space: boolean;
  zero: boolean;
  alt: boolean;
  width: number;
  /** -1 when absent. */
  prec: number;
  conv: string;
}

function pad(spec: Spec, sign: string, body: string, zeroOk: boolean): string {
  const len = sign.length + body.length;
  if (len >= spec.width) return sign + body;
  const fill = spec.width - len;
  if (spec.minus) return sign + body + ' '.repeat(fill);
  if (spec.zero && zeroOk) return sign + '0'.repeat(fill) + body;
  return ' '.repeat(fill) + sign + body;
}

function signOf(neg: boolean, spec: Spec): string {
  return neg ? '-' : spec.plus ? '+' : spec.space ? ' ' : '';
}

/** %e %f %g %E %G of a double. */
export function formatFloat(spec: Spec, x: number): string {
  const upper = spec.conv === 'E' || spec.conv === 'G';
  const neg = signBit(x);
  if (!Number.isFinite(x)) {
    const t = Number.isNaN(x) ? 'nan' : 'inf';
    return pad(spec, signOf(neg, spec), upper ? t.toUpperCase() : t, false);
  }
  const prec = spec.prec < 0 ? 6 : spec.prec;
  const a = Math.abs(x);
  const c = spec.conv.toLowerCase();
  const body = c === 'f' ? fmtF(a, prec, spec.alt) : c === 'e' ? fmtE(a, prec, spec.alt, upper) : fmtG(a, prec, spec.alt, upper);
  return pad(spec, signOf(neg, spec), body, true);
}

/** %d %i (signed) and %o %x %X %u (unsigned) of an already clamped integer. */
export function formatInt(spec: Spec, v: number): string {
  const c = spec.conv;
  const signed = c === 'd' || c === 'i';
  const neg = signed && v < 0;
  const a = Math.abs(v);
  let digits = c === 'o' ? a.toString(8) : c === 'x' ? a.toString(16) : c === 'X' ? a.toString(16).toUpperCase() : String(a);
  if (spec.prec === 0 && a === 0) digits = '';
  if (spec.prec > digits.length) digits = '0'.repeat(spec.prec - digits.length) + digits;
  let prefix = signed ? signOf(neg, spec) : '';
  if (spec.alt && c === 'o' && !digits.startsWith('0')) digits = '0' + digits;
  if (spec.alt && a !== 0 && (c === 'x' || c === 'X')) prefix = c === 'x' ? '0x' : '0X';
  return pad(spec, prefix, digits, spec.prec < 0);
}

/** %s and %c: precision truncates strings, width pads with blanks. */
export function formatStr(spec: Spec, s: string): string {
  const t = spec.conv === 's' && spec.prec >= 0 && s.length > spec.prec ? s.slice(0, spec.prec) : s;
  if (t.length >= spec.width) return t;
  const fill = ' '.repeat(spec.width - t.length);
  return spec.minus ? t + fill : fill + t;
}

const FMT_CACHE = new Map<string, Spec | null>();

/** CONVFMT/OFMT conversion of a number; the format is a C format with one conversion. */
export function formatNumber(fmt: string, x: number): string {
  if (fmt === '%.6g') return Number.isFinite(x) ? (signBit(x) ? '-' : '') + fmtG(Math.abs(x), 6, false, false) : formatFloat(G6, x);
  let spec = FMT_CACHE.get(fmt);
  if (spec === undefined) {
    spec = parseSingle(fmt);
    if (FMT_CACHE.size > 64) FMT_CACHE.clear();
    FMT_CACHE.set(fmt, spec);
  }
  if (!spec) return fmt;
  const m = /%[^%]*?[a-zA-Z]/.exec(fmt.replace(/%%/g, '\0\0'))!;
  const before = fmt.slice(0, m.index).replace(/%%/g, '%');
  const after = fmt.slice(m.index + m[0].length).replace(/%%/g, '%');
  let body: string;
  if ('eEfgG'.includes(spec.conv)) body = formatFloat(spec, x);
  else if ('dioxXuc'.includes(spec.conv)) body = formatInt(spec.conv === 'c' ? { ...spec, conv: 'd' } : spec, Math.trunc(Math.max(-2147483647, Math.min(2147483647, x))) || 0);
  else body = formatStr(spec, String(x));
  return before + body + after;
}

const G6: Spec = { minus: false, plus: false, space: false, zero: false, alt: false, width: 0, prec: 6, conv: 'g' };

function parseSingle(fmt: string): Spec | null {
  const m = /%([-+ #0']*)(\d*)(?:\.(\d*))?[lh]?([a-zA-Z])/.exec(fmt.replace(/%%/g, '\0\0'));
  if (!m) return null;
  const f = m[1]!;
  return {
    minus: f.includes('-'),
    plus: f.includes('+'),
    space: f.includes(' '),
    zero: f.includes('0'),
    alt: f.includes('#'),
    width: m[2] ? Number(m[2]) : 0,
    prec: m[3] === undefined ? -1 : Number(m[3] || '0'),
    conv: m[4]!,
  };
}
