/**
 * hexdump's format language (util-linux display.c / parse.c): format strings made of units
 * `[reps/][bytes] "text %conv text"`; every format string walks the same input block.
 */
export interface Conv {
  text: string;
  /** printf flags/width/precision, e.g. `08.8`. */
  spec: string;
  kind: string;
  bytes: number;
  /** Text after the conversion up to the next one. */
  after: string;
}

export interface Unit {
  reps: number;
  bytes: number | null;
  convs: Conv[];
  /** A unit of text only. */
  text: string | null;
}

const DEFAULT_BYTES: Record<string, number> = { d: 4, i: 4, o: 4, u: 4, x: 4, X: 4, c: 1, _c: 1, _p: 1, _u: 1, e: 8, f: 8, g: 8, E: 8, G: 8 };

export function unescape(s: string): string {
  return s.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', a: '\x07', b: '\b', f: '\f', r: '\r', v: '\v', '0': '\0', '\\': '\\' })[c] ?? `\\${c}`);
}

/** Parses one format string into units; throws a message on bad syntax. */
export function parseFormat(fmt: string): Unit[] {
  const units: Unit[] = [];
  const re = /\s*(\d+)?\s*(?:\/\s*(\d+)?)?\s*"((?:[^"\\]|\\.)*)"/y;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < fmt.length && /\S/.test(fmt.slice(at))) {
    re.lastIndex = at;
    m = re.exec(fmt);
    if (!m) throw new Error(`bad format {${fmt}}`);
    at = re.lastIndex;
    const reps = m[1] !== undefined ? Number(m[1]) : 1;
    const bytes = m[2] !== undefined ? Number(m[2]) : null;
    const body = unescape(m[3]!);
    const convs: Conv[] = [];
    for (const pm of body.replace(/%%/g, '').matchAll(/%[-+ #0]*\d*(?:\.\d+)?(_?.?)/g)) {
      if (!/^(_[aA][dox]|_[cpu]|[diouxXcseEfgG])/.test(pm[1]!.length === 2 && pm[1]![0] === '_' ? pm[1]! + 'x' : pm[1]!)) throw new Error(`bad conversion character %${pm[1]}`);
    }
    const cre = /%([-+ #0]*\d*(?:\.\d+)?)(_[aA][dox]|_[cpu]|[diouxXcseEfgG%])/g;
    let last = 0;
    let lead = '';
    for (let c; (c = cre.exec(body)); ) {
      if (c[2] === '%') continue;
      const text = body.slice(last, c.index);
      if (convs.length) convs[convs.length - 1]!.after = text;
      else lead = text;
      const kind = c[2]!;
      convs.push({ text: convs.length ? '' : lead, spec: c[1]!, kind, bytes: bytes ?? (kind.startsWith('_a') || kind.startsWith('_A') ? 0 : (DEFAULT_BYTES[kind] ?? 4)), after: '' });
      last = cre.lastIndex;
    }
    if (convs.length) convs[convs.length - 1]!.after = body.slice(last);
    units.push({ reps, bytes, convs, text: convs.length ? null : body });
  }
  return units;
}

/** Bytes one format string consumes per block. */
export function blockSize(units: Unit[]): number {
  let n = 0;
  for (const u of units) for (const c of u.convs) n += u.reps * c.bytes;
  return n;
}

/** printf for one integer with flags/width/precision. */
export function printfInt(spec: string, conv: string, v: bigint): string {
  const m = /^([-+ #0]*)(\d*)(?:\.(\d+))?$/.exec(spec)!;
  const flags = m[1]!;
  const width = Number(m[2] || 0);
  const prec = m[3] !== undefined ? Number(m[3]) : -1;
  const neg = v < 0n;
  let digits = (neg ? -v : v).toString(conv === 'o' ? 8 : conv === 'x' || conv === 'X' ? 16 : 10);
  if (conv === 'X') digits = digits.toUpperCase();
  if (prec >= 0) digits = digits.padStart(prec, '0');
  if (flags.includes('#') && v !== 0n && (conv === 'x' || conv === 'X')) digits = (conv === 'x' ? '0x' : '0X') + digits;
  if (flags.includes('#') && conv === 'o' && !digits.startsWith('0')) digits = `0${digits}`;
  const sign = neg ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  return pad(sign + digits, width, flags, prec < 0 && flags.includes('0'), sign.length);
}

export function pad(s: string, width: number, flags: string, zero = false, signLen = 0): string {
  if (s.length >= width) return s;
  if (flags.includes('-')) return s.padEnd(width);
  if (zero) return s.slice(0, signLen) + s.slice(signLen).padStart(width - signLen, '0');
  return s.padStart(width);
}

const NAMES = ['nul', 'soh', 'stx', 'etx', 'eot', 'enq', 'ack', 'bel', 'bs', 'ht', 'lf', 'vt', 'ff', 'cr', 'so', 'si', 'dle', 'dc1', 'dc2', 'dc3', 'dc4', 'nak', 'syn', 'etb', 'can', 'em', 'sub', 'esc', 'fs', 'gs', 'rs', 'us'];
const CESC: Record<number, string> = { 0: '\\0', 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v' };

/** One conversion over its bytes (little-endian), or blank padding past the end of input. */
export function convert(c: Conv, bytes: number[], address: number, past: boolean): string {
  const m = /^([-+ #0]*)(\d*)/.exec(c.spec)!;
  const flags = m[1]!;
  const width = Number(m[2] || 0);
  if (c.kind[0] === '_' && 'aA'.includes(c.kind[1]!)) return printfInt(c.spec, c.kind[2]!, BigInt(address));
  if (past) return ' '.repeat(width);
  if (c.kind === '_p') return pad(bytes[0]! >= 32 && bytes[0]! < 127 ? String.fromCharCode(bytes[0]!) : '.', width, flags);
  if (c.kind === '_c') {
    const b = bytes[0]!;
    if (CESC[b]) return pad(CESC[b]!, width, flags);
    if (b >= 32 && b < 127) return pad(String.fromCharCode(b), width, flags);
    return pad(b.toString(8).padStart(3, '0'), width, flags);
  }
  if (c.kind === '_u') {
    const b = bytes[0]!;
    return pad(b === 127 ? 'del' : b < 32 ? NAMES[b]! : b < 127 ? String.fromCharCode(b) : b.toString(16).padStart(2, '0'), width, flags);
  }
  if (c.kind === 'c') return pad(String.fromCharCode(bytes[0]!), width, flags);
  let v = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]!);
  if (c.kind === 'd' || c.kind === 'i') {
    const bits = BigInt(bytes.length * 8);
    if (v >= 1n << (bits - 1n)) v -= 1n << bits;
  }
  return printfInt(c.spec, c.kind === 'i' ? 'd' : c.kind, v);
}
