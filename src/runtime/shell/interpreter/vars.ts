/** A shell variable: scalar, indexed array or associative array, with its attributes. */
export interface Var {
  value: string | Map<number, string> | Map<string, string>;
  kind: 'scalar' | 'indexed' | 'assoc';
  exported: boolean;
  readonly: boolean;
  integer: boolean;
  lower?: boolean;
  upper?: boolean;
  /** declare -n: the value is the name of the variable this one stands for. */
  nameref?: boolean;
  /** Declared but never assigned (`declare x`, `local x`): unset for ${x-...}. */
  unsetValue?: boolean;
}

type Scope = Map<string, Var>;

export class ReadonlyError extends Error {
  constructor(readonly varName: string) {
    super(`${varName}: readonly variable`);
  }
}

/** Global scope plus one scope per running function (bash's dynamic scoping for `local`). */
export class VarStore {
  private scopes: Scope[] = [new Map()];

  clone(): VarStore {
    const c = new VarStore();
    c.scopes = this.scopes.map((s) => {
      const m: Scope = new Map();
      for (const [k, v] of s) m.set(k, { ...v, value: v.value instanceof Map ? new Map(v.value as Map<never, string>) : v.value });
      return m;
    });
    return c;
  }

  /** The variable `name` itself, not following a name reference (declare -p, unset -n). */
  lookupOwn(name: string): Var | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const v = this.scopes[i]!.get(name);
      if (v) return v;
    }
    return undefined;
  }

  /** Follows name references (bash gives up after a few hops on a cycle). */
  resolve(name: string): string {
    let n = name;
    for (let hops = 0; hops < 8; hops++) {
      const v = this.lookupOwn(n);
      if (!v?.nameref || v.unsetValue || v.value === '') return n;
      n = v.value as string;
    }
    return n;
  }

  lookup(name: string): Var | undefined {
    return this.lookupOwn(this.resolve(name));
  }

  /** Scalar value (element 0 for arrays), undefined if unset. */
  get(name: string): string | undefined {
    const v = this.lookup(name);
    if (!v || v.unsetValue) return undefined;
    if (v.kind === 'scalar') return v.value as string;
    if (v.kind === 'indexed') return (v.value as Map<number, string>).get(0);
    return (v.value as Map<string, string>).get('0');
  }

  set(ref: string, value: string, opts: { exported?: boolean } = {}): Var {
    const name = this.resolve(ref);
    let v = this.lookup(name);
    if (v?.readonly) throw new ReadonlyError(name);
    if (!v) {
      v = { value: '', kind: 'scalar', exported: false, readonly: false, integer: false };
      this.scopes[0]!.set(name, v);
    }
    const val = v.lower ? value.toLowerCase() : v.upper ? value.toUpperCase() : value;
    if (v.kind === 'scalar') v.value = val;
    else if (v.kind === 'indexed') (v.value as Map<number, string>).set(0, val);
    else (v.value as Map<string, string>).set('0', val);
    v.unsetValue = false;
    if (opts.exported) v.exported = true;
    return v;
  }

  setArray(ref: string, values: string[] | Map<number, string>): Var {
    const name = this.resolve(ref);
    let v = this.lookup(name);
    if (v?.readonly) throw new ReadonlyError(name);
    const map = values instanceof Map ? values : new Map(values.map((x, i) => [i, x] as [number, string]));
    if (!v) {
      v = { value: map, kind: 'indexed', exported: false, readonly: false, integer: false };
      this.scopes[0]!.set(name, v);
      return v;
    }
    v.kind = 'indexed';
    v.value = map;
    v.unsetValue = false;
    return v;
  }

  /** Declares `name` in the innermost function scope (local), keeping the outer value intact. */
  declareLocal(name: string): Var {
    const scope = this.scopes[this.scopes.length - 1]!;
    let v = scope.get(name);
    if (!v) {
      const outer = this.lookup(name);
      v = { value: '', kind: 'scalar', exported: outer?.exported ?? false, readonly: false, integer: false, unsetValue: true };
      scope.set(name, v);
    }
    return v;
  }

  /** Creates the variable in the global scope if missing, for declare/export/readonly. */
  ensure(ref: string): Var {
    const name = this.resolve(ref);
    let v = this.lookup(name);
    if (!v) {
      v = { value: '', kind: 'scalar', exported: false, readonly: false, integer: false, unsetValue: true };
      this.scopes[0]!.set(name, v);
    }
    return v;
  }

  unset(ref: string, own = false): void {
    const name = own ? ref : this.resolve(ref);
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const v = this.scopes[i]!.get(name);
      if (v) {
        if (v.readonly) throw new ReadonlyError(name);
        // A local of the innermost function stays local but unset: it still hides the global.
        if (i > 0 && i === this.scopes.length - 1 && !own) {
          this.scopes[i]!.set(name, { value: '', kind: 'scalar', exported: false, readonly: false, integer: false, unsetValue: true });
          return;
        }
        this.scopes[i]!.delete(name);
        return;
      }
    }
  }

  pushScope(): void {
    this.scopes.push(new Map());
  }
  popScope(): void {
    if (this.scopes.length > 1) this.scopes.pop();
  }
  get depth(): number {
    return this.scopes.length - 1;
  }

  /** Every visible variable name, sorted (set, declare -p). */
  names(): string[] {
    const all = new Set<string>();
    for (const s of this.scopes) for (const k of s.keys()) all.add(k);
    return [...all].sort();
  }

  /** The environment passed to commands: exported scalars. */
  environment(): Map<string, string> {
    // Inner scopes shadow outer ones; walk outermost first so the innermost value wins.
    const seen = new Map<string, Var>();
    for (const s of this.scopes) for (const [k, v] of s) seen.set(k, v);
    const env = new Map<string, string>();
    for (const [name, v] of seen) if (v.exported && !v.unsetValue && v.kind === 'scalar') env.set(name, v.value as string);
    return env;
  }

  /** Plain data for saving the host (global scope only). */
  snapshot(): [string, Var][] {
    return [...this.scopes[0]!.entries()].map(([k, v]) => [k, { ...v, value: v.value instanceof Map ? (new Map(v.value as Map<never, string>)) : v.value }]);
  }
  static restore(entries: [string, Var][]): VarStore {
    const s = new VarStore();
    for (const [k, v] of entries) s.scopes[0]!.set(k, v);
    return s;
  }
}
