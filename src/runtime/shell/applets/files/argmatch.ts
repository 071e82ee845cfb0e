import type { AppletContext } from '../types.ts';
import { quote } from './quote.ts';

/**
 * gnulib argmatch: an option argument must be a keyword or an unambiguous prefix of one.
 * `groups` lists the keywords, synonyms together; the result is the group index.
 */
export function argmatch(arg: string, groups: readonly (readonly string[])[]): number | 'invalid' | 'ambiguous' {
  let found = -1;
  let ambiguous = false;
  for (let g = 0; g < groups.length; g++) {
    for (const word of groups[g]!) {
      if (word === arg) return g;
      if (word.startsWith(arg)) { // '' prefixes every word: ambiguous, as in gnulib
        if (found < 0) found = g;
        else if (found !== g) ambiguous = true;
      }
    }
  }
  if (ambiguous) return 'ambiguous';
  return found < 0 ? 'invalid' : found;
}

/** argmatch_die's text: the complaint, the valid keywords, and the usage hint. */
export async function argmatchFail(ctx: AppletContext, arg: string, what: string, groups: readonly (readonly string[])[], kind: 'invalid' | 'ambiguous'): Promise<void> {
  let msg = `${ctx.name}: ${kind} argument ${quote(arg)} for ${quote(what)}\nValid arguments are:\n`;
  for (const g of groups) msg += `  - ${g.map((w) => quote(w)).join(', ')}\n`;
  msg += `Try '${ctx.name} --help' for more information.\n`;
  await ctx.stderr.write(msg);
}

export const WHEN_ARGS = [['always', 'yes', 'force'], ['never', 'no', 'none'], ['auto', 'tty', 'if-tty']] as const;
