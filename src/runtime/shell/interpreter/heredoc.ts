import type { HereDoc } from 'unbash';
import { expandWordString, reparse } from './expand.ts';
import type { Shell } from './shell.ts';

/** Here-document body: expanded like double quotes unless the delimiter was quoted; `<<-` strips tabs. */
export async function expandHereDoc(sh: Shell, r: HereDoc): Promise<string> {
  let text = r.body.text;
  if (r.operator === '<<-') text = text.replace(/^\t+/gm, '');
  if (r.delimiter?.quoted || !/[$`\\]/.test(text)) return text;
  // Inside a here-document only \$, \`, \\ and \newline are escapes; quotes are literal.
  const escaped = text.replace(/\\([^$`\\\n])/g, '\\\\$1').replace(/"/g, '\\"');
  return expandWordString(sh, reparse(`"${escaped}"`));
}
