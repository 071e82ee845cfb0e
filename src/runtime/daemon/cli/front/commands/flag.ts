import type { FlagDef } from '../types.ts';

/** Compact flag constructor for the generated tables: short, long, type, usage, shown default. */
export function f(short: string, long: string, type: string, usage: string, def?: string): FlagDef {
  return def === undefined ? { short, long, type, usage } : { short, long, type, usage, def };
}
