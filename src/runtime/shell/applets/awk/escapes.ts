/** String escapes as mawk processes them in program text, -v values and assignments. */

const ESC: Record<string, string> = { n: '\n', t: '\t', f: '\f', b: '\b', r: '\r', a: '\x07', v: '\v', '\\': '\\', '"': '"' };

/** mawk's rm_escape: C escapes, octal and \x hex; unknown escapes keep their backslash. */
export function rmEscape(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = s[++i];
    if (n === undefined) {
      out += '\\';
      break;
    }
    if (n in ESC) out += ESC[n];
    else if (n >= '0' && n <= '7') {
      let v = n.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && s[i + 1]! >= '0' && s[i + 1]! <= '7'; k++) v = v * 8 + s.charCodeAt(++i) - 48;
      out += String.fromCharCode(v & 0xff);
    } else if (n === 'x' && /[0-9A-Fa-f]/.test(s[i + 1] ?? '')) {
      let v = parseInt(s[++i]!, 16);
      if (/[0-9A-Fa-f]/.test(s[i + 1] ?? '')) v = v * 16 + parseInt(s[++i]!, 16);
      out += String.fromCharCode(v);
    } else out += '\\' + n;
  }
  return out;
}
