import { CheckSyntaxError } from './errors.ts';
import { hasPlaceholder } from './params.ts';

/**
 * The argument types a predicate's fields may have. Values are checked at compile time; a string
 * holding `{{param}}` is checked again once the student's parameters are substituted.
 */
export type FieldType =
  | { kind: 'string' }
  | { kind: 'path' }
  | { kind: 'regex' }
  | { kind: 'int'; min?: number }
  | { kind: 'number' }
  | { kind: 'bool' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'stringList' }
  | { kind: 'stringMap' }
  | { kind: 'intOrEnum'; values: readonly string[] }
  | { kind: 'object'; fields: Fields; exactlyOne?: boolean };

export interface FieldSpec {
  type: FieldType;
  required?: boolean;
  /** One line for docs/checkers.md and error messages. */
  doc?: string;
}

export type Fields = Record<string, FieldSpec>;

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'a list' : isMap(v) ? 'a map' : `${typeof v} ${JSON.stringify(v)}`);

/** `~/x` is the student's home in the lab (root's). */
export const expandHome = (p: string): string => (p === '~' ? '/root' : p.startsWith('~/') ? `/root/${p.slice(2)}` : p);

/** Checks a predicate's argument map against its fields and returns the typed values (placeholders kept). */
export function coerceArgs(raw: unknown, fields: Fields, path: string, late: boolean): Record<string, unknown> {
  if (raw === null || raw === undefined) raw = {};
  if (!isMap(raw)) throw new CheckSyntaxError(`expected a map of ${Object.keys(fields).join(', ') || 'nothing'}, got ${describe(raw)}`, path);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const spec = fields[key];
    if (!spec) throw new CheckSyntaxError(`unknown field "${key}" (fields: ${Object.keys(fields).join(', ') || 'none'})`, `${path}.${key}`);
    out[key] = coerceValue(value, spec.type, `${path}.${key}`, late);
  }
  for (const [key, spec] of Object.entries(fields)) {
    if (spec.required && !(key in raw)) throw new CheckSyntaxError(`missing required field "${key}"`, path);
  }
  return out;
}

function coerceValue(v: unknown, t: FieldType, path: string, late: boolean): unknown {
  // A value with a placeholder is typed only after substitution (late = true).
  if (!late && typeof v === 'string' && hasPlaceholder(v) && t.kind !== 'object') return v;
  const rule = RULES[t.kind] as (v: unknown, t: FieldType, path: string, late: boolean) => unknown;
  return rule(v, t, path, late);
}

type Rule<K extends FieldType['kind']> = (v: unknown, t: Extract<FieldType, { kind: K }>, path: string, late: boolean) => unknown;

const expect = (what: string, v: unknown, path: string): never => {
  throw new CheckSyntaxError(`expected ${what}, got ${describe(v)}`, path);
};
const scalarText = (v: unknown, path: string): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : expect('a string', v, path);

const RULES: { [K in FieldType['kind']]: Rule<K> } = {
  string: (v, _t, path) => scalarText(v, path),
  path: (v, _t, path) => {
    const p = expandHome(scalarText(v, path));
    if (!p.startsWith('/')) throw new CheckSyntaxError(`expected an absolute path (or ~/...), got "${p}"`, path);
    return p;
  },
  regex: (v, _t, path) => {
    const s = scalarText(v, path);
    try {
      new RegExp(s);
    } catch (e) {
      throw new CheckSyntaxError(`invalid regular expression: ${(e as Error).message}`, path);
    }
    return s;
  },
  int: (v, t, path) => {
    const n = typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isInteger(n)) return expect('an integer', v, path);
    if (t.min !== undefined && n < t.min) throw new CheckSyntaxError(`expected an integer >= ${t.min}, got ${n}`, path);
    return n;
  },
  number: (v, _t, path) => {
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    return typeof n === 'number' && Number.isFinite(n) ? n : expect('a number', v, path);
  },
  bool: (v, _t, path) => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : expect('true or false', v, path)),
  enum: (v, t, path) => {
    const s = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
    if (!t.values.includes(s)) throw new CheckSyntaxError(`expected one of ${t.values.join(', ')}, got ${describe(v)}`, path);
    return s;
  },
  intOrEnum: (v, t, path) => {
    if (typeof v === 'string' && t.values.includes(v)) return v;
    const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
    if (typeof n === 'number' && Number.isInteger(n)) return n;
    return expect(`an integer or one of ${t.values.join(', ')}`, v, path);
  },
  stringList: (v, _t, path, late) => {
    if (!Array.isArray(v)) return expect('a list of strings', v, path);
    return v.map((x, i) => (late || typeof x !== 'string' || !hasPlaceholder(x) ? scalarText(x, `${path}[${i}]`) : x));
  },
  stringMap: (v, _t, path) => {
    if (!isMap(v)) return expect('a map of names to values', v, path);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scalarText(x, `${path}.${k}`)]));
  },
  object: (v, t, path, late) => {
    const out = coerceArgs(v, t.fields, path, late);
    if (t.exactlyOne && Object.keys(out).length !== 1) {
      throw new CheckSyntaxError(`expected exactly one of ${Object.keys(t.fields).join(', ')}`, path);
    }
    return out;
  },
};
