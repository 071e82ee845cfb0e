import { begField, defaultCompare, isBlank, limField, type Key } from './sort-keys.ts';
import { monthOf } from './sort-compare.ts';

/** sort --debug: the warnings of coreutils' key_warnings(), in its order. */
export function debugWarnings(keys: Key[], g: Key, gkeyOnly: boolean, tab: string | undefined, stable: boolean, unique: boolean): string[] {
  const w = ['text ordering performed using simple byte comparison'];
  const ug: Key = { ...g };
  let numeric = false;
  let span = false;
  let generalSpan = false;
  keys.forEach((key, i) => {
    const n = i + 1;
    const isNum = key.numeric || key.general || key.human;
    if (isNum) numeric = true;
    const zero = key.sword >= 0 && key.eword >= 0 && key.eword < key.sword;
    if (zero) w.push(`key ${n} has zero width and will be ignored`);
    const implicit = isNum || key.month;
    const lineOffset = key.eword === 0 && key.echar !== 0;
    if (!zero && !gkeyOnly && tab === undefined && !lineOffset && ((!key.skipsblanks && !implicit) || (!key.skipsblanks && key.schar) || (!key.skipeblanks && key.echar))) {
      w.push(`leading blanks are significant in key ${n}; consider also specifying 'b'`);
    }
    if (!gkeyOnly && isNum) {
      const sword = key.sword < 0 ? 1 : key.sword + 1;
      if (key.eword < 0 || sword < key.eword + 1) {
        w.push(`key ${n} is numeric and spans multiple fields`);
        if (key.general) generalSpan = true;
        else span = true;
      }
    }
    if (ug.ignore && ug.ignore === key.ignore) ug.ignore = undefined;
    if (ug.translate && key.translate) ug.translate = false;
    for (const f of ['skipsblanks', 'skipeblanks', 'month', 'numeric', 'general', 'human', 'random', 'version', 'reverse'] as const) ug[f] &&= !key[f];
  });
  let pointWarned = false;
  if ((span || generalSpan) && tab !== undefined) {
    if (tab === '-') w.push(`field separator '${tab}' is treated as a minus sign in numbers`);
    else if (tab === '+' && generalSpan) w.push(`field separator '${tab}' is treated as a plus sign in numbers`);
    else if (tab === '.') {
      w.push(`field separator '${tab}' is treated as a decimal point in numbers`);
      pointWarned = true;
    }
  }
  if (numeric && !pointWarned) w.push("note numbers use '.' as a decimal point in this locale");
  if (!defaultCompare(ug) || (ug.reverse && (stable || unique) && keys.length)) {
    const rev = ug.reverse;
    if (!(stable || unique)) ug.reverse = false;
    const opts = keyOpts(ug);
    if (opts) w.push(opts.length === 1 ? `option '-${opts}' is ignored` : `options '-${opts}' are ignored`);
    ug.reverse = rev;
  }
  if (ug.reverse && !(stable || unique) && keys.length) w.push("option '-r' only applies to last-resort comparison");
  return w;
}

function keyOpts(k: Key): string {
  let o = '';
  if (k.skipsblanks || k.skipeblanks) o += 'b';
  if (k.ignore === 'd') o += 'd';
  if (k.translate) o += 'f';
  if (k.general) o += 'g';
  if (k.human) o += 'h';
  if (k.ignore === 'i') o += 'i';
  if (k.month) o += 'M';
  if (k.numeric) o += 'n';
  if (k.random) o += 'R';
  if (k.reverse) o += 'r';
  if (k.version) o += 'V';
  return o;
}

/** Display width as debug_width counts it (C locale): control characters but tab take none. */
function width(s: string): number {
  let n = 0;
  for (const c of s) if (c === '\t' || (c >= ' ' && c !== '\x7f' && c < '\x80')) n++;
  return n;
}

function mark(offset: number, w: number): string {
  return `${' '.repeat(offset)}${w ? `${'_'.repeat(w)}\n` : '^ no match for key\n'}`;
}

function numberEnd(s: string, at: number, human: boolean): number {
  let p = at;
  if (s[p] === '-') p++;
  const start = p;
  while (s[p]! >= '0' && s[p]! <= '9') p++;
  let digits = p > start;
  if (s[p] === '.') {
    const f = ++p;
    while (s[p]! >= '0' && s[p]! <= '9') p++;
    digits ||= p > f;
  }
  if (!digits) return at;
  return p + (human && s[p] !== undefined && 'KkMGTPEZY'.includes(s[p]!) ? 1 : 0);
}

function keyMark(line: string, key: Key, tab: string | undefined): string {
  let beg = key.sword >= 0 ? begField(line, key, tab) : 0;
  let lim = key.eword >= 0 ? limField(line, key, tab) : line.length;
  if ((key.skipsblanks && key.sword < 0) || key.month || key.numeric || key.general || key.human) {
    const text = line.slice(0, lim);
    while (isBlank(text[beg])) beg++;
    let tight = beg;
    if (lim < beg) tight = lim;
    else if (key.month) tight = monthOf(text.slice(beg)) ? beg + 3 : beg;
    else if (key.general) {
      const m = /^[+-]?(inf(inity)?|nan|0x[0-9a-f]*\.?[0-9a-f]*(p[+-]?\d+)?|(\d+\.?\d*|\.\d+)(e[+-]?\d+)?)/i.exec(text.slice(beg));
      tight = beg + (m ? m[0].length : 0);
    } else if (key.numeric || key.human) tight = numberEnd(text, beg, key.human);
    else tight = lim;
    lim = tight;
  }
  return mark(width(line.slice(0, beg)), width(line.slice(beg, Math.max(beg, lim))));
}

/** One output line as --debug writes it (tabs shown as '>', always a newline), then its key marks. */
export function debugAnnotate(line: string, keys: Key[], tab: string | undefined, stable: boolean, unique: boolean): string {
  let out = `${line.replace(/\t/g, '>')}\n`;
  for (const key of keys) out += keyMark(line, key, tab);
  if (!keys.length || !(stable || unique)) out += mark(0, width(line));
  return out;
}
