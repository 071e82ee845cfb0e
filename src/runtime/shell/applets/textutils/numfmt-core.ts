import { fixed } from './cfloat.ts';

export type Scale = 'none' | 'auto' | 'si' | 'iec' | 'iec-i';
export type Round = 'up' | 'down' | 'from-zero' | 'towards-zero' | 'nearest';

const POWERS = 'KMGTPEZY';

export interface NumFormat {
  prefix: string;
  suffix: string;
  zero: boolean;
  left: boolean;
  width: number;
  precision: number;
}

/** numfmt --format: text around one %[0]['][-][N][.][N]f; a string is the error to print. */
export function parseNumFormat(f: string): NumFormat | string {
  let i = 0;
  let prefix = '';
  for (; i < f.length; i++) {
    if (f[i] === '%') {
      if (f[i + 1] !== '%') break;
      i++;
    }
    prefix += f[i];
  }
  if (i >= f.length) return `format '${f}' has no % directive`;
  const m = /^%([0'-]*)(\d*)(?:\.(\d*))?(.?)/.exec(f.slice(i))!;
  if (m[4] === '') return `format '${f}' ends in %`;
  if (m[4] !== 'f') return `invalid format '${f}', directive must be %[0]['][-][N][.][N]f`;
  const rest = f.slice(i + m[0].length);
  let suffix = '';
  for (let j = 0; j < rest.length; j++) {
    if (rest[j] === '%') {
      if (rest[j + 1] !== '%') return `format '${f}' has too many % directives`;
      j++;
    }
    suffix += rest[j];
  }
  return { prefix, suffix, zero: m[1]!.includes('0'), left: m[1]!.includes('-'), width: Number(m[2] || '0'), precision: m[3] === undefined ? -1 : Number(m[3] || '0') };
}

/** precision: the input's fraction digits (0 after a unit suffix), used when not scaling. */
export type Parsed = { ok: true; value: number; precision: number } | { ok: false; error: string };

/** simple_strtod_human: decimal digits with an optional fraction, then a unit letter per --from. */
export function parseHuman(s: string, from: Scale, userSuffix: string | undefined): Parsed {
  const t = s.replace(/^[ \t]+/, '');
  const m = /^([-+]?)(\d*)(?:\.(\d*))?/.exec(t)!;
  if (m[0] === '' || !/\d/.test(`${m[2]}${m[3] ?? ''}`)) return { ok: false, error: `invalid number: '${s}'` };
  let v = Number(`${m[2] || '0'}.${m[3] || '0'}`);
  if (m[1] === '-') v = -v;
  let rest = t.slice(m[0].length);
  const p = rest === '' ? -1 : POWERS.indexOf(rest[0]!);
  const precision = p >= 0 ? 0 : (m[3] ?? '').length;
  if (p >= 0) {
    if (from === 'none') return { ok: false, error: `rejecting suffix in input: '${s}' (consider using --from)` };
    let base = from === 'si' ? 1000 : 1024;
    rest = rest.slice(1);
    if (from === 'auto') {
      if (rest.startsWith('i')) rest = rest.slice(1);
      else base = 1000;
    } else if (from === 'iec-i') {
      if (!rest.startsWith('i')) return { ok: false, error: `missing 'i' suffix in input: '${s}' (e.g Ki/Mi/Gi)` };
      rest = rest.slice(1);
    }
    v *= base ** (p + 1);
  }
  if (userSuffix && rest === userSuffix) rest = '';
  if (rest !== '') return { ok: false, error: p >= 0 ? `invalid suffix in input '${s}': '${rest}'` : `invalid suffix in input: '${s}'` };
  return { ok: true, value: v, precision };
}

function round(v: number, r: Round): number {
  switch (r) {
    case 'up':
      return Math.ceil(v);
    case 'down':
      return Math.floor(v);
    case 'towards-zero':
      return Math.trunc(v);
    case 'nearest':
      return v < 0 ? -Math.round(-v) : Math.round(v);
    default:
      return v < 0 ? Math.floor(v) : Math.ceil(v);
  }
}

/** double_to_human: scale to the largest unit below the base, one decimal under 10. */
export function toHuman(val: number, to: Scale, r: Round, userPrec: number, inputPrec = 0): string {
  if (to === 'none' || to === 'auto') {
    const p = userPrec !== -1 ? userPrec : inputPrec;
    const scaled = round(val * 10 ** p, r) / 10 ** p;
    return fixed(scaled, p);
  }
  const base = to === 'si' ? 1000 : 1024;
  let power = 0;
  while (Math.abs(val) >= base && power < 8) {
    val /= base;
    power++;
  }
  let adjust = 0;
  if (userPrec !== -1) adjust = Math.min(power * 3, userPrec);
  else if (Math.abs(val) < 10) adjust = 1;
  val = round(val * 10 ** adjust, r) / 10 ** adjust;
  if (Math.abs(val) >= base) {
    val /= base;
    power++;
  }
  const showPoint = val !== 0 && Math.abs(val) < 10 && power > 0;
  const prec = userPrec !== -1 ? adjust : showPoint ? 1 : 0;
  const unit = power === 0 ? '' : POWERS[power - 1]! + (to === 'iec-i' ? 'i' : '');
  return fixed(val, prec) + unit;
}
