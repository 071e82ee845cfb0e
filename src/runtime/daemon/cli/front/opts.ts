// Parsed flag values of one command, read through typed getters.
import type { FlagDef } from './types.ts';

export type FlagValue = boolean | number | string | string[];

export interface Opts {
  bool(n: string): boolean;
  str(n: string): string;
  list(n: string): string[];
  int(n: string): number;
  /** bytes flags (-m 64m) in bytes; 0 when unset, -1 for an explicit --memory-swap -1 */
  bytes(n: string): number;
  /** duration flags in milliseconds */
  ms(n: string): number;
  /** decimal flags (--cpus) in nano-CPUs */
  nanoCpus(n: string): number;
  /** filter flags as [key, value] pairs in command-line order (keys lowercased) */
  filters(n: string): Array<[string, string]>;
  /** map/stringToString flags as key → value */
  map(n: string): Map<string, string>;
  changed(n: string): boolean;
  has(n: string): boolean;
}

const indexes = new WeakMap<readonly FlagDef[], Map<string, FlagDef>>();

/** Flag definitions by long name, built once per table. */
function defIndex(defs: readonly FlagDef[]): Map<string, FlagDef> {
  let m = indexes.get(defs);
  if (!m) {
    m = new Map();
    for (const d of defs) if (!m.has(d.long)) m.set(d.long, d);
    indexes.set(defs, m);
  }
  return m;
}

export class OptValues implements Opts {
  readonly values = new Map<string, FlagValue>();
  readonly set = new Set<string>();

  constructor(readonly defs: readonly FlagDef[]) {}

  private get(n: string): FlagValue | undefined {
    const def = defIndex(this.defs).get(n);
    if (!def) throw new Error(`docker front: no flag --${n}`);
    return this.values.get(def.long);
  }

  has(n: string): boolean {
    return this.defs.some((d) => d.long === n);
  }
  changed(n: string): boolean {
    return this.set.has(n);
  }
  bool(n: string): boolean {
    return this.get(n) === true;
  }
  str(n: string): string {
    const v = this.get(n);
    // list-typed flags read as a string give their last value (e.g. --network)
    if (Array.isArray(v)) return v.length ? v[v.length - 1] : '';
    return typeof v === 'string' ? v : v === undefined ? '' : String(v);
  }
  list(n: string): string[] {
    const v = this.get(n);
    return Array.isArray(v) ? [...v] : [];
  }
  int(n: string): number {
    const v = this.get(n);
    return typeof v === 'number' ? v : 0;
  }
  bytes(n: string): number {
    return this.int(n);
  }
  ms(n: string): number {
    return this.int(n);
  }
  nanoCpus(n: string): number {
    return this.int(n);
  }
  filters(n: string): Array<[string, string]> {
    return this.list(n).map((kv) => {
      const i = kv.indexOf('=');
      return [kv.slice(0, i), kv.slice(i + 1)];
    });
  }
  map(n: string): Map<string, string> {
    const m = new Map<string, string>();
    for (const kv of this.list(n)) {
      const i = kv.indexOf('=');
      m.set(i < 0 ? kv : kv.slice(0, i), i < 0 ? '' : kv.slice(i + 1));
    }
    return m;
  }
}
