import type { HereDoc } from 'unbash';
import { expandWordString, reparse } from './expand.ts';
import type { Shell } from './shell.ts';

/** Here-document body: expanded like double quotes unless the delimiter was quoted; `<<-` strips tabs. */
export async function expandHereDoc(sh: Shell, r: HereDoc): Promise<string> {
  let text = r.body.text;
  if (r.operator === '<<-') text = text.replace(/^\t+/gm, '');
  if (r.delimiter?.quoted || !/[$`\\]/.test(text)) return text;
  // Inside a here-document only \$, \`, \\ and \newline are escapes; quotes are literal.
  // Backslash pairs are read left to right, so a doubled backslash stays one escape.
  const escaped = text.replace(/\\([\s\S])/g, (_m, c: string) => ('$`\\\n'.includes(c) ? `\\${c}` : `\\\\${c}`)).replace(/"/g, '\\"');
  return expandWordString(sh, reparse(`"${escaped}"`));
}
