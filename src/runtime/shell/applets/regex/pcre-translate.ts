/**
 * Rewrites PCRE2 spellings that JavaScript's RegExp lacks (grep -P): `\A`, `\z`/`\Z`,
 * POSIX classes inside brackets (`[[:digit:]]`), and `\K` (keep: the reported match starts
 * there), which becomes an empty named group whose index the matcher reads back; also
 * `(?#...)` comments, `\Q...\E` literals, `\h`/`\H` and possessive quantifiers (`a++`,
 * kept as greedy ones: only backtracking differs). Throws Error(PCRE2 text) for what PCRE2 rejects.
 */
const POSIX: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z',
  space: '\\t\\n\\v\\f\\r ', blank: ' \\t', xdigit: '0-9A-Fa-f', word: '\\w',
  punct: '!-\\/:-@\\[-`{-~', cntrl: '\\x00-\\x1f\\x7f', print: '\\x20-\\x7e', graph: '\\x21-\\x7e',
};

export const KEEP_PREFIX = 'grepKeep';

export function translatePcre(pattern: string): { src: string; keeps: number } {
  let out = '';
  let keeps = 0;
  let inClass = false;
  let afterQuant = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const quantified = afterQuant;
    afterQuant = false;
    if (c === '\\' && i + 1 < pattern.length) {
      const n = pattern[i + 1]!;
      i++;
      if (n === 'Q') {
        const end = pattern.indexOf('\\E', i + 1);
        const lit = pattern.slice(i + 1, end < 0 ? undefined : end);
        out += lit.replace(/[\\^$.*+?()[\]{}|\/-]/g, '\\$&');
        i = end < 0 ? pattern.length : end + 1;
      } else if (n === 'E') continue;
      else if (n === 'h' || n === 'H') out += inClass ? ' \\t' : n === 'h' ? '[ \\t]' : '[^ \\t]';
      else if (!inClass && n === 'K') out += `(?<${KEEP_PREFIX}${keeps++}>)`;
      else if (!inClass && n === 'A') out += '^';
      else if (!inClass && (n === 'z' || n === 'Z')) out += '$';
      else out += `\\${n}`;
      continue;
    }
    if (inClass) {
      const m = c === '[' ? /^\[:([a-z]+):\]/.exec(pattern.slice(i)) : null;
      if (m && POSIX[m[1]!] === undefined) throw new Error('unknown POSIX class name');
      if (m) {
        out += POSIX[m[1]!];
        i += m[0].length - 1;
        continue;
      }
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '(' && pattern.startsWith('(?#', i)) {
      const end = pattern.indexOf(')', i);
      if (end < 0) throw new Error('missing ) at end of (?# comment');
      i = end;
      continue;
    }
    if (c === '+' && quantified) continue;
    if ('*+?'.includes(c) || (c === '}' && /\{\d*,?\d*$/.test(out))) afterQuant = true;
    if (c === '[') {
      inClass = true;
      out += c;
      // A `]` right after `[` or `[^` is a member, not the end.
      if (pattern[i + 1] === '^') out += pattern[++i];
      if (pattern[i + 1] === ']') out += `\\${pattern[++i]}`;
      continue;
    }
    out += c;
  }
  return { src: out, keeps };
}
