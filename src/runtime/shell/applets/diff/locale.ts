import type { AppletContext } from '../types.ts';

/** gnulib hard_locale: whether the category's locale (LC_ALL, LC_x, LANG) is other than C/POSIX. */
export function hardLocale(ctx: AppletContext, category: string): boolean {
  const v = ctx.env.get('LC_ALL') || ctx.env.get(category) || ctx.env.get('LANG') || 'C';
  return v !== 'C' && v !== 'POSIX';
}
