/** printf/sprintf as mawk 1.3.4 20200120 does them (clamped integers, its error texts). */
import { AwkRuntimeError } from './awk-error.ts';
import { formatFloat, formatInt, formatStr, type Spec } from './numfmt.ts';
import { dToI, dToU, numToStr, StrNum, toNum, toStr, UNINIT, type Value } from './values.ts';

/** Formats `args` by `fmt`; on error the text produced so far travels in the error. */
export function awkSprintf(fmt: string, args: Value[], who: 'printf' | 'sprintf', convfmt: string, busybox = false): string {
  let out = '';
  let ai = 0;
  let conv = 0;
  const fail = (msg: string): never => {
    throw new AwkRuntimeError(msg, out);
  };
  const takeInt = (): number => {
    const v = args[ai++];
    return dToI(v === undefined ? 0 : toNum(v));
  };
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    conv++;
    i = pct + 1;
    if (fmt[i] === '%') {
      out += '%';
      i++;
      continue;
    }
    const spec: Spec = { minus: false, plus: false, space: false, zero: false, alt: false, width: 0, prec: -1, conv: '' };
    for (;; i++) {
      const c = fmt[i];
      if (c === '-') spec.minus = true;
      else if (c === '+') spec.plus = true;
      else if (c === ' ') spec.space = true;
      else if (c === '0') spec.zero = true;
      else if (c === '#') spec.alt = true;
      else if (c !== "'") break;
    }
    if (fmt[i] === '*') {
      spec.width = takeInt();
      i++;
    } else {
      const s = i;
      while (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) i++;
      if (i > s) spec.width = Number(fmt.slice(s, i));
    }
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') {
        spec.prec = takeInt();
        i++;
      } else {
        const s = i;
        while (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) i++;
        spec.prec = i > s ? Number(fmt.slice(s, i)) : 0;
      }
    }
    if (spec.width < 0) {
      spec.minus = true;
      spec.width = -spec.width;
    }
    if (spec.prec < -1) spec.prec = -1;
    if (ai >= args.length) {
      // busybox formats a missing argument as an empty value; a lone trailing % stays.
      if (!busybox) fail(`not enough arguments passed to ${who}("${fmt}")`);
      if (i >= n) {
        out += '%';
        break;
      }
      args = [...args, ''];
    }
    let l = 0;
    let h = 0;
    if (fmt[i] === 'l') {
      l++;
      i++;
    } else if (fmt[i] === 'h') {
      h++;
      i++;
    }
    const c = fmt[i++] ?? '';
    spec.conv = c;
    const arg = args[ai++]!;
    switch (c) {
      case 's':
        if (l + h) fail(bad(conv, who, fmt));
        out += formatStr(spec, typeof arg === 'number' ? numToStr(arg, convfmt, busybox) : toStr(arg, convfmt));
        break;
      case 'c':
        if (l + h) fail(bad(conv, who, fmt));
        out += formatStr(spec, charOf(arg));
        break;
      case 'd':
      case 'i': {
        let v = dToI(toNum(arg));
        if (h) v = (v << 16) >> 16;
        out += formatInt(spec, v);
        break;
      }
      case 'o':
      case 'x':
      case 'X':
      case 'u': {
        let v = dToU(toNum(arg));
        if (h) v &= 0xffff;
        out += formatInt(spec, v);
        break;
      }
      case 'e':
      case 'g':
      case 'f':
      case 'E':
      case 'G':
        if (l + h) fail(bad(conv, who, fmt));
        out += formatFloat(spec, toNum(arg));
        break;
      default:
        fail(bad(conv, who, fmt));
    }
  }
  return out;
}

function bad(conv: number, who: string, fmt: string): string {
  return `improper conversion(number ${conv}) in ${who}("${fmt}")`;
}

/** %c: a number is a character code, a string gives its first byte (NUL when empty). */
function charOf(v: Value): string {
  if (typeof v === 'number') return String.fromCharCode(dToI(v) & 0xff);
  if (v === UNINIT) return '\0';
  if (v instanceof StrNum) return String.fromCharCode(dToI(v.n) & 0xff);
  return v === '' ? '\0' : v[0]!;
}
