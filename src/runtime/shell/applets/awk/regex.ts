/**
 * Compiled awk regular expressions. Matching tests and the leftmost match start use a
 * translated JS RegExp; the match end follows POSIX leftmost-longest (match, sub, gsub,
 * split), computed with a small NFA when the pattern has alternatives or repeated groups.
 */
import { Nfa } from './regex-nfa.ts';
import { parseRegex, type RNode } from './regex-parse.ts';

export { RegexError } from './regex-parse.ts';

function hex(c: number): string {
  return '\\x' + c.toString(16).padStart(2, '0');
}

function charJs(c: number): string {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return String.fromCharCode(c);
  return hex(c);
}

function setJs(set: Uint8Array): string {
  let count = 0;
  for (let k = 0; k < 256; k++) count += set[k]!;
  if (count === 256) return '[^]';
  if (count === 1) return charJs(set.indexOf(1));
  const neg = count > 128;
  let out = '';
  for (let k = 0; k < 256; k++) {
    if ((set[k] === 1) === neg) continue;
    let e = k;
    while (e + 1 < 256 && (set[e + 1] === 1) !== neg) e++;
    out += e === k ? hex(k) : e === k + 1 ? hex(k) + hex(e) : `${hex(k)}-${hex(e)}`;
    k = e;
  }
  return neg ? (out === '' ? '[^]' : `[^${out}]`) : `[${out}]`;
}

function toJs(n: RNode): string {
  switch (n.t) {
    case 'set':
      return setJs(n.set);
    case 'bol':
      return '^';
    case 'eol':
      return '$';
    case 'empty':
      return '(?:)';
    case 'cat':
      return n.items.map(toJs).join('');
    case 'alt':
      return `(?:${n.items.map(toJs).join('|')})`;
    default: {
      const inner = n.item.t === 'set' ? toJs(n.item) : `(?:${toJs(n.item)})`;
      return inner + (n.t === 'star' ? '*' : n.t === 'plus' ? '+' : '?');
    }
  }
}

/** Greedy backtracking already finds the longest match unless alternation or repeated groups. */
function needsNfa(n: RNode): boolean {
  switch (n.t) {
    case 'alt':
      return true;
    case 'cat':
      return n.items.some(needsNfa);
    case 'star':
    case 'plus':
    case 'opt':
      return n.item.t !== 'set';
    default:
      return false;
  }
}

/** The literal text when the pattern is a plain string (fast splitting on it). */
function literal(n: RNode): string | null {
  const one = (x: RNode): string | null => {
    if (x.t !== 'set') return null;
    let k = -1;
    for (let c = 0; c < 256; c++) {
      if (!x.set[c]) continue;
      if (k >= 0) return null;
      k = c;
    }
    return k < 0 ? null : String.fromCharCode(k);
  };
  if (n.t === 'set') return one(n);
  if (n.t !== 'cat') return null;
  let s = '';
  for (const x of n.items) {
    const c = one(x);
    if (c === null) return null;
    s += c;
  }
  return s;
}

export class AwkRegex {
  private readonly test1: RegExp;
  private readonly search1: RegExp;
  private readonly nfa: Nfa | null;
  /** Non-null when the regex matches exactly this text. */
  readonly literal: string | null;

  constructor(readonly source: string) {
    const tree = parseRegex(source);
    const js = toJs(tree);
    this.test1 = new RegExp(js);
    this.search1 = new RegExp(js, 'g');
    this.nfa = needsNfa(tree) ? new Nfa(tree) : null;
    this.literal = literal(tree);
  }

  test(s: string): boolean {
    return this.test1.test(s);
  }

  /** Leftmost-longest match at or after `from`: [start, end], or null. */
  search(s: string, from = 0): [number, number] | null {
    if (this.literal !== null) {
      const k = s.indexOf(this.literal, from);
      return k < 0 ? null : [k, k + this.literal.length];
    }
    const re = this.search1;
    re.lastIndex = from;
    const m = re.exec(s);
    if (!m) return null;
    const end = this.nfa ? this.nfa.longest(s, m.index) : m.index + m[0].length;
    return [m.index, end];
  }
}

const cache = new Map<string, AwkRegex>();

/** Compiles (and caches) a dynamic regex; throws RegexError on bad syntax. */
export function compileRegex(src: string): AwkRegex {
  let r = cache.get(src);
  if (!r) {
    r = new AwkRegex(src);
    if (cache.size > 500) cache.clear();
    cache.set(src, r);
  }
  return r;
}
