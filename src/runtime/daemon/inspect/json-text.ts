import { jsonString as goJsonString } from '../template/format.ts';
/**
 * Go's encoding/json as the engine writes it and `docker inspect` indents it: 4 spaces, HTML-safe
 * escapes (<, >, & as \u003c...), `{}` and `[]` for empty containers, key order as built.
 */
export function indentJson(v: unknown, indent = '    ', prefix = ''): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return jsonString(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return String(v);
  const inner = prefix + indent;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[\n${v.map((x) => inner + indentJson(x, indent, inner)).join(',\n')}\n${prefix}]`;
  }
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, x]) => `${inner}${jsonString(k)}: ${indentJson(x, indent, inner)}`).join(',\n')}\n${prefix}}`;
}

/** The engine's JSON strings: Go's encoder with HTML escaping on. */
export const jsonString = (s: string): string => goJsonString(s, true);
