/**
 * Translates a POSIX regular expression (BRE, or ERE when `extended`) to a JavaScript one.
 * Bracket expressions keep POSIX meaning: `\` is literal inside them, `[:class:]` works.
 */
export function posixRegexToJs(src: string, extended: boolean): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '[') {
      const [cls, next] = bracketExpr(src, i);
      out += cls;
      i = next - 1;
      continue;
    }
    if (c === '\\') {
      const n = src[i + 1];
      i++;
      if (n === undefined) {
        out += '\\\\';
        break;
      }
      if (!extended && '(){}|+?'.includes(n)) out += n;
      else if (/[1-9]/.test(n)) out += `\\${n}`;
      else if (n === '<') out += '\\b(?=\\w)';
      else if (n === '>') out += '\\b(?<=\\w)';
      else if ('wWsSbB'.includes(n)) out += `\\${n}`;
      else if (n === 'n') out += '\\n';
      else if (n === 't') out += '\\t';
      else out += escapeChar(n);
      continue;
    }
    if (!extended && '(){}|+?'.includes(c)) {
      out += `\\${c}`;
      continue;
    }
    if (!extended && c === '*' && (out === '' || out.endsWith('(') || out === '^')) {
      out += '\\*';
      continue;
    }
    if (extended && c === '{' && !/^\{\d*(,\d*)?\}/.test(src.slice(i))) {
      out += '\\{';
      continue;
    }
    if (c === '/') {
      out += '\\/';
      continue;
    }
    out += c;
  }
  return out;
}

function escapeChar(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', cntrl: '\\x00-\\x1f\\x7f', print: '\\x20-\\x7e',
  graph: '\\x21-\\x7e',
};

function bracketExpr(src: string, start: number): [string, number] {
  let i = start + 1;
  let neg = false;
  if (src[i] === '^') {
    neg = true;
    i++;
  }
  let body = '';
  let first = true;
  while (i < src.length) {
    const c = src[i]!;
    if (c === ']' && !first) return [`[${neg ? '^' : ''}${body}]`, i + 1];
    first = false;
    if (c === '[' && src[i + 1] === ':') {
      const end = src.indexOf(':]', i + 2);
      if (end > 0) {
        body += CLASSES[src.slice(i + 2, end)] ?? '';
        i = end + 2;
        continue;
      }
    }
    if (c === '\\' || c === ']' || c === '[' || c === '^') body += `\\${c}`;
    else body += c;
    i++;
  }
  return ['\\[', start + 1];
}
