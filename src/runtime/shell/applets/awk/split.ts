/**
 * Field separators as mawk's cast_for_split makes them: " " splits on runs of blanks, tabs
 * and newlines; "" splits into characters; one ordinary character splits on itself (a
 * metacharacter is taken literally); anything longer is a regular expression.
 */
import { AwkRegex, compileRegex } from './regex.ts';

export type Splitter = { t: 'space' } | { t: 'null' } | { t: 'str'; s: string } | { t: 're'; re: AwkRegex };

export const SPACE: Splitter = { t: 'space' };

/** Throws RegexError for an invalid regular expression. */
export function splitterOf(fs: string): Splitter {
  if (fs === ' ') return SPACE;
  if (fs === '') return { t: 'null' };
  if (fs.length === 1 && fs !== '\\') return { t: 'str', s: fs };
  const re = compileRegex(fs);
  return re.literal !== null && re.literal !== '' ? { t: 'str', s: re.literal } : { t: 're', re };
}

export function splitterOfRegex(re: AwkRegex): Splitter {
  return re.literal !== null && re.literal !== '' ? { t: 'str', s: re.literal } : { t: 're', re };
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10;
}

export function splitWith(s: string, sp: Splitter): string[] {
  if (s === '') return [];
  switch (sp.t) {
    case 'space': {
      const out: string[] = [];
      const n = s.length;
      let i = 0;
      for (;;) {
        while (i < n && isBlank(s.charCodeAt(i))) i++;
        if (i >= n) return out;
        const start = i;
        while (i < n && !isBlank(s.charCodeAt(i))) i++;
        out.push(s.slice(start, i));
      }
    }
    case 'null':
      return s.split('');
    case 'str':
      return s.split(sp.s);
    case 're': {
      const out: string[] = [];
      let start = 0;
      let from = 0;
      for (;;) {
        const m = from <= s.length ? sp.re.search(s, from) : null;
        if (!m) break;
        // mawk ignores separators that match the empty string.
        if (m[1] === m[0]) {
          from = m[0] + 1;
          continue;
        }
        out.push(s.slice(start, m[0]));
        start = from = m[1];
      }
      out.push(s.slice(start));
      return out;
    }
  }
}
