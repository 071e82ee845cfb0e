import { parseCFloat } from './cfloat.ts';

/** A seq operand with the width and precision its spelling implies (seq.c scan_arg). */
export interface Operand {
  value: number;
  width: number;
  /** Fraction digits shown; Infinity when it cannot be told (hex floats). */
  precision: number;
  text: string;
}

export type Scan = { ok: true; op: Operand } | { ok: false; nan: boolean };

export function scanArg(arg: string): Scan {
  const value = parseCFloat(arg);
  if (value === null) return { ok: false, nan: false };
  if (Number.isNaN(value)) return { ok: false, nan: true };
  const a = arg.replace(/^[ \t\n\v\f\r+]+/, '');
  let width = 0;
  let precision = Infinity;
  const dot = a.indexOf('.');
  if (dot < 0 && !a.includes('p')) precision = 0;
  if (!/[xX]/.test(a) && Number.isFinite(value)) {
    let fractionLen = 0;
    width = a.length;
    if (dot >= 0) {
      fractionLen = a.slice(dot + 1).search(/[eE]/);
      if (fractionLen < 0) fractionLen = a.length - dot - 1;
      precision = fractionLen;
      width += fractionLen === 0 ? -1 : dot === 0 || !/\d/.test(a[dot - 1]!) ? 1 : 0;
    }
    let e = a.indexOf('e');
    if (e < 0) e = a.indexOf('E');
    if (e >= 0) {
      let exponent = parseInt(a.slice(e + 1), 10) || 0;
      precision += exponent < 0 ? -exponent : -Math.min(precision, exponent);
      width -= a.length - e;
      if (exponent < 0) {
        if (dot >= 0) {
          if (e === dot + 1) width++;
        } else width++;
        exponent = -exponent;
      } else {
        if (dot >= 0 && precision === 0 && fractionLen) width--;
        exponent -= Math.min(fractionLen, exponent);
      }
      width += exponent;
    }
  }
  return { ok: true, op: { value, width, precision, text: arg } };
}

/** seq.c get_default_format: null means %Lg. */
export function defaultFormat(first: Operand, step: Operand, last: Operand, equalWidth: boolean): { width: number; prec: number } | null {
  const prec = Math.max(first.precision, step.precision);
  if (prec === Infinity || last.precision === Infinity) return null;
  if (!equalWidth) return { width: 0, prec };
  const firstWidth = first.width + (prec - first.precision) + (first.precision === 0 && prec ? 1 : 0);
  let lastWidth = last.width + (prec - last.precision);
  if (last.precision && prec === 0) lastWidth--;
  if (last.precision === 0 && prec) lastWidth++;
  return { width: Math.max(firstWidth, lastWidth), prec };
}

export interface FormatSpec {
  prefix: string;
  suffix: string;
  flags: string;
  width?: number;
  prec?: number;
  conv: string;
}

/** seq -f validation (long_double_format): exactly one floating directive. Returns an error text. */
export function parseSeqFormat(fmt: string): FormatSpec | string {
  let i = 0;
  let prefix = '';
  const unq = (s: string) => s.replace(/%%/g, '%');
  for (; i < fmt.length; i++) {
    if (fmt[i] === '%') {
      if (fmt[i + 1] === '%') {
        i++;
        continue;
      }
      break;
    }
  }
  if (i >= fmt.length) return `format '${fmt}' has no % directive`;
  prefix = unq(fmt.slice(0, i));
  const m = /^%([-+ #0']*)(\d*)(?:\.(\d*))?(L?)(.?)/.exec(fmt.slice(i))!;
  const conv = m[5]!;
  if (conv === '') return `format '${fmt}' ends in %`;
  if (!'aAeEfFgG'.includes(conv)) return `format '${fmt}' has unknown %${conv} directive`;
  const rest = fmt.slice(i + m[0].length);
  for (let j = 0; j < rest.length; j++) {
    if (rest[j] === '%') {
      if (rest[j + 1] !== '%') return `format '${fmt}' has too many % directives`;
      j++;
    }
  }
  return { prefix, suffix: unq(rest), flags: m[1]!.replace(/'/g, ''), width: m[2] ? Number(m[2]) : undefined, prec: m[3] === undefined ? undefined : Number(m[3] || '0'), conv };
}
