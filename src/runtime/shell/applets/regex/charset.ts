/**
 * A set of byte values (the model's strings are byte strings, matched as in the C locale, where
 * every byte is one character and only ASCII letters have case). `high` says whether code units
 * above 255 (which byte data never holds) belong to the set, so negated sets stay negations.
 */
export class CharSet {
  readonly bits = new Uint8Array(256);
  high = false;

  add(code: number): this {
    if (code < 256) this.bits[code] = 1;
    return this;
  }
  addRange(from: number, to: number): this {
    for (let c = from; c <= to && c < 256; c++) this.bits[c] = 1;
    return this;
  }
  addSet(other: CharSet): this {
    for (let c = 0; c < 256; c++) if (other.bits[c]) this.bits[c] = 1;
    this.high ||= other.high;
    return this;
  }
  has(code: number): boolean {
    return code < 256 ? this.bits[code] === 1 : this.high;
  }
  negate(): this {
    for (let c = 0; c < 256; c++) this.bits[c] ^= 1;
    this.high = !this.high;
    return this;
  }
  /** Adds the other case of every ASCII letter (REG_ICASE in the C locale). */
  foldCase(): this {
    for (let c = 65; c <= 90; c++) {
      if (this.bits[c] || this.bits[c + 32]) this.bits[c] = this.bits[c + 32] = 1;
    }
    return this;
  }
  static of(chars: string): CharSet {
    const s = new CharSet();
    for (let i = 0; i < chars.length; i++) s.add(chars.charCodeAt(i));
    return s;
  }
  static all(): CharSet {
    return new CharSet().negate();
  }

  /** The set as a JavaScript character class (no flags needed). */
  toJs(): string {
    let count = 0;
    for (let c = 0; c < 256; c++) count += this.bits[c]!;
    if (count === 256 && this.high) return '[\\s\\S]';
    if (count === 0 && !this.high) return '[^\\s\\S]';
    const negated = count > 128;
    const want = negated ? 0 : 1;
    let body = '';
    for (let c = 0; c < 256; c++) {
      if (this.bits[c] !== want) continue;
      let end = c;
      while (end + 1 < 256 && this.bits[end + 1] === want) end++;
      body += end === c ? hex(c) : end === c + 1 ? hex(c) + hex(end) : `${hex(c)}-${hex(end)}`;
      c = end;
    }
    if (negated) return this.high ? `[^${body}]` : `[^${body}\\u0100-\\uffff]`;
    return this.high ? `[${body}\\u0100-\\uffff]` : `[${body}]`;
  }
}

function hex(c: number): string {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return String.fromCharCode(c);
  return `\\x${c.toString(16).padStart(2, '0')}`;
}

/** POSIX classes as the C locale defines them. */
const CLASS_RANGES: Record<string, [number, number][]> = {
  alpha: [[65, 90], [97, 122]],
  digit: [[48, 57]],
  alnum: [[48, 57], [65, 90], [97, 122]],
  upper: [[65, 90]],
  lower: [[97, 122]],
  space: [[9, 13], [32, 32]],
  blank: [[9, 9], [32, 32]],
  punct: [[33, 47], [58, 64], [91, 96], [123, 126]],
  print: [[32, 126]],
  graph: [[33, 126]],
  cntrl: [[0, 31], [127, 127]],
  xdigit: [[48, 57], [65, 70], [97, 102]],
};

export function namedClass(name: string): CharSet | undefined {
  const ranges = CLASS_RANGES[name];
  if (!ranges) return undefined;
  const s = new CharSet();
  for (const [a, b] of ranges) s.addRange(a, b);
  return s;
}

/** GNU's `\w`: letters, digits and underscore. */
export function wordSet(): CharSet {
  return namedClass('alnum')!.add(95);
}

export function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}
