/** sort's key specifications (-k POS1[,POS2] and the global options) and field location. */
export interface Key {
  /** 0-based start field, or -1 for "start of line". */
  sword: number;
  schar: number;
  /** 0-based end field, or -1 for "end of line". */
  eword: number;
  echar: number;
  skipsblanks: boolean;
  skipeblanks: boolean;
  ignore?: 'd' | 'i';
  translate: boolean;
  numeric: boolean;
  general: boolean;
  human: boolean;
  month: boolean;
  random: boolean;
  version: boolean;
  reverse: boolean;
}

export class KeyError extends Error {}

export function newKey(): Key {
  return { sword: -1, schar: 0, eword: -1, echar: 0, skipsblanks: false, skipeblanks: false, translate: false, numeric: false, general: false, human: false, month: false, random: false, version: false, reverse: false };
}

/** Applies ordering letters (bdfghiMnRrV) at the start of `s`; returns the rest. */
export function setOrdering(s: string, key: Key, atStart: boolean | undefined): string {
  let i = 0;
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (c === 'b') {
      if (atStart === undefined || atStart) key.skipsblanks = true;
      if (atStart === undefined || !atStart) key.skipeblanks = true;
    } else if (c === 'd') key.ignore = 'd';
    else if (c === 'f') key.translate = true;
    else if (c === 'g') key.general = true;
    else if (c === 'h') key.human = true;
    else if (c === 'i') {
      if (!key.ignore) key.ignore = 'i';
    } else if (c === 'M') key.month = true;
    else if (c === 'n') key.numeric = true;
    else if (c === 'R') key.random = true;
    else if (c === 'r') key.reverse = true;
    else if (c === 'V') key.version = true;
    else break;
  }
  return s.slice(i);
}

const BIG = Number.MAX_SAFE_INTEGER;

function count(s: string, spec: string, what: string): [number, string] {
  const m = /^\d+/.exec(s);
  if (!m) throw new KeyError(`${what}: invalid count at start of '${s}'`);
  const n = m[0].length > 15 ? BIG : Number(m[0]);
  return [n, s.slice(m[0].length)];
}

export function parseKeySpec(spec: string): Key {
  const key = newKey();
  const bad = (why: string) => new KeyError(`${why}: invalid field specification '${spec}'`);
  let [n, s] = count(spec, spec, 'invalid number at field start');
  if (n === 0) throw bad('field number is zero');
  key.sword = n - 1;
  if (s.startsWith('.')) {
    [n, s] = count(s.slice(1), spec, "invalid number after '.'");
    if (n === 0) throw bad('character offset is zero');
    key.schar = n - 1;
  }
  if (key.sword === 0 && key.schar === 0) key.sword = -1;
  s = setOrdering(s, key, true);
  if (!s.startsWith(',')) {
    key.eword = -1;
    key.echar = 0;
  } else {
    [n, s] = count(s.slice(1), spec, "invalid number after ','");
    if (n === 0) throw bad('field number is zero');
    key.eword = n - 1;
    if (s.startsWith('.')) [key.echar, s] = count(s.slice(1), spec, "invalid number after '.'");
    s = setOrdering(s, key, false);
  }
  if (s !== '') throw bad('stray character in field spec');
  return key;
}

export function defaultCompare(k: Key): boolean {
  return !(k.ignore || k.translate || k.skipsblanks || k.skipeblanks || k.month || k.numeric || k.version || k.general || k.human || k.random);
}

/** The option letters a key carries, in coreutils' order (for "options '-…' are incompatible"). */
export function incompatible(k: Key): string | undefined {
  const n = +k.numeric + +k.general + +k.human + +k.month + +(k.version || k.random || !!k.ignore);
  if (n <= 1) return undefined;
  let o = '';
  if (k.ignore === 'd') o += 'd';
  if (k.translate) o += 'f';
  if (k.general) o += 'g';
  if (k.human) o += 'h';
  if (k.ignore === 'i') o += 'i';
  if (k.month) o += 'M';
  if (k.numeric) o += 'n';
  if (k.random) o += 'R';
  if (k.version) o += 'V';
  return o;
}

export const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** Start offset of the key in `line` (coreutils begfield). `tab` undefined: blank-separated. */
export function begField(line: string, key: Key, tab: string | undefined): number {
  const lim = line.length;
  let p = 0;
  if (key.sword < 0) {
    if (key.skipsblanks) while (p < lim && isBlank(line[p])) p++;
    return p;
  }
  let sword = key.sword;
  if (tab !== undefined) {
    while (p < lim && sword-- > 0) {
      while (p < lim && line[p] !== tab) p++;
      if (p < lim) p++;
    }
  } else {
    while (p < lim && sword-- > 0) {
      while (p < lim && isBlank(line[p])) p++;
      while (p < lim && !isBlank(line[p])) p++;
    }
  }
  if (key.skipsblanks) while (p < lim && isBlank(line[p])) p++;
  return Math.min(lim, p + key.schar);
}

/** End offset of the key (coreutils limfield). */
export function limField(line: string, key: Key, tab: string | undefined): number {
  const lim = line.length;
  if (key.eword < 0) return lim;
  let eword = key.eword;
  const echar = key.echar;
  if (echar === 0) eword++;
  let p = 0;
  if (tab !== undefined) {
    while (p < lim && eword-- > 0) {
      while (p < lim && line[p] !== tab) p++;
      if (p < lim && (eword > 0 || echar !== 0)) p++;
    }
  } else {
    while (p < lim && eword-- > 0) {
      while (p < lim && isBlank(line[p])) p++;
      while (p < lim && !isBlank(line[p])) p++;
    }
  }
  if (echar !== 0) {
    if (key.skipeblanks) while (p < lim && isBlank(line[p])) p++;
    p = Math.min(lim, p + echar);
  }
  return p;
}
