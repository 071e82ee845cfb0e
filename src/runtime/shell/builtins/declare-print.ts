import { assocEntries, indexedEntries } from '../interpreter/array-order.ts';
import { declareQuote as dq } from '../interpreter/param-transform.ts';
import type { Var } from '../interpreter/vars.ts';

/** bash double-quotes an associative key only when it holds shell metacharacters. */
function assocKey(k: string): string {
  return /[\s'"\\|&;()<>!{}*[\]?^$`]|^[~#]|[=:]~/.test(k) ? dq(k) : k;
}

/** The attribute letters `declare -p` shows (`--` when none). */
export function attrFlags(v: Var): string {
  let f = '';
  if (v.kind === 'indexed') f += 'a';
  if (v.kind === 'assoc') f += 'A';
  if (v.integer) f += 'i';
  if (v.lower) f += 'l';
  if (v.nameref) f += 'n';
  if (v.readonly) f += 'r';
  if (v.upper) f += 'u';
  if (v.exported) f += 'x';
  return f === '' ? '--' : `-${f}`;
}

/** `declare -p NAME` output line. */
export function declareLine(name: string, v: Var): string {
  const head = `declare ${attrFlags(v)} ${name}`;
  if (v.unsetValue) return head;
  if (v.kind === 'scalar') return `${head}=${dq(v.value as string)}`;
  const m = v.value as Map<number | string, string>;
  const entries: [string | number, string][] = v.kind === 'indexed' ? indexedEntries(m as Map<number, string>) : assocEntries(m as Map<string, string>);
  const body = entries.map(([k, val]) => `[${typeof k === 'string' ? assocKey(k) : k}]=${dq(val)}`).join(' ');
  return `${head}=(${body}${v.kind === 'assoc' && body ? ' ' : ''})`;
}
