/** tr's SET syntax: escapes, ranges, [:class:], [=c=], [c*n] (coreutils tr.c, C locale). */
export class TrError extends Error {}

export type Elem =
  | { kind: 'chars'; chars: number[] }
  | { kind: 'class'; name: string; chars: number[] }
  | { kind: 'equiv'; chars: number[] }
  | { kind: 'repeat'; ch: number; count: number };

const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const where = (f: (c: number) => boolean): number[] => range(0, 255).filter(f);
const CLASSES: Record<string, number[]> = {
  alnum: where((c) => /[A-Za-z0-9]/.test(String.fromCharCode(c)) && c < 128),
  alpha: where((c) => /[A-Za-z]/.test(String.fromCharCode(c)) && c < 128),
  blank: [9, 32],
  cntrl: where((c) => c < 32 || c === 127),
  digit: range(48, 57),
  graph: range(33, 126),
  lower: range(97, 122),
  print: range(32, 126),
  punct: where((c) => c > 32 && c < 127 && !/[A-Za-z0-9]/.test(String.fromCharCode(c))),
  space: [9, 10, 11, 12, 13, 32],
  upper: range(65, 90),
  xdigit: where((c) => /[0-9A-Fa-f]/.test(String.fromCharCode(c)) && c < 128),
};

const ESC: Record<string, number> = { '\\': 92, a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11 };

/** Backslash escapes; `esc[i]` marks characters that came from an escape (they form no constructs). */
function unquote(s: string, warn: string[]): { c: number[]; esc: boolean[] } {
  const c: number[] = [];
  const esc: boolean[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\\') {
      c.push(s.charCodeAt(i));
      esc.push(false);
      continue;
    }
    const n = s[i + 1];
    let v: number;
    let escaped = true;
    if (n === undefined) {
      warn.push('warning: an unescaped backslash at end of string is not portable');
      v = 92;
      escaped = false;
      i--;
    } else if (n in ESC) v = ESC[n]!;
    else if (n >= '0' && n <= '7') {
      v = Number(n);
      const d2 = s[i + 2];
      if (d2 !== undefined && d2 >= '0' && d2 <= '7') {
        v = v * 8 + Number(d2);
        i++;
        const d3 = s[i + 2];
        if (d3 !== undefined && d3 >= '0' && d3 <= '7') {
          if (v * 8 + Number(d3) < 256) {
            v = v * 8 + Number(d3);
            i++;
          } else warn.push(`warning: the ambiguous octal escape \\${s[i]}${s[i + 1]}${s[i + 2]} is being\n\tinterpreted as the 2-byte sequence \\0${s[i]}${s[i + 1]}, ${s[i + 2]}`);
        }
      }
    } else v = n.charCodeAt(0);
    i++;
    c.push(v);
    esc.push(escaped);
  }
  return { c, esc };
}

const printable = (c: number): string => (c >= 32 && c < 127 ? String.fromCharCode(c) : `\\${c.toString(8).padStart(3, '0')}`);

/** `busybox`: no [c*n] construct and only the classes busybox 1.35 knows (no print/graph). */
export function parseSet(spec: string, warn: string[], busybox = false): Elem[] {
  const { c: s, esc } = unquote(spec, warn);
  const len = s.length;
  const out: Elem[] = [];
  const str = (a: number, b: number) => String.fromCharCode(...s.slice(a, b));
  let i = 0;
  outer: while (i < len) {
    if (s[i] === 91 && !esc[i]) {
      const d = s[i + 1];
      if ((d === 58 || d === 61) && !esc[i + 1]) {
        for (let j = i + 2; j + 1 < len; j++) {
          if (s[j] === d && !esc[j] && s[j + 1] === 93 && !esc[j + 1]) {
            const name = str(i + 2, j);
            if (name === '') throw new TrError(d === 58 ? "missing character class name '[::]'" : "missing equivalence class character '[==]'");
            if (d === 58) {
              const chars = busybox && (name === 'print' || name === 'graph') ? undefined : CLASSES[name];
              if (!chars && busybox) break;
              if (!chars) throw new TrError(`invalid character class '${name}'`);
              out.push({ kind: 'class', name, chars });
            } else {
              if (j - i - 2 !== 1) throw new TrError(`${name}: equivalence class operand must be a single character`);
              out.push({ kind: 'equiv', chars: [s[i + 2]!] });
            }
            i = j + 2;
            continue outer;
          }
        }
      }
      if (!busybox && i + 2 < len && s[i + 2] === 42 && !esc[i + 2]) {
        for (let j = i + 3; j < len && !esc[j]; j++) {
          if (s[j] !== 93) continue;
          const digits = str(i + 3, j);
          let count = 0;
          if (digits !== '') {
            const ok = digits.startsWith('0') ? /^[0-7]+$/.test(digits) : /^\d+$/.test(digits);
            if (!ok) throw new TrError(`invalid repeat count '${digits}' in [c*n] construct`);
            count = parseInt(digits, digits.startsWith('0') ? 8 : 10);
          }
          out.push({ kind: 'repeat', ch: s[i + 1]!, count });
          i = j + 1;
          continue outer;
        }
      }
    }
    if (i + 2 < len && s[i + 1] === 45 && !esc[i + 1]) {
      if (s[i]! > s[i + 2]!) throw new TrError(`range-endpoints of '${printable(s[i]!)}-${printable(s[i + 2]!)}' are in reverse collating sequence order`);
      out.push({ kind: 'chars', chars: range(s[i]!, s[i + 2]!) });
      i += 3;
    } else {
      out.push({ kind: 'chars', chars: [s[i]!] });
      i++;
    }
  }
  return out;
}

/** Expands to the character sequence; an indefinite [c*] takes `fill` copies. */
export function expand(elems: Elem[], fill = 0): number[] {
  const out: number[] = [];
  for (const e of elems) {
    if (e.kind === 'repeat') for (let k = 0; k < (e.count || fill); k++) out.push(e.ch);
    else out.push(...e.chars);
  }
  return out;
}

export function fixedLength(elems: Elem[]): number {
  return elems.reduce((n, e) => n + (e.kind === 'repeat' ? e.count : e.chars.length), 0);
}

/** Offsets at which upper/lower class elements start (for the "misaligned" check). */
export function caseClassStarts(elems: Elem[]): Map<number, boolean> {
  const m = new Map<number, boolean>();
  let off = 0;
  for (const e of elems) {
    m.set(off, e.kind === 'class' && (e.name === 'upper' || e.name === 'lower'));
    off += e.kind === 'repeat' ? e.count : e.chars.length;
  }
  return m;
}
