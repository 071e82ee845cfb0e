import { formatValue, GoStruct, isMap } from './format.ts';

/** Go template truthiness: zero values and empty containers are false. */
export function truth(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (Array.isArray(v)) return v.length > 0;
  if (isMap(v)) return Object.keys(v).length > 0;
  if (v instanceof GoStruct) return !v.isNil;
  return true;
}

type Kind = 'bool' | 'number' | 'string' | 'nil' | 'other';
function kind(v: unknown): Kind {
  if (v === null || v === undefined) return 'nil';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'string';
  return 'other';
}

export class CompareError extends Error {}

/** eq arg1 arg2...: true if arg1 equals any of the others, with Go's type rules. */
export function eq(a: unknown, ...rest: unknown[]): boolean {
  if (rest.length === 0) throw new CompareError('missing argument for comparison');
  const ka = kind(a);
  for (const b of rest) {
    const kb = kind(b);
    if (ka === 'other' || kb === 'other') {
      if (ka === 'nil' || kb === 'nil') { continue; }
      const bad = ka === 'other' ? a : b;
      throw new CompareError(`non-comparable type ${formatValue(bad)}: ${Array.isArray(bad) ? '[]interface {}' : 'map[string]interface {}'}`);
    }
    if (ka === 'nil' || kb === 'nil') { if (ka === kb) return true; continue; }
    if (ka !== kb) throw new CompareError('incompatible types for comparison');
    if (a === b) return true;
  }
  return false;
}

export function lt(a: unknown, b: unknown): boolean {
  const ka = kind(a), kb = kind(b);
  if (ka === 'bool' || ka === 'nil' || ka === 'other' || kb === 'bool' || kb === 'nil' || kb === 'other') {
    throw new CompareError('invalid type for comparison');
  }
  if (ka !== kb) throw new CompareError('incompatible types for comparison');
  return (a as number | string) < (b as number | string);
}
