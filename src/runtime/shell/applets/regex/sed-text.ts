import { SedScriptError } from './sed-reader.ts';

/** What a piece of script text is, which decides how normalize_text treats escapes. */
export type TextKind = 'regex' | 'replacement' | 'buffer';

const SIMPLE: Record<string, string> = { a: '\x07', f: '\f', n: '\n', '\n': '\n', r: '\r', t: '\t', v: '\v' };
const BASES: Record<string, number> = { d: 10, x: 16, o: 8 };

/** convert_number: up to 3 decimal/octal or 2 hex digits; none means the letter itself. */
function number(text: string, at: number, base: number): { char: string; next: number } {
  let n = 0;
  let p = at + 1;
  for (let max = 1; p < text.length && max <= 255; p++, max *= base) {
    const d = parseInt(text[p]!, 16);
    if (Number.isNaN(d) || d >= base) break;
    n = n * base + d;
  }
  return { char: p === at + 1 ? text[at]! : String.fromCharCode(n & 255), next: p };
}

/**
 * GNU sed's normalize_text: `\a \f \n \r \t \v \cX \dNNN \oNNN \xHH` become the byte. Other
 * escapes keep their backslash for the regex or replacement parser, except in plain text
 * (a/i/c, y), where `\X` is X. A produced `&` or `\` stays literal in a replacement.
 * With --posix, escapes inside a regex's bracket expression are left alone.
 */
export function normalizeText(text: string, kind: TextKind, posix = false): string {
  let out = '';
  let bracket = 0; // 0 outside, -1 inside a bracket, else the delimiter of [: [. [=
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length && bracket === 0) {
      const e = text[++i]!;
      if (SIMPLE[e] !== undefined) {
        out += SIMPLE[e];
        continue;
      }
      if (BASES[e] !== undefined) {
        const r = number(text, i, BASES[e]!);
        if (kind === 'replacement' && (r.char === '&' || r.char === '\\')) out += '\\';
        out += r.char;
        i = r.next - 1;
        continue;
      }
      if (e === 'c') {
        if (i + 1 < text.length) {
          const x = text[++i]!;
          out += String.fromCharCode(x.toUpperCase().charCodeAt(0) ^ 0x40);
          if (x === '\\') {
            if (text[i + 1] !== '\\') throw new SedScriptError('recursive escaping after \\c not allowed');
            i++;
          }
        } else if (kind !== 'buffer') out += '\\';
        continue;
      }
      if (kind !== 'buffer') out += '\\';
      out += e;
      continue;
    }
    if (kind === 'regex' && posix) {
      if (c === '[' && bracket === 0) bracket = -1;
      else if ((c === ':' || c === '.' || c === '=') && bracket === -1 && text[i - 1] === '[') bracket = c.charCodeAt(0);
      else if (c === ']' && bracket !== 0) {
        if (bracket === -1) bracket = 0;
        else if (text[i - 2]?.charCodeAt(0) !== bracket && text[i - 1]?.charCodeAt(0) === bracket) bracket = -1;
      }
    }
    out += c;
  }
  return out;
}

/** One part of an s command's replacement. */
export type ReplItem = { lit: string } | { ref: number } | { case: 'L' | 'U' | 'E' | 'l' | 'u' };

/** setup_replacement: `&`, `\0`-`\9`, `\L \U \E \l \u` (not with --posix), `\X` is X. */
export function parseReplacement(raw: string, posix: boolean): { items: ReplItem[]; maxRef: number } {
  const text = normalizeText(raw, 'replacement');
  const items: ReplItem[] = [];
  let lit = '';
  let maxRef = 0;
  const flush = () => {
    if (lit) items.push({ lit });
    lit = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '&') {
      flush();
      items.push({ ref: 0 });
    } else if (c !== '\\') lit += c;
    else if (i + 1 >= text.length) lit += '\\';
    else {
      const e = text[++i]!;
      if (e >= '0' && e <= '9') {
        flush();
        items.push({ ref: e.charCodeAt(0) - 48 });
        maxRef = Math.max(maxRef, e.charCodeAt(0) - 48);
      } else if (!posix && 'LUElu'.includes(e)) {
        flush();
        items.push({ case: e as 'L' });
      } else lit += e;
    }
  }
  flush();
  return { items, maxRef };
}

/** Applies \L \U \E \l \u while building a replacement (GNU's str_append_modified). */
export class CaseBuilder {
  out = '';
  private mode: 'L' | 'U' | '' = '';
  private once: 'l' | 'u' | '' = '';

  set(op: 'L' | 'U' | 'E' | 'l' | 'u'): void {
    if (op === 'l' || op === 'u') this.once = op;
    else {
      // \L, \U and \E replace a pending \u or \l (GNU: `\u\Lfoo` is `foo`).
      this.mode = op === 'E' ? '' : op;
      this.once = '';
    }
  }

  append(text: string): void {
    if (text === '') return;
    if (!this.mode && !this.once) {
      this.out += text;
      return;
    }
    let first = text[0]!;
    let rest = text.slice(1);
    if (this.mode === 'U') {
      first = upper(first);
      rest = upper(rest);
    } else if (this.mode === 'L') {
      first = lower(first);
      rest = lower(rest);
    }
    if (this.once === 'u') first = upper(first);
    else if (this.once === 'l') first = lower(first);
    this.once = '';
    this.out += first + rest;
  }
}

/** ASCII-only case mapping (the C locale): bytes above 127 keep their value. */
function upper(s: string): string {
  return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
}
function lower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}
