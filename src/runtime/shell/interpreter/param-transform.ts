import { ansiCValue } from '../format/ansi-c.ts';
import { assocEntries, indexedEntries } from './array-order.ts';
import type { ExpValue } from './expand.ts';
import { inLocale } from './param.ts';
import { expandPrompt } from './prompt.ts';
import { quoteForReuse } from './quote.ts';
import type { Shell } from './shell.ts';
import type { Var } from './vars.ts';
import { attrFlags } from '../builtins/declare-print.ts';

/** `${x@a}` letters: they exist even while the variable has no value (`declare -A m`). */
function attrLetters(v: Var | undefined): string {
  if (!v) return '';
  const f = attrFlags(v);
  return f === '--' ? '' : f.slice(1);
}

/** `declare -p`'s double quotes, or `$'...'` when the value holds control characters. */
export function declareQuote(s: string): string {
  if (/[\x01-\x1f\x7f]/.test(s)) return quoteForReuse(s);
  return `"${s.replace(/[\\"$`]/g, '\\$&')}"`;
}

/** `${x@A}`: an assignment that recreates x, with `declare` when it has attributes. */
function assignment(v: Var | undefined, name: string, s: string): string {
  const f = attrLetters(v);
  return `${f ? `declare -${f} ` : ''}${name}=${quoteForReuse(s)}`;
}

/** `${x@OP}` of one value (`value` undefined when unset). */
export async function transformValue(sh: Shell, value: string | undefined, op: string, name: string, indexed: boolean): Promise<string> {
  const v = /^[A-Za-z_]/.test(name) ? sh.vars.lookup(name) : undefined;
  if (op === 'a') return attrLetters(v);
  if (value === undefined) return '';
  switch (op) {
    case 'Q':
    case 'K':
    case 'k':
      return quoteForReuse(value);
    case 'U':
      return inLocale(sh, (s) => s.toUpperCase())(value);
    case 'L':
      return inLocale(sh, (s) => s.toLowerCase())(value);
    case 'u':
      return inLocale(sh, (s) => s.charAt(0).toUpperCase() + s.slice(1))(value);
    case 'E':
      return ansiCValue(value, sh.utf8Locale());
    case 'P':
      return expandPrompt(sh, value);
    case 'A':
      void indexed;
      return assignment(v, name, value);
    default:
      return value;
  }
}

/** `${a[@]@OP}` and `${@@OP}`: most operators apply per element; A, K and k see the whole array. */
export async function transformValues(sh: Shell, values: string[], op: string, name: string, all: string | null, star: boolean): Promise<ExpValue> {
  const v = all !== null ? sh.vars.lookup(name) : undefined;
  if (v && !v.unsetValue && v.kind !== 'scalar' && (op === 'A' || op === 'K' || op === 'k')) {
    const m = v.value as Map<number | string, string>;
    const entries: [number | string, string][] = v.kind === 'indexed' ? indexedEntries(m as Map<number, string>) : assocEntries(m as Map<string, string>);
    if (op === 'k') return { kind: 'many', values: entries.flatMap(([k, val]) => [String(k), val]), star };
    const trail = v.kind === 'assoc' && entries.length > 0 ? ' ' : '';
    if (op === 'K') return { kind: 'one', value: entries.map(([k, val]) => `${k} ${declareQuote(val)}`).join(' ') + trail };
    const body = entries.map(([k, val]) => `[${k}]=${declareQuote(val)}`).join(' ');
    return { kind: 'one', value: `declare -${attrLetters(v)} ${name}=(${body}${trail})` };
  }
  const out: string[] = [];
  for (const s of values) out.push(await transformValue(sh, s, op, name, true));
  return { kind: 'many', values: out, star };
}
