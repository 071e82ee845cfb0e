import type { AppletContext } from '../types.ts';

function localeVar(ctx: AppletContext, category: string): string {
  return ctx.env.get('LC_ALL') || ctx.env.get(category) || ctx.env.get('LANG') || '';
}

/** Multibyte character handling (wc -m, -L) follows LC_CTYPE's charset. */
export function utf8Locale(ctx: AppletContext): boolean {
  return /utf-?8/i.test(localeVar(ctx, 'LC_CTYPE'));
}

/**
 * gnulib's quote(): in a UTF-8 locale the quotes are U+2018/U+2019 (as UTF-8 bytes),
 * otherwise ASCII apostrophes. Used by messages such as `extra operand ‘x’`.
 */
export function lquote(ctx: AppletContext, s: string): string {
  if (utf8Locale(ctx)) return `\xe2\x80\x98${s}\xe2\x80\x99`;
  if (!s.includes("'")) return `'${s}'`;
  return `"${s.replace(/(["\\$`])/g, '\\$1')}"`;
}
