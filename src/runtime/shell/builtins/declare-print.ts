import type { Var } from '../interpreter/vars.ts';

function dq(s: string): string {
  return `"${s.replace(/[\\"$`]/g, '\\$&')}"`;
}

/** The attribute letters `declare -p` shows (`--` when none). */
export function attrFlags(v: Var): string {
  let f = '';
  if (v.kind === 'indexed') f += 'a';
  if (v.kind === 'assoc') f += 'A';
  if (v.integer) f += 'i';
  if (v.lower) f += 'l';
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
  const entries = v.kind === 'indexed' ? [...m.entries()].sort((a, b) => (a[0] as number) - (b[0] as number)) : [...m.entries()];
  const body = entries.map(([k, val]) => `[${k}]=${dq(val)}`).join(' ');
  return `${head}=(${body}${v.kind === 'assoc' && body ? ' ' : ''})`;
}
