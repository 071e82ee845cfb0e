import { quote } from './locale-quote.ts';
import { decodeLongDouble, formatG, shortestFloat } from './c-float.ts';

export interface OdSpec {
  kind: 'a' | 'c' | 'd' | 'u' | 'o' | 'x' | 'f';
  size: number;
  width: number;
  z: boolean;
  pad: number;
  /** busybox's older od: fixed-precision %e floats, no z suffix, no cross-format alignment. */
  bb: boolean;
}

const INT_WIDTH: Record<string, Record<number, number>> = {
  d: { 1: 4, 2: 6, 4: 11, 8: 20 },
  u: { 1: 3, 2: 5, 4: 10, 8: 20 },
  o: { 1: 3, 2: 6, 4: 11, 8: 22 },
  x: { 1: 2, 2: 4, 4: 8, 8: 16 },
};
const FLOAT_WIDTH: Record<number, number> = { 4: 15, 8: 24, 16: 29 };

export class TypeError_ extends Error {}

/** od's decode_format_string: one -t argument into specs, or a message naming the bad part. */
export function parseTypes(arg: string, bb = false): OdSpec[] {
  const out: OdSpec[] = [];
  let i = 0;
  while (i < arg.length) {
    const c = arg[i++]!;
    let size = 1;
    let kind = c as OdSpec['kind'];
    if (c === 'a' || c === 'c') size = 1;
    else if ('duox'.includes(c)) {
      const n = arg[i];
      const named: Record<string, number> = { C: 1, S: 2, I: 4, L: 8 };
      if (n !== undefined && named[n]) {
        size = named[n]!;
        i++;
      } else if (n !== undefined && /\d/.test(n)) {
        const m = /^\d+/.exec(arg.slice(i))![0];
        i += m.length;
        size = Number(m);
        if (!INT_WIDTH[c]![size]) throw new TypeError_(bb ? `invalid type string '${arg}'; ${size}-byte integral type is not supported` : `invalid type string ${quote(arg)};\nthis system doesn't provide a ${m.replace(/^0+(?=\d)/, '')}-byte integral type`);
      } else size = 4;
    } else if (c === 'f') {
      const n = arg[i];
      const named: Record<string, number> = { F: 4, D: 8, L: 16 };
      if (n !== undefined && named[n]) {
        size = named[n]!;
        i++;
      } else if (n !== undefined && /\d/.test(n)) {
        const m = /^\d+/.exec(arg.slice(i))![0];
        i += m.length;
        size = Number(m);
        if (!FLOAT_WIDTH[size]) throw new TypeError_(bb ? `invalid type string '${arg}'; ${size}-byte floating point type is not supported` : `invalid type string ${quote(arg)};\nthis system doesn't provide a ${m.replace(/^0+(?=\d)/, '')}-byte floating point type`);
      } else size = 8;
    } else throw new TypeError_(`invalid character '${c}' in type string ${quote(arg)}`);
    kind = c as OdSpec['kind'];
    let width = kind === 'a' || kind === 'c' ? 3 : kind === 'f' ? FLOAT_WIDTH[size]! : INT_WIDTH[kind]![size]!;
    if (bb && kind === 'f') width = size === 4 ? 15 : 23;
    let z = false;
    if (arg[i] === 'z' && bb) throw new TypeError_(`invalid type string '${arg}'; 4294967295-byte integral type is not supported`);
    if (arg[i] === 'z') {
      z = true;
      i++;
    }
    out.push({ kind, size, width, z, pad: 0, bb });
  }
  return out;
}

