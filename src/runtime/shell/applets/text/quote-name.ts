/**
 * gnulib quotef (shell-escape style) as coreutils 9.1 uses it for file names in diagnostics
 * under LANG=C: bare when safe, '…' otherwise, $'\ooo' for unprintable bytes, "…" when only
 * a single quote is in the way.
 */
const NAMED: Record<string, string> = { '\x07': 'a', '\b': 'b', '\f': 'f', '\n': 'n', '\r': 'r', '\t': 't', '\v': 'v' };

function unprintable(c: string): boolean {
  const n = c.charCodeAt(0);
  return n < 0x20 || n >= 0x7f;
}

function needsQuotes(s: string): boolean {
  if (s === '') return true;
  if (s[0] === '#' || s[0] === '~') return true;
  return /[^A-Za-z0-9%+,\-./:@_{}\]#~]/.test(s);
}

export function quotef(s: string): string {
  if (!needsQuotes(s)) return s;
  const hasCtl = [...s].some(unprintable);
  if (!hasCtl && s.includes("'")) return `"${s.replace(/(["\\$`])/g, '\\$1')}"`;
  let out = "'";
  let open = true;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (unprintable(c)) {
      if (open) out += "'";
      open = false;
      let esc = '';
      while (i < s.length && unprintable(s[i]!)) {
        const d = s[i]!;
        esc += NAMED[d] ? `\\${NAMED[d]}` : `\\${d.charCodeAt(0).toString(8).padStart(3, '0')}`;
        i++;
      }
      i--;
      out += `$'${esc}'`;
      continue;
    }
    if (!open) {
      out += "'";
      open = true;
    }
    out += c === "'" ? "'\\''" : c;
  }
  if (open) out += "'";
  return out;
}

/** quoteaf: like quotef but always quoted. */
export function quoteaf(s: string): string {
  const q = quotef(s);
  return q === s ? `'${s}'` : q;
}
