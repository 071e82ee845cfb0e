/** How `set -x` shows a word: quoted only when it needs to be, like bash. */
export function quoteForXtrace(s: string): string {
  if (s === '') return "''";
  if (/^[\w@%+=:,./-]+$/.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
