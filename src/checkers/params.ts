import { CheckSyntaxError } from './errors.ts';

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}/g;

export const hasPlaceholder = (s: string): boolean => s.includes('{{');

/** The names a value uses as `{{name}}`, anywhere inside it. */
export function placeholdersIn(v: unknown, into = new Set<string>()): Set<string> {
  if (typeof v === 'string') for (const m of v.matchAll(PLACEHOLDER)) into.add(m[1]!);
  else if (Array.isArray(v)) for (const x of v) placeholdersIn(x, into);
  else if (typeof v === 'object' && v !== null) for (const x of Object.values(v)) placeholdersIn(x, into);
  return into;
}

/** Replaces `{{name}}` in every string inside `v` (keys included) with the student's parameter. */
export function substitute(v: unknown, params: Record<string, string>, path: string): unknown {
  if (typeof v === 'string') {
    if (!hasPlaceholder(v)) return v;
    return v.replace(PLACEHOLDER, (_m, name: string) => {
      const value = params[name];
      if (value === undefined) throw new CheckSyntaxError(`unknown parameter {{${name}}} (parameters: ${Object.keys(params).join(', ') || 'none'})`, path);
      return value;
    });
  }
  if (Array.isArray(v)) return v.map((x, i) => substitute(x, params, `${path}[${i}]`));
  if (typeof v === 'object' && v !== null) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [substitute(k, params, path) as string, substitute(x, params, `${path}.${k}`)]));
  }
  return v;
}
