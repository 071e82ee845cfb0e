/**
 * gnulib quotearg_buffer_restyled for the styles coreutils uses on file names, in the C locale
 * (the oracle runs with LANG=C: bytes >= 0x80 are not printable, so shell-escape shows $'\303\251').
 */
export type QuotingStyle = 'literal' | 'shell' | 'shell-always' | 'shell-escape' | 'shell-escape-always' | 'c' | 'c-maybe' | 'escape' | 'locale' | 'clocale';

export const QUOTING_STYLES: readonly QuotingStyle[] = ['literal', 'shell', 'shell-always', 'shell-escape', 'shell-escape-always', 'c', 'c-maybe', 'escape', 'locale', 'clocale'];

const printable = (code: number) => code >= 0x20 && code < 0x7f;
const SAFE = /[%+,\-./0-9:A-Z\]_a-z]/;
const SHELL_SPECIAL = '!"$&()*;<=>[^`|';
const C_ESCAPES: Record<string, string> = { '\x07': 'a', '\b': 'b', '\f': 'f', '\n': 'n', '\r': 'r', '\t': 't', '\v': 'v' };

class ForceOuter extends Error {}

export function quotearg(arg: string, style: QuotingStyle, quoteTheseToo = ''): string {
  return restyled(arg, style, false, quoteTheseToo);
}

function restyled(arg: string, style: QuotingStyle, elideIn: boolean, too: string, rescan = false, pendingIn = false): string {
  let elide = elideIn;
  let backslash = false;
  let quoteString = '';
  let shellAlways = false;
  let out = '';
  if (style === 'c' || style === 'c-maybe') {
    if (style === 'c-maybe') elide = true;
    if (!elide) out += '"';
    backslash = true;
    quoteString = '"';
  } else if (style === 'escape') {
    backslash = true;
    elide = false;
  } else if (style === 'locale' || style === 'clocale') {
    const q = style === 'locale' ? "'" : '"';
    if (!elide) out += q;
    backslash = true;
    quoteString = q;
  } else if (style === 'literal') {
    elide = false;
  } else {
    // shell-escape → backslash + elide; shell → elide; shell-escape-always → backslash (unless elided)
    if (style === 'shell-escape') backslash = true;
    if (style === 'shell-escape' || style === 'shell') elide = true;
    if (style !== 'shell-always' && !elide) backslash = true;
    shellAlways = true;
    if (!elide) out += "'";
    quoteString = "'";
  }
  const force = (): string => {
    const s: QuotingStyle = shellAlways ? (backslash ? 'shell-escape-always' : 'shell-always') : style === 'c-maybe' ? 'c' : style;
    return restyled(arg, s, false, '');
  };
  let pending = pendingIn;
  let singleSeen = false;
  let allCompat = true;
  try {
    for (let i = 0; i < arg.length; i++) {
      let c = arg[i]!;
      let escaping = false;
      let compat = false;
      let isRightQuote = false;
      const startEsc = () => {
        if (elide) throw new ForceOuter();
        escaping = true;
        if (shellAlways && !pending) {
          out += "'$'";
          pending = true;
        }
        out += '\\';
      };
      const endEsc = () => {
        if (pending && !escaping) {
          out += "''";
          pending = false;
        }
      };
      if (backslash && !shellAlways && quoteString && arg.startsWith(quoteString, i)) {
        if (elide) throw new ForceOuter();
        isRightQuote = true;
      }
      let action: 'check' | 'store' | 'escape' = 'check';
      const code = c.charCodeAt(0);
      if (c === '\0') {
        if (backslash) {
          startEsc();
          if (!shellAlways && i + 1 < arg.length && /[0-9]/.test(arg[i + 1]!)) out += '00';
          c = '0';
        }
      } else if (c === '?') {
        if (shellAlways && elide) throw new ForceOuter();
      } else if (C_ESCAPES[c] !== undefined || c === '\\') {
        const esc = c === '\\' ? '\\' : C_ESCAPES[c]!;
        const shellToo = c === '\n' || c === '\r' || c === '\t' || c === '\\';
        let done = false;
        if (c === '\\') {
          if (shellAlways) {
            if (elide) throw new ForceOuter();
            action = 'store';
            done = true;
          } else if (backslash && elide && quoteString) {
            action = 'store';
            done = true;
          }
        }
        if (!done) {
          if (shellToo && shellAlways && elide) throw new ForceOuter();
          if (backslash) {
            c = esc;
            action = 'escape';
          }
        }
      } else if ((c === '{' || c === '}') && arg.length !== 1) {
        // not special inside a longer name
      } else if ((c === '#' || c === '~') && i !== 0) {
        // special only at the start
      } else if (c === ' ' || c === '{' || c === '}' || c === '#' || c === '~' || SHELL_SPECIAL.includes(c)) {
        if (c === ' ' || c === '{' || c === '}' || c === '#' || c === '~') compat = true;
        if (shellAlways && elide) throw new ForceOuter();
      } else if (c === "'") {
        singleSeen = true;
        compat = true;
        if (shellAlways) {
          if (elide) throw new ForceOuter();
          out += "'\\'";
          pending = false;
        }
      } else if (SAFE.test(c)) {
        compat = true;
      } else {
        const p = printable(code);
        compat = p;
        if (backslash && !p) {
          startEsc();
          out += String.fromCharCode(48 + (code >> 6), 48 + ((code >> 3) & 7));
          c = String.fromCharCode(48 + (code & 7));
          action = 'store';
        }
      }
      if (action === 'check') {
        const applies = ((backslash && !shellAlways) || elide) && too.includes(c);
        action = applies || isRightQuote ? 'escape' : 'store';
      }
      if (action === 'escape') startEsc();
      endEsc();
      out += c;
      if (!compat) allCompat = false;
    }
  } catch (e) {
    if (e instanceof ForceOuter) return force();
    throw e;
  }
  if (out === '' && shellAlways && elide) return force();
  if (shellAlways && !elide && singleSeen) {
    if (allCompat) return restyled(arg, 'c', false, too);
    // gnulib re-runs the loop to write the string but keeps the pending $'…' state of the
    // scan, so a name ending in an escape gets a stray '' after the opening quote.
    if (!rescan) return restyled(arg, style, elideIn, too, true, pending);
  }
  if (quoteString && !elide) out += quoteString;
  return out;
}

/** coreutils' quoteaf(): how every tool names a file in its error messages. */
export const quoteaf = (name: string): string => quotearg(name, 'shell-escape-always');
/** quotef(): quoted only when needed (du, stat -c %N use other styles). */
export const quotef = (name: string): string => quotearg(name, 'shell-escape');
/** quote(): option arguments in messages ('foo' in the C locale). */
export const quote = (s: string): string => quotearg(s, 'locale');
