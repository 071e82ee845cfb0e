/**
 * gnulib quote() in the C locale (locale_quoting_style): 'x', with backslash escapes for the
 * quote, backslash and unprintable bytes. Messages like `invalid integer 'x'` use it.
 */
export function quote(s: string): string {
  let out = "'";
  for (const c of s) {
    const n = c.charCodeAt(0);
    const esc = ESCAPES[c];
    if (esc) out += esc;
    else if (n < 32 || n >= 127) out += `\\${n.toString(8).padStart(3, '0')}`;
    else out += c;
  }
  return `${out}'`;
}

const ESCAPES: Record<string, string> = { "'": "\\'", '\\': '\\\\', '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v' };
