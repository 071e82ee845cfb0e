/**
 * find -regex dialects translated to JavaScript: the default (emacs) and posix-basic use `\(`,
 * `\)` and `\|`; the extended ones use bare `(`, `)`, `|`, `+`, `?`, `{}`. Matches cover the
 * whole path, as find requires.
 */
export const REGEX_TYPES = ['findutils-default', 'ed', 'emacs', 'gnu-awk', 'grep', 'posix-awk', 'awk', 'posix-basic', 'posix-egrep', 'egrep', 'posix-extended', 'posix-minimal-basic', 'sed'];

const EXTENDED = new Set(['gnu-awk', 'posix-awk', 'awk', 'posix-egrep', 'egrep', 'posix-extended']);
const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', space: '\\s', blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', print: ' -~', graph: '!-~', cntrl: '\\x00-\\x1f',
};

function bracket(p: string, i: number): [string, number] {
  let j = i + 1;
  let out = '[';
  if (p[j] === '^') {
    out += '^';
    j++;
  }
  if (p[j] === ']') {
    out += '\\]';
    j++;
  }
  while (j < p.length && p[j] !== ']') {
    if (p[j] === '[' && p[j + 1] === ':') {
      const end = p.indexOf(':]', j);
      if (end > 0) {
        out += CLASSES[p.slice(j + 2, end)] ?? '';
        j = end + 2;
        continue;
      }
    }
    out += p[j] === '\\' ? '\\\\' : p[j];
    j++;
  }
  if (j >= p.length) throw new SyntaxError('unterminated bracket'); // glibc: Invalid regular expression
  return [`${out}]`, j + 1];
}

export function toJsRegex(pattern: string, type: string, ignoreCase: boolean): RegExp {
  const ext = EXTENDED.has(type);
  const emacs = type === 'findutils-default' || type === 'emacs';
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i]!;
    if (c === '[') {
      const [b, n] = bracket(pattern, i);
      out += b;
      i = n;
    } else if (c === '\\' && i + 1 < pattern.length) {
      const n = pattern[i + 1]!;
      if (!ext && '()|{}'.includes(n)) out += n === '|' && !emacs && type !== 'posix-basic' && type !== 'grep' && type !== 'sed' ? '\\|' : n;
      else if (!ext && (n === '+' || n === '?') && !emacs) out += n;
      else if (/[0-9]/.test(n)) out += `\\${n}`;
      else if (n === 'w' || n === 'W' || n === 's' || n === 'S' || n === 'b' || n === 'B') out += `\\${n}`;
      else if (n === '`') out += '^';
      else if (n === "'") out += '$';
      else out += `\\${n}`;
      i += 2;
    } else if (!ext && '(){}|'.includes(c)) {
      out += `\\${c}`;
      i++;
    } else if (!ext && !emacs && (c === '+' || c === '?')) {
      out += `\\${c}`;
      i++;
    } else if (c === '*' && !ext && /(^|\\\(|\\\|)$/.test(pattern.slice(0, i))) {
      // A leading `*` (also after `\(` or `\|`) is an ordinary character in basic syntaxes.
      out += '\\*';
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return new RegExp(`^(?:${out})$`, ignoreCase ? 'is' : 's');
}
