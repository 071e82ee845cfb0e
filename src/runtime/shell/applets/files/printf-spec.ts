/**
 * The printf-style directive syntax stat --printf and find -printf share: `%[flags][width][.prec]C`.
 * Numbers and strings are padded the way printf(3) pads %d/%s with those flags.
 */
export interface Spec {
  flags: string;
  width: number | null;
  precision: number | null;
}

/** Parses the part after `%` at `i`; returns the spec, the conversion char and the next index. */
export function parseSpec(fmt: string, i: number): { spec: Spec; conv: string | undefined; next: number; text: string } {
  const start = i;
  let flags = '';
  while (i < fmt.length && "-+ #0'I".includes(fmt[i]!)) flags += fmt[i++];
  let w = '';
  while (i < fmt.length && /[0-9]/.test(fmt[i]!)) w += fmt[i++];
  let precision: number | null = null;
  if (fmt[i] === '.') {
    i++;
    let p = '';
    while (i < fmt.length && /[0-9]/.test(fmt[i]!)) p += fmt[i++];
    precision = p === '' ? 0 : Number(p);
  }
  return { spec: { flags, width: w === '' ? null : Number(w), precision }, conv: fmt[i], next: i + 1, text: fmt.slice(start - 1, i + 1) };
}

function pad(s: string, spec: Spec, zeroOk: boolean): string {
  const w = spec.width ?? 0;
  if (s.length >= w) return s;
  if (spec.flags.includes('-')) return s.padEnd(w);
  if (zeroOk && spec.flags.includes('0')) {
    const sign = /^[+\- ]/.test(s) ? s[0]! : '';
    return sign + s.slice(sign.length).padStart(w - sign.length, '0');
  }
  return s.padStart(w);
}

/** %s with width and precision (precision truncates). */
export function fmtString(s: string, spec: Spec): string {
  const t = spec.precision !== null ? s.slice(0, spec.precision) : s;
  return pad(t, spec, false);
}

/** %d / %u / %x / %o of an integer (precision = minimum digits). */
export function fmtInt(n: number | bigint, spec: Spec, radix: 10 | 16 | 8 = 10, signed = true): string {
  const neg = typeof n === 'bigint' ? n < 0n : n < 0;
  let digits = (neg ? -BigInt(n) : BigInt(n)).toString(radix);
  if (spec.precision !== null) digits = digits.padStart(spec.precision, '0');
  if (spec.flags.includes('#') && radix === 8 && !digits.startsWith('0')) digits = `0${digits}`;
  if (spec.flags.includes('#') && radix === 16 && BigInt(n) !== 0n) digits = `0x${digits}`;
  let sign = '';
  if (neg) sign = '-';
  else if (signed && spec.flags.includes('+')) sign = '+';
  else if (signed && spec.flags.includes(' ')) sign = ' ';
  return pad(sign + digits, spec, spec.precision === null);
}

/** Backslash escapes of stat --printf and find -printf; unknown ones are reported by the caller. */
export function backslashEscape(fmt: string, i: number): { text: string; next: number; unknown?: string } {
  const c = fmt[i + 1];
  const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"' };
  if (c === undefined) return { text: '\\', next: i + 1 };
  if (simple[c] !== undefined) return { text: simple[c]!, next: i + 2 };
  if (/[0-7]/.test(c)) {
    let j = i + 1;
    let oct = '';
    while (j < fmt.length && oct.length < 3 && /[0-7]/.test(fmt[j]!)) oct += fmt[j++];
    return { text: String.fromCharCode(parseInt(oct, 8) & 0xff), next: j };
  }
  if (c === 'x' && /[0-9a-fA-F]/.test(fmt[i + 2] ?? '')) {
    let j = i + 2;
    let hex = '';
    while (j < fmt.length && hex.length < 2 && /[0-9a-fA-F]/.test(fmt[j]!)) hex += fmt[j++];
    return { text: String.fromCharCode(parseInt(hex, 16)), next: j };
  }
  return { text: c, next: i + 2, unknown: c };
}
