/**
 * Backslash escapes of `echo -e`, `printf` formats and `%b`. `\c` stops all output.
 * `mode` picks the octal form: echo and %b take `\0nnn`, printf formats take `\nnn`.
 */
export function expandEscapes(s: string, mode: 'echo' | 'printf' | 'b', utf8 = true): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const n = s[++i]!;
    switch (n) {
      case 'a': out += '\x07'; break;
      case 'b': out += '\b'; break;
      case 'c': return { text: out, stop: true };
      case 'e': case 'E': out += '\x1b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '\\': out += '\\'; break;
      case '"': out += mode === 'printf' ? '"' : '\\"'; break;
      case "'": out += mode === 'printf' ? "'" : "\\'"; break;
      case 'x': {
        const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 1));
        if (!m) {
          out += '\\x';
          break;
        }
        out += String.fromCharCode(parseInt(m[0], 16));
        i += m[0].length;
        break;
      }
      case 'u': case 'U': {
        const m = new RegExp(`^[0-9a-fA-F]{1,${n === 'u' ? 4 : 8}}`).exec(s.slice(i + 1));
        if (!m) {
          out += `\\${n}`;
          break;
        }
        const code = parseInt(m[0], 16);
        // Outside a UTF-8 locale bash cannot encode the character and prints the escape back.
        if (!utf8 && code > 0x7f) out += `\\${n}${m[0].toUpperCase().padStart(n === 'u' ? 4 : 8, '0')}`;
        else out += Buffer.from(String.fromCodePoint(code), 'utf8').toString('latin1');
        i += m[0].length;
        break;
      }
      default: {
        if (n === '0' && mode !== 'printf') {
          const m = /^[0-7]{0,3}/.exec(s.slice(i + 1))!;
          out += String.fromCharCode(parseInt(m[0] || '0', 8) & 0xff);
          i += m[0].length;
        } else if ((/[0-7]/.test(n) && mode === 'printf') || (/[1-7]/.test(n) && mode === 'b')) {
          // %b also takes `\nnn` without the leading 0; echo -e does not.
          const m = /^[0-7]{1,3}/.exec(s.slice(i))!;
          out += String.fromCharCode(parseInt(m[0], 8) & 0xff);
          i += m[0].length - 1;
        } else out += `\\${n}`;
      }
    }
  }
  return { text: out, stop: false };
}