const NAMES = ['nul', 'soh', 'stx', 'etx', 'eot', 'enq', 'ack', 'bel', 'bs', 'ht', 'nl', 'vt', 'ff', 'cr', 'so', 'si', 'dle', 'dc1', 'dc2', 'dc3', 'dc4', 'nak', 'syn', 'etb', 'can', 'em', 'sub', 'esc', 'fs', 'gs', 'rs', 'us', 'sp'];
const C_ESC: Record<number, string> = { 0: '\\0', 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v' };

function datum(spec: OdSpec, b: number[], big: boolean): string {
  if (spec.kind === 'a') {
    const m = b[0]! & 0x7f;
    return m === 127 ? 'del' : m <= 32 ? NAMES[m]! : String.fromCharCode(m);
  }
  if (spec.kind === 'c') {
    const c = b[0]!;
    return C_ESC[c] ?? (c >= 32 && c < 127 ? String.fromCharCode(c) : c.toString(8).padStart(3, '0'));
  }
  const bytes = big ? [...b].reverse() : b;
  if (spec.kind === 'f') {
    // NaN keeps its sign bit in C's printf (-nan); JS numbers lose it
    const signed = (bytes[spec.size === 16 ? 9 : spec.size - 1]! & 0x80) !== 0;
    const text = floatText(spec, bytes);
    return text === 'nan' && signed ? '-nan' : text;
  }
  return intText(spec, bytes);
}

function floatText(spec: OdSpec, bytes: number[]): string {
  if (spec.bb) return bbFloat(spec.size === 16 ? decodeLongDouble(bytes) : new DataView(new Uint8Array(bytes).buffer)[spec.size === 4 ? 'getFloat32' : 'getFloat64'](0, true), spec.size === 4 ? 7 : 15);
  if (spec.size === 16) return longDoubleText(decodeLongDouble(bytes));
  const dv = new DataView(new Uint8Array(bytes).buffer);
  return spec.size === 4 ? shortestFloat(dv.getFloat32(0, true), true) : shortestFloat(dv.getFloat64(0, true), false);
}

function intText(spec: OdSpec, bytes: number[]): string {
  let v = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]!);
  if (spec.kind === 'd' && v >= 1n << BigInt(spec.size * 8 - 1)) v -= 1n << BigInt(spec.size * 8);
  if (spec.kind === 'o') return v.toString(8).padStart(spec.width, '0');
  if (spec.kind === 'x') return v.toString(16).padStart(spec.width, '0');
  return v.toString();
}

/** printf("%.*e"). */
function bbFloat(x: number, prec: number): string {
  if (!Number.isFinite(x)) return formatG(x, 1);
  const e = x.toExponential(prec);
  const at = e.indexOf('e');
  const exp = Number(e.slice(at + 1));
  return `${e.slice(0, at)}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

/** %.18Lg-style text of a long double we only hold as a double: its shortest digits, %g layout. */
function longDoubleText(x: number): string {
  if (!Number.isFinite(x) || x === 0) return formatG(x, 1);
  const e = x.toExponential();
  const exp = Number(e.slice(e.indexOf('e') + 1));
  if (exp < -4 || exp >= 18) return `${e.slice(0, e.indexOf('e'))}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return String(x).includes('e') ? x.toFixed(Math.max(0, -exp + 20)).replace(/\.?0+$/, '') : String(x);
}

/** One spec's line for a block: fields right-aligned with od's spread-out padding. */
export function formatLine(spec: OdSpec, block: number[], nBytes: number, perLine: number, big: boolean): string {
  const fields = perLine / spec.size;
  const blank = Math.floor((perLine - nBytes) / spec.size);
  let out = '';
  let padRemaining = spec.pad;
  for (let i = fields, k = 0; i > blank; i--, k++) {
    const nextPad = Math.floor((spec.pad * (i - 1)) / fields);
    const w = padRemaining - nextPad + spec.width;
    out += datum(spec, block.slice(k * spec.size, (k + 1) * spec.size), big).padStart(w);
    padRemaining = nextPad;
  }
  if (spec.z) {
    const padW = Math.floor((spec.pad * blank) / fields);
    out += ' '.repeat(blank * spec.width + padW);
    out += '  >';
    for (let i = 0; i < nBytes; i++) {
      const c = block[i]!;
      out += c >= 32 && c < 127 ? String.fromCharCode(c) : '.';
    }
    out += '<';
  }
  return out;
}

/** Spreads each spec's padding so every format's columns line up under the widest one. */
export function computePads(specs: OdSpec[], perLine: number): void {
  if (specs[0]?.bb) {
    for (const s of specs) s.pad = perLine / s.size;
    return;
  }
  let widest = 0;
  for (const s of specs) widest = Math.max(widest, (s.width + 1) * (perLine / s.size));
  for (const s of specs) s.pad = widest - s.width * (perLine / s.size);
}
