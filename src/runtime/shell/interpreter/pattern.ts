/**
 * Shell patterns (fnmatch): `*`, `?`, bracket expressions with POSIX classes, backslash escapes
 * and bash's extglob operators. Quoted text reaches here backslash-escaped.
 */

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v', blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f',
  cntrl: '\\x00-\\x1f\\x7f', print: '\\x20-\\x7e', graph: '\\x21-\\x7e', word: '\\w',
};

const cache = new Map<string, RegExp>();

const escapeRe = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** Parses a bracket expression at `i` (pointing at `[`); returns [regex, next index] or null. */
function bracket(p: string, i: number): [string, number] | null {
  let j = i + 1;
  let neg = false;
  if (p[j] === '!' || p[j] === '^') {
    neg = true;
    j++;
  }
  let body = '';
  let first = true;
  while (j < p.length) {
    const c = p[j]!;
    if (c === ']' && !first) return [`[${neg ? '^' : ''}${body}]`, j + 1];
    first = false;
    if (c === '[' && p[j + 1] === ':') {
      const end = p.indexOf(':]', j + 2);
      if (end > 0) {
        const cls = CLASSES[p.slice(j + 2, end)];
        if (cls !== undefined) {
          body += cls;
          j = end + 2;
          continue;
        }
      }
    }
    if (c === '\\' && j + 1 < p.length) {
      body += escapeRe(p[j + 1]!);
      j += 2;
      continue;
    }
    if (c === '-' && body !== '' && p[j + 1] !== ']') {
      body += '-';
      j++;
      continue;
    }
    body += escapeRe(c);
    j++;
  }
  return null;
}

function findClose(p: string, i: number): number {
  let depth = 0;
  for (let j = i; j < p.length; j++) {
    const c = p[j];
    if (c === '\\') j++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j;
  }
  return -1;
}

function splitAlternatives(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let j = 0; j < s.length; j++) {
    const c = s[j]!;
    if (c === '\\') {
      cur += c + (s[j + 1] ?? '');
      j++;
      continue;
    }
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === '|' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

export function toRegexSource(p: string, extglob = true, pathname = false): string {
  let out = '';
  const any = pathname ? '[^/]' : '[\\s\\S]';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (extglob && '?*+@!'.includes(c) && p[i + 1] === '(') {
      const close = findClose(p, i + 1);
      if (close > 0) {
        const alts = splitAlternatives(p.slice(i + 2, close)).map((a) => toRegexSource(a, extglob, pathname));
        const group = `(?:${alts.join('|')})`;
        if (c === '?') out += `${group}?`;
        else if (c === '*') out += `${group}*`;
        else if (c === '+') out += `${group}+`;
        else if (c === '@') out += group;
        else out += `(?:(?!${group})${any}*?)`;
        i = close;
        continue;
      }
    }
    if (c === '\\') {
      out += escapeRe(p[i + 1] ?? '\\');
      i++;
    } else if (c === '*') out += `${any}*`;
    else if (c === '?') out += any;
    else if (c === '[') {
      const b = bracket(p, i);
      if (b) {
        out += b[0];
        i = b[1] - 1;
      } else out += '\\[';
    } else out += escapeRe(c);
  }
  return out;
}

export function patternRegex(p: string, flags = ''): RegExp {
  const key = `${flags}\0${p}`;
  let re = cache.get(key);
  if (!re) {
    re = new RegExp(`^${toRegexSource(p)}$`, `${flags}s`);
    if (cache.size > 2000) cache.clear();
    cache.set(key, re);
  }
  return re;
}

export function matchPattern(p: string, s: string, nocase = false): boolean {
  return patternRegex(p, nocase ? 'i' : '').test(s);
}

/** True if the pattern has an unescaped `*`, `?` or `[` (so pathname expansion applies). */
export function hasGlob(p: string): boolean {
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

/** Escape text so it matches only itself as a pattern. */
export function escapeGlob(s: string): string {
  return s.replace(/[\\*?[\]()|@!+]/g, '\\$&');
}

/** Remove the escaping added by escapeGlob (quote removal). */
export function unescapeGlob(s: string): string {
  return s.replace(/\\([\s\S])/g, '$1');
}
