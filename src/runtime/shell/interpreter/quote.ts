/** Quotes a value so the shell reads it back unchanged, the way `${x@Q}` and `declare -p` do. */
export function quoteForReuse(s: string): string {
  if (/[\x00-\x1f\x7f]/.test(s)) {
    const body = s.replace(/[\\']/g, '\\$&').replace(/[\x00-\x1f\x7f]/g, (c) => {
      const named: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '\x1b': '\\E', '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\v': '\\v' };
      return named[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`;
    });
    return `$'${body}'`;
  }
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** printf %q / `set` style: backslash-escape shell metacharacters, no quotes when not needed. */
export function quoteBackslash(s: string): string {
  if (s === '') return "''";
  if (/[\x00-\x1f\x7f]/.test(s)) return quoteForReuse(s);
  return s.replace(/[^\w@%+=:,./-]/g, '\\$&');
}

/** How `set` and `declare -p` print a scalar: bare if safe, else single-quoted. */
export function quoteIfNeeded(s: string): string {
  if (s !== '' && /^[\w@%+=:,./-]+$/.test(s)) return s;
  return quoteForReuse(s);
}
