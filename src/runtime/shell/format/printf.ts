import { fmtE, fmtF, fmtG } from './cfloat.ts';
import { expandEscapes } from './escapes.ts';
import { quoteBackslash } from '../interpreter/quote.ts';

export interface PrintfStyle {
  /** Message for a bad number (bash: `abc: invalid number`; coreutils: `'abc': expected a numeric value`). */
  invalidNumber(arg: string): string;
  invalidChar(c: string): string;
  /** Message when a number is only partly numeric (coreutils: `'1a': value not completely converted`). */
  partialNumber(arg: string): string;
  /** An integer beyond 64 bits (clamped): bash only warns, coreutils fails. */
  outOfRange(arg: string): { message: string; fatal: boolean };
  /** The locale can encode \u escapes (bash in a UTF-8 locale; coreutils always converts). */
  utf8?: boolean;
  /** bash's %(fmt)T: strftime of an epoch second (-1 now, -2 shell start); absent elsewhere. */
  time?(fmt: string, epoch: number): string;
}

export const BASH_PRINTF: PrintfStyle = {
  invalidNumber: (a) => `${a}: invalid number`,
  invalidChar: (c) => `\`${c}': invalid format character`,
  partialNumber: (a) => `${a}: invalid number`,
  outOfRange: (a) => ({ message: `warning: ${a}: Numerical result out of range`, fatal: false }),
};

export const COREUTILS_PRINTF: PrintfStyle = {
  invalidNumber: (a) => `'${a}': expected a numeric value`,
  invalidChar: (c) => `%${c}: invalid conversion specification`,
  partialNumber: (a) => `'${a}': value not completely converted`,
  outOfRange: (a) => ({ message: `'${a}': Numerical result out of range`, fatal: true }),
};

export interface PrintfResult {
  text: string;
  errors: string[];
  /** Diagnostics that do not change the status (bash's range warnings). */
  warnings: string[];
  status: number;
}

/** Warnings of the formatPrintf call in progress (it is synchronous). */
let warnings: string[] = [];

