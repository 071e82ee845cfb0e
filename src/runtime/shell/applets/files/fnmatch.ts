/**
 * glibc fnmatch() without FNM_PATHNAME (find -name/-path, ls --ignore): `*` and `?` also match
 * `/`; FNM_PERIOD makes a leading dot need an explicit match; an unclosed `[` is literal.
 */
export interface FnmatchFlags {
  period?: boolean;
  casefold?: boolean;
}

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', print: ' -~', graph: '!-~', cntrl: '\\x00-\\x1f\\x7f', xdigit: '0-9A-Fa-f',
};

const esc = (c: string) => c.replace(/[\\^$.*+?()[\]{}|\/-]/g, '\\$&');

/** A bracket expression starting at p[i] === '['; returns [regex source, next index] or null if unclosed. */
function bracket(p: string, start: number): [string, number] | null {
  let i = start + 1;
  let neg = false;
  if (p[i] === '!' || p[i] === '^') {
    neg = true;
    i++;
  }
  let body = '';
  let first = true;
  while (i < p.length) {
    const c = p[i]!;
    if (c === ']' && !first) return [`[${neg ? '^' : ''}${body}]`, i + 1];
    first = false;
    if (c === '[' && p[i + 1] === ':') {
      const end = p.indexOf(':]', i + 2);
      const cls = end > 0 ? CLASSES[p.slice(i + 2, end)] : undefined;
      if (cls !== undefined) {
        body += cls;
        i = end + 2;
        continue;
      }
    }
    let lit = c;
    if (c === '\\' && i + 1 < p.length) lit = p[++i]!;
    if (p[i + 1] === '-' && p[i + 2] !== undefined && p[i + 2] !== ']') {
      let hi = p[i + 2]!;
      let skip = 3;
      if (hi === '\\' && p[i + 3] !== undefined) {
        hi = p[i + 3]!;
        skip = 4;
      }
      body += `${esc(lit)}-${esc(hi)}`;
      i += skip;
      continue;
    }
    body += esc(lit);
    i++;
  }
  return null;
}

export function fnmatchSource(pattern: string): string {
  let re = '';
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i]!;
    if (c === '*') {
      re += '[\\s\\S]*';
      i++;
    } else if (c === '?') {
      re += '[\\s\\S]';
      i++;
    } else if (c === '[') {
      const b = bracket(pattern, i);
      if (b) {
        re += b[0];
        i = b[1];
      } else {
        re += '\\[';
        i++;
      }
    } else if (c === '\\' && i + 1 < pattern.length) {
      re += esc(pattern[i + 1]!);
      i += 2;
    } else {
      re += esc(c);
      i++;
    }
  }
  return re;
}

const cache = new Map<string, RegExp>();

export function fnmatch(pattern: string, name: string, flags: FnmatchFlags = {}): boolean {
  const key = `${flags.casefold ? 'i' : ''}${pattern}`;
  let re = cache.get(key);
  if (!re) {
    re = new RegExp(`^${fnmatchSource(pattern)}$`, flags.casefold ? 'i' : '');
    if (cache.size > 500) cache.clear();
    cache.set(key, re);
  }
  if (!re.test(name)) return false;
  // FNM_PERIOD: a leading dot is matched only by a literal dot in the pattern.
  if (flags.period && name.startsWith('.') && !pattern.startsWith('.') && !pattern.startsWith('\\.')) return false;
  return true;
}
