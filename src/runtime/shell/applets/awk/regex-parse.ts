/**
 * mawk's regular expression dialect (its own engine, not POSIX regcomp): ERE operators
 * `| * + ? ( ) . [ ] ^ $`, literal braces, C escapes (\n \t \ddd \xhh), an unmatched `)` is a
 * literal, and its compile-error texts.
 */

export type RNode =
  | { t: 'set'; set: Uint8Array }
  | { t: 'bol' }
  | { t: 'eol' }
  | { t: 'empty' }
  | { t: 'cat'; items: RNode[] }
  | { t: 'alt'; items: RNode[] }
  | { t: 'star' | 'plus' | 'opt'; item: RNode };

export class RegexError extends Error {}

const CLASSES: Record<string, (c: number) => boolean> = {
  alpha: (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122),
  digit: (c) => c >= 48 && c <= 57,
  alnum: (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57),
  upper: (c) => c >= 65 && c <= 90,
  lower: (c) => c >= 97 && c <= 122,
  space: (c) => c === 32 || (c >= 9 && c <= 13),
  blank: (c) => c === 32 || c === 9,
  punct: (c) => (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126),
  xdigit: (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102),
  cntrl: (c) => c < 32 || c === 127,
  print: (c) => c >= 32 && c <= 126,
  graph: (c) => c >= 33 && c <= 126,
};

const SIMPLE_ESC: Record<string, number> = { n: 10, t: 9, f: 12, b: 8, r: 13, a: 7, v: 11 };

const BAD_CLASS = 'bad class -- [], [^] or [';

export function parseRegex(src: string): RNode {
  let i = 0;
  let depth = 0;

  /** One escaped character after a backslash at src[i-1]; advances i. */
  function escape(): number {
    const c = src[i];
    if (c === undefined) return 92;
    i++;
    if (c in SIMPLE_ESC) return SIMPLE_ESC[c]!;
    if (c >= '0' && c <= '7') {
      let v = c.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && src[i]! >= '0' && src[i]! <= '7'; k++) v = v * 8 + src.charCodeAt(i++) - 48;
      return v & 0xff;
    }
    if (c === 'x' && /[0-9a-fA-F]/.test(src[i] ?? '')) {
      let v = parseInt(src[i++]!, 16);
      if (/[0-9a-fA-F]/.test(src[i] ?? '')) v = v * 16 + parseInt(src[i++]!, 16);
      return v;
    }
    return c.charCodeAt(0);
  }

  function single(c: number): RNode {
    const set = new Uint8Array(256);
    set[c] = 1;
    return { t: 'set', set };
  }

  function bracket(): RNode {
    const set = new Uint8Array(256);
    let neg = false;
    if (src[i] === '^') {
      neg = true;
      i++;
    }
    let first = true;
    let prev = -1;
    for (;;) {
      if (i >= src.length) throw new RegexError(BAD_CLASS);
      let c = src[i]!;
      if (c === ']' && !first) {
        i++;
        break;
      }
      first = false;
      if (c === '[' && src[i + 1] === ':') {
        const end = src.indexOf(':]', i + 2);
        const fn = end > 0 ? CLASSES[src.slice(i + 2, end)] : undefined;
        if (!fn) throw new RegexError(BAD_CLASS);
        for (let k = 0; k < 256; k++) if (fn(k)) set[k] = 1;
        i = end + 2;
        prev = -1;
        continue;
      }
      i++;
      let code = c === '\\' ? escape() : c.charCodeAt(0);
      if (src[i] === '-' && src[i + 1] !== undefined && src[i + 1] !== ']') {
        i++;
        c = src[i++]!;
        const hi = c === '\\' ? escape() : c.charCodeAt(0);
        if (hi >= code) for (let k = code; k <= hi; k++) set[k] = 1;
        else {
          set[code] = 1;
          set[hi] = 1;
        }
        prev = -1;
        continue;
      }
      set[code] = 1;
      prev = code;
    }
    void prev;
    if (neg) for (let k = 0; k < 256; k++) set[k] ^= 1;
    return { t: 'set', set };
  }

  function atom(): RNode | null {
    const c = src[i];
    if (c === undefined || c === '|') return null;
    if (c === ')' && depth > 0) return null;
    i++;
    switch (c) {
      case '(': {
        depth++;
        const inner = alt();
        if (src[i] !== ')') throw new RegexError("missing ')'");
        i++;
        depth--;
        if (inner.t === 'empty') throw new RegexError('missing operand');
        return inner;
      }
      case '*':
      case '+':
      case '?':
        throw new RegexError('missing operand');
      case '[':
        return bracket();
      case '.': {
        const set = new Uint8Array(256).fill(1);
        return { t: 'set', set };
      }
      case '^':
        if (src[i] === '*' || src[i] === '+') throw new RegexError('syntax error ^* or ^+');
        return { t: 'bol' };
      case '$':
        return { t: 'eol' };
      case '\\':
        return single(escape());
      default:
        return single(c.charCodeAt(0));
    }
  }

  function cat(): RNode {
    const items: RNode[] = [];
    for (;;) {
      let a = atom();
      if (!a) break;
      for (;;) {
        const q = src[i];
        if (q === '*') a = { t: 'star', item: a };
        else if (q === '+') a = { t: 'plus', item: a };
        else if (q === '?') a = { t: 'opt', item: a };
        else break;
        i++;
      }
      items.push(a);
    }
    if (items.length === 0) return { t: 'empty' };
    return items.length === 1 ? items[0]! : { t: 'cat', items };
  }

  function alt(): RNode {
    const first = cat();
    if (src[i] !== '|') return first;
    const items = [first];
    while (src[i] === '|') {
      i++;
      items.push(cat());
    }
    if (items.some((x) => x.t === 'empty')) throw new RegexError('missing operand');
    return { t: 'alt', items };
  }

  const tree = alt();
  if (i < src.length) throw new RegexError("missing ')'");
  return tree;
}
