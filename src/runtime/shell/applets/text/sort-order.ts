import { begField, limField, type Key } from './sort-keys.ts';
import { generalCompare, humanCompare, monthOf, numCompare, versionCompare } from './sort-compare.ts';

export interface Ordering {
  keys: Key[];
  tab: string | undefined;
  unique: boolean;
  stable: boolean;
  reverse: boolean;
  /** Salt for -R so equal keys hash alike but runs differ. */
  salt: number;
}

const ignored = (how: 'd' | 'i' | undefined, c: string): boolean => {
  if (how === 'd') return !/[ \tA-Za-z0-9]/.test(c);
  if (how === 'i') return c < ' ' || c > '~';
  return false;
};

const upper = (c: string): string => (c >= 'a' && c <= 'z' ? String.fromCharCode(c.charCodeAt(0) - 32) : c);

function transformed(s: string, key: Key): string {
  if (!key.ignore && !key.translate) return s;
  let out = '';
  for (const c of s) if (!ignored(key.ignore, c)) out += key.translate ? upper(c) : c;
  return out;
}

function hash(s: string, salt: number): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d) >>> 0;
  return (h ^ (h >>> 12)) >>> 0;
}

const bytes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function keyCompare(a: string, b: string, o: Ordering): number {
  for (const key of o.keys) {
    let ta: string;
    let tb: string;
    if (key.sword < 0 && key.eword < 0 && !key.skipsblanks) {
      ta = a;
      tb = b;
    } else {
      const ba = begField(a, key, o.tab);
      const bb = begField(b, key, o.tab);
      ta = a.slice(ba, Math.max(ba, limField(a, key, o.tab)));
      tb = b.slice(bb, Math.max(bb, limField(b, key, o.tab)));
    }
    let d: number;
    if (key.numeric || key.general || key.human || key.month || key.random || key.version) {
      const xa = transformed(ta, key);
      const xb = transformed(tb, key);
      if (key.numeric) d = numCompare(xa, xb);
      else if (key.general) d = generalCompare(xa, xb);
      else if (key.human) d = humanCompare(xa, xb);
      else if (key.month) d = monthOf(xa) - monthOf(xb);
      else if (key.random) {
        const ha = hash(xa, o.salt);
        const hb = hash(xb, o.salt);
        d = ha < hb ? -1 : ha > hb ? 1 : bytes(xa, xb);
      } else d = versionCompare(xa, xb);
    } else if (key.ignore || key.translate) d = bytes(transformed(ta, key), transformed(tb, key));
    else d = bytes(ta, tb);
    if (d) return key.reverse ? -d : d;
  }
  return 0;
}

/** coreutils compare(): the keys, then (unless -s/-u) the whole line as the last resort. */
export function makeCompare(o: Ordering): (a: string, b: string) => number {
  return (a, b) => {
    if (o.keys.length) {
      const d = keyCompare(a, b, o);
      if (d || o.unique || o.stable) return d;
    }
    const d = bytes(a, b);
    return o.reverse ? -d : d;
  };
}
