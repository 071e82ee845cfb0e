import { formatValue } from './format.ts';

/** fmt.Sprint: adds spaces between operands when neither side is a string. */
export function sprint(a: unknown[]): string {
  let out = '';
  a.forEach((v, i) => {
    if (i > 0 && typeof v !== 'string' && typeof a[i - 1] !== 'string') out += ' ';
    out += formatValue(v);
  });
  return out;
}

export function sprintln(a: unknown[]): string {
  return a.map((v) => formatValue(v)).join(' ') + '\n';
}

function typeName(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  return Array.isArray(v) ? '[]interface {}' : 'map[string]interface {}';
}

/** fmt.Sprintf subset covering the verbs templates use; bad verbs print Go's %!v(TYPE=val) forms. */
export function sprintf(fmt: string, args: unknown[]): string {
  let out = '';
  let ai = 0;
  const re = /%([-+# 0]*)(\d+|\*)?(?:\.(\d+|\*)?)?([a-zA-Z%])?/y;
  for (let i = 0; i < fmt.length;) {
    const c = fmt[i]!;
    if (c !== '%') { out += c; i++; continue; }
    re.lastIndex = i;
    const m = re.exec(fmt)!;
    i = re.lastIndex;
    const [, flags = '', w, prec, verb] = m;
    if (!verb) { out += '%!(NOVERB)'; continue; }
    if (verb === '%') { out += '%'; continue; }
    if (ai >= args.length) { out += `%!${verb}(MISSING)`; continue; }
    const v = args[ai++];
    let s: string;
    switch (verb) {
      case 'v': case 's': s = verb === 's' && typeof v !== 'string' && (typeof v !== 'object' || v === null) ? bad('s', v) : formatValue(v); break;
      case 'd': s = typeof v === 'number' && Number.isInteger(v) ? String(v) : bad('d', v); break;
      case 'q': s = typeof v === 'string' ? JSON.stringify(v) : bad('q', v); break;
      case 'f': case 'F': s = typeof v === 'number' ? v.toFixed(prec === undefined ? 6 : Number(prec)) : bad('f', v); break;
      case 'x': case 'X': {
        s = typeof v === 'number' ? Math.trunc(v).toString(16) : typeof v === 'string' ? Buffer.from(v, 'utf8').toString('hex') : bad('x', v);
        if (verb === 'X') s = s.toUpperCase();
        break;
      }
      case 't': s = typeof v === 'boolean' ? String(v) : bad('t', v); break;
      case 'T': s = typeName(v); break;
      default: s = bad(verb, v);
    }
    if (prec !== undefined && (verb === 's' || verb === 'v') && typeof v === 'string') s = s.slice(0, Number(prec));
    if (w) {
      const width = Number(w);
      const pad = flags.includes('0') && !flags.includes('-') && verb !== 's' ? '0' : ' ';
      if (s.length < width) s = flags.includes('-') ? s.padEnd(width) : s.padStart(width, pad);
    }
    out += s;
  }
  if (ai < args.length) out += `%!(EXTRA ${args.slice(ai).map((v) => `${typeName(v)}=${formatValue(v)}`).join(', ')})`;
  return out;
}

function bad(verb: string, v: unknown): string {
  return v === null || v === undefined ? `%!${verb}(<nil>)` : `%!${verb}(${typeName(v)}=${formatValue(v)})`;
}
