import type { AppletContext } from '../types.ts';

function localeVar(ctx: AppletContext, category: string): string {
  return ctx.env.get('LC_ALL') || ctx.env.get(category) || ctx.env.get('LANG') || '';
}

/** Multibyte character handling (wc -m, -L) follows LC_CTYPE's charset. */
export function utf8Locale(ctx: AppletContext): boolean {
  return /utf-?8/i.test(localeVar(ctx, 'LC_CTYPE'));
}

/**
 * gnulib's quote() (locale_quoting_style): in a UTF-8 locale the quotes are U+2018/U+2019
 * (as UTF-8 bytes), otherwise ASCII apostrophes; backslashes, the quote character and
 * control bytes are C-escaped (`'a\'b'`, `'\t'`, `'\351'`). Used by messages such as
 * `extra operand ‘x’`.
 */
export function lquote(ctx: AppletContext, s: string): string {
  const u8 = utf8Locale(ctx);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const n = c.charCodeAt(0);
    if (c === '\\' || (!u8 && c === "'")) out += `\\${c}`;
    else if (C_ESC[c]) out += `\\${C_ESC[c]}`;
    else if (n < 0x20 || n === 0x7f || (!u8 && n >= 0x80)) out += `\\${n.toString(8).padStart(3, '0')}`;
    else out += c;
  }
  return u8 ? `\xe2\x80\x98${out}\xe2\x80\x99` : `'${out}'`;
}

const C_ESC: Record<string, string> = { '\x07': 'a', '\b': 'b', '\f': 'f', '\n': 'n', '\r': 'r', '\t': 't', '\v': 'v' };