const TIME_SPEC = /%(-?)(\d+)?(?:\.(\d*))?\(([^)]*)\)T/y;
const SPEC = /%([-+ #0']*)(\*|\d+)?(?:\.(\*|\d*))?([hlLjzt]*)([a-zA-Z%])?/y;

/** printf(1)/bash printf: the format is reused until the arguments run out. */
export function formatPrintf(format: string, args: string[], style: PrintfStyle): PrintfResult {
  const errors: string[] = [];
  warnings = [];
  let out = '';
  let ai = 0;
  const next = (): string | undefined => (ai < args.length ? args[ai++] : undefined);
  for (;;) {
    const startAi = ai;
    let i = 0;
    while (i < format.length) {
      const c = format[i]!;
      if (c === '\\') {
        const m = /^\\(?:[0-7]{1,3}|x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{1,4}|U[0-9a-fA-F]{1,8}|.)/s.exec(format.slice(i))!;
        const r = expandEscapes(m[0], 'printf', style.utf8 ?? true);
        out += r.text;
        if (r.stop) return { text: out, errors, warnings, status: errors.length ? 1 : 0 };
        i += m[0].length;
        continue;
      }
      if (c !== '%') {
        out += c;
        i++;
        continue;
      }
      TIME_SPEC.lastIndex = i;
      const t = style.time ? TIME_SPEC.exec(format) : null;
      if (t) {
        i += t[0].length;
        const arg = next();
        const epoch = arg === undefined || arg === '' ? -1 : Number(toInt(arg, style, errors));
        let text = style.time!(t[4]!, epoch);
        if (t[3] !== undefined) text = text.slice(0, Number(t[3] || '0'));
        out += pad(text, t[2] ? Number(t[2]) : undefined, t[1] === '-', false);
        continue;
      }
      SPEC.lastIndex = i;
      const m = SPEC.exec(format)!;
      const [whole, flags = '', w, p, , conv] = m;
      i += whole.length;
      if (conv === '%') {
        out += '%';
        continue;
      }
      if (conv === undefined) {
        errors.push(style.invalidChar(format[i] ?? ''));
        return { text: out, errors, warnings, status: 1 };
      }
      let width = w === '*' ? Number(toInt(next() ?? '0', style, errors)) : w ? Number(w) : undefined;
      let left = flags.includes('-');
      if (width !== undefined && width < 0) {
        left = true;
        width = -width;
      }
      const prec = p === undefined ? undefined : p === '*' ? Number(toInt(next() ?? '0', style, errors)) : Number(p || '0');
      const arg = next();
      const piece = convert(conv, arg, flags, prec, style, errors);
      if (piece === null) {
        errors.push(style.invalidChar(conv));
        return { text: out, errors, warnings, status: 1 };
      }
      if (piece.stop) return { text: out + piece.text, errors, warnings, status: errors.length ? 1 : 0 };
      out += pad(piece.text, width, left, flags.includes('0') && !left && piece.numeric && (prec === undefined || !'diouxX'.includes(conv)));
    }
    if (ai >= args.length || ai === startAi) break;
  }
  return { text: out, errors, warnings, status: errors.length ? 1 : 0 };
}

function pad(s: string, width: number | undefined, left: boolean, zero: boolean): string {
  if (width === undefined || s.length >= width) return s;
  if (left) return s.padEnd(width);
  if (zero) {
    const sign = /^[-+ ]/.test(s) ? s[0]! : '';
    const prefix = /^[-+ ]?0[xX]/.test(s) ? s.slice(sign.length, sign.length + 2) : '';
    const body = s.slice(sign.length + prefix.length);
    return sign + prefix + body.padStart(width - sign.length - prefix.length, '0');
  }
  return s.padStart(width);
}

/** Parses a numeric argument like strtoimax, with `'c` giving the character code. */
function toInt(arg: string, style: PrintfStyle, errors: string[], unsigned = false): bigint {
  if (/^['"]/.test(arg)) return arg.length > 1 ? BigInt(Buffer.from(arg.slice(1), 'latin1').toString('utf8').codePointAt(0) ?? 0) : 0n;
  const t = arg.trimStart();
  const m = /^[-+]?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(t);
  if (!m) {
    if (t === '') return 0n;
    errors.push(style.invalidNumber(arg));
    return 0n;
  }
  let v: bigint;
  const body = m[0].replace(/^[-+]/, '');
  v = body.startsWith('0x') || body.startsWith('0X') ? BigInt(body) : body.length > 1 && body.startsWith('0') ? BigInt(`0o${body.slice(1)}`) : BigInt(body);
  if (m[0].startsWith('-')) v = -v;
  if (m[0].length !== t.length) errors.push(style.partialNumber(arg));
  // strtoimax/strtoumax saturate at the 64-bit limits.
  const max = unsigned ? 18446744073709551615n : 9223372036854775807n;
  const min = unsigned ? -18446744073709551615n : -9223372036854775808n;
  if (v > max || v < min) {
    const r = style.outOfRange(arg);
    (r.fatal ? errors : warnings).push(r.message);
    v = v > max ? max : min;
  }
  return v;
}

function toFloat(arg: string, style: PrintfStyle, errors: string[]): number {
  if (/^['"]/.test(arg)) return arg.length > 1 ? (arg.codePointAt(1) ?? 0) : 0;
  const t = arg.trimStart();
  if (t === '') return 0;
  const m = /^[-+]?(\d+\.?\d*([eE][-+]?\d+)?|\.\d+([eE][-+]?\d+)?|inf(inity)?|nan|0[xX][0-9a-fA-F]+)/i.exec(t);
  if (!m) {
    errors.push(style.invalidNumber(arg));
    return 0;
  }
  if (m[0].length !== t.length) errors.push(style.partialNumber(arg));
  return Number(m[0]);
}

interface Piece {
  text: string;
  numeric: boolean;
  stop?: boolean;
}

function convert(conv: string, arg: string | undefined, flags: string, prec: number | undefined, style: PrintfStyle, errors: string[]): Piece | null {
  const a = arg ?? '';
  switch (conv) {
    case 's':
      return { text: prec === undefined ? a : a.slice(0, prec), numeric: false };
    case 'b': {
      const r = expandEscapes(a, 'b', style.utf8 ?? true);
      return { text: prec === undefined ? r.text : r.text.slice(0, prec), numeric: false, stop: r.stop };
    }
    case 'q':
      return { text: arg === undefined ? "''" : quoteBackslash(a), numeric: false };
    case 'c':
      // An empty argument is the empty C string: its terminating NUL is printed.
      return { text: a === '' ? '\0' : a.slice(0, 1), numeric: false };
    case 'd':
    case 'i': {
      const v = arg === undefined ? 0n : toInt(a, style, errors);
      let s = (v < 0n ? -v : v).toString();
      if (prec !== undefined) s = s.padStart(prec, '0');
      const sign = v < 0n ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
      return { text: sign + s, numeric: true };
    }
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      let v = arg === undefined ? 0n : toInt(a, style, errors, true);
      if (v < 0n) v = BigInt.asUintN(64, v);
      let s = v.toString(conv === 'o' ? 8 : conv === 'u' ? 10 : 16);
      if (conv === 'X') s = s.toUpperCase();
      if (prec !== undefined) s = s.padStart(prec, '0');
      if (flags.includes('#') && v !== 0n) s = conv === 'o' ? `0${s}` : conv === 'x' ? `0x${s}` : conv === 'X' ? `0X${s}` : s;
      return { text: s, numeric: true };
    }
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G': {
      const v = arg === undefined ? 0 : toFloat(a, style, errors);
      return { text: formatFloat(v, conv, prec ?? 6, flags), numeric: true };
    }
  }
  return null;
}

export function formatFloat(v: number, conv: string, prec: number, flags: string): string {
  const sign = v < 0 || Object.is(v, -0) ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  const x = Math.abs(v);
  let s: string;
  const alt = flags.includes('#');
  if (!Number.isFinite(x)) s = Number.isNaN(x) ? 'nan' : 'inf';
  else if (conv === 'f' || conv === 'F') s = fmtF(x, prec, alt);
  else if (conv === 'e' || conv === 'E') s = fmtE(x, prec, alt, false);
  else s = fmtG(x, prec, alt, false);
  if (conv === 'E' || conv === 'G' || conv === 'F') s = s.toUpperCase();
  return sign + s;
}

