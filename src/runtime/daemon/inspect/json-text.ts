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

export function jsonString(s: string): string {
  let out = '"';
  const text = Buffer.from(s, 'latin1').toString('utf8');
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || ch === '<' || ch === '>' || ch === '&' || c === 0x2028 || c === 0x2029) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return Buffer.from(`${out}"`, 'utf8').toString('latin1');
}
