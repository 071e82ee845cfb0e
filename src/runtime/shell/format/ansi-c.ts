/**
 * The value of bash's `$'...'` as bytes. Unlike echo/printf escapes, \u and \U depend on the
 * locale: UTF-8 bytes in a UTF-8 locale, otherwise bash keeps them as text (`\u00E9`) unless the
 * character is ASCII. A NUL ends the string, as C strings do.
 */
export function ansiCValue(body: string, utf8: boolean): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\' || i + 1 >= body.length) {
      out += c;
      continue;
    }
    const n = body[++i]!;
    const simple = SIMPLE[n];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    if (/[0-7]/.test(n)) {
      const m = /^[0-7]{1,3}/.exec(body.slice(i))!;
      out += String.fromCharCode(parseInt(m[0], 8) & 0xff);
      i += m[0].length - 1;
    } else if (n === 'x') {
      const m = /^[0-9a-fA-F]{1,2}/.exec(body.slice(i + 1));
      if (!m) out += '\\x';
      else {
        out += String.fromCharCode(parseInt(m[0], 16));
        i += m[0].length;
      }
    } else if (n === 'u' || n === 'U') {
      const m = new RegExp(`^[0-9a-fA-F]{1,${n === 'u' ? 4 : 8}}`).exec(body.slice(i + 1));
      if (!m) out += `\\${n}`;
      else {
        const cp = parseInt(m[0], 16);
        if (cp < 0x80) out += String.fromCharCode(cp);
        else if (utf8 && cp <= 0x10ffff) out += Buffer.from(String.fromCodePoint(cp), 'utf8').toString('latin1');
        else out += `\\${n}${cp.toString(16).toUpperCase().padStart(n === 'u' ? 4 : 8, '0')}`;
        i += m[0].length;
      }
    } else if (n === 'c' && i + 1 < body.length) {
      const x = body[++i]!;
      out += x === '?' ? '\x7f' : String.fromCharCode(x.toUpperCase().charCodeAt(0) & 0x1f);
    } else out += `\\${n}`;
  }
  const nul = out.indexOf('\0');
  return nul < 0 ? out : out.slice(0, nul);
}

const SIMPLE: Record<string, string> = {
  a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  '\\': '\\', "'": "'", '"': '"', '?': '?',
};
