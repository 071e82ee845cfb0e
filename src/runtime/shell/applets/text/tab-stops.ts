/** Tab stop lists of expand/unexpand (coreutils expand-common.c). */
export class TabStops {
  list: number[] = [];
  extend = 0;
  increment = 0;
  size = 0;
  errors: string[] = [];

  /** Parses one -t argument (numbers separated by commas or blanks; `/N`, `+N` for the last). */
  parse(spec: string): void {
    let have = false;
    let val = 0n;
    let ext = false;
    let inc = false;
    const commit = (): boolean => {
      const v = Number(val);
      if (ext) {
        if (this.extend) return this.fail("'/' specifier only allowed with the last value");
        this.extend = v;
      } else if (inc) {
        if (this.increment) return this.fail("'+' specifier only allowed with the last value");
        this.increment = v;
      } else this.list.push(v);
      return true;
    };
    for (let i = 0; i < spec.length; i++) {
      const c = spec[i]!;
      if (c === ',' || c === ' ' || c === '\t') {
        if (have && !commit()) return;
        have = false;
      } else if (c === '/') {
        if (have) this.fail(`'/' specifier not at start of number: '${spec.slice(i)}'`);
        ext = true;
        inc = false;
      } else if (c === '+') {
        if (have) this.fail(`'+' specifier not at start of number: '${spec.slice(i)}'`);
        inc = true;
        ext = false;
      } else if (c >= '0' && c <= '9') {
        if (!have) {
          val = 0n;
          have = true;
        }
        val = val * 10n + BigInt(c.charCodeAt(0) - 48);
        if (val > 0xffffffffffffffffn) {
          const len = /^\d*/.exec(spec.slice(i))![0].length;
          const start = spec.slice(0, i).search(/\d*$/);
          this.fail(`tab stop is too large '${spec.slice(start, i + len)}'`);
          i += len - 1;
          have = false;
        }
      } else {
        this.fail(`tab size contains invalid character(s): '${spec.slice(i)}'`);
        return;
      }
    }
    if (this.errors.length === 0 && have) commit();
  }

  private fail(msg: string): false {
    this.errors.push(msg);
    return false;
  }

  /** validate_tab_stops + finalize_tab_stops; returns the fatal message, if any. */
  finish(): string | undefined {
    let prev = 0;
    for (const t of this.list) {
      if (t === 0) return 'tab size cannot be 0';
      if (t <= prev) return 'tab sizes must be ascending';
      prev = t;
    }
    if (this.increment && this.extend) return "'/' specifier is mutually exclusive with '+'";
    if (this.list.length === 0) this.size = this.extend || this.increment || 8;
    else if (this.list.length === 1 && !this.extend && !this.increment) this.size = this.list[0]!;
    else this.size = 0;
    return undefined;
  }

  /** The next stop after `col`, or -1 past the last one; `idx.i` remembers the list position. */
  next(col: number, idx: { i: number }): number {
    if (this.size) return col + (this.size - (col % this.size));
    for (; idx.i < this.list.length; idx.i++) if (col < this.list[idx.i]!) return this.list[idx.i]!;
    if (this.extend) return col + (this.extend - (col % this.extend));
    if (this.increment) {
      const end = this.list[this.list.length - 1]!;
      return col + (this.increment - ((col - end) % this.increment));
    }
    return -1;
  }
}

/** `expand -4` and `expand -2,8`: old spellings of -t (for unexpand they do not imply -a). */
export function obsoleteTabs(args: string[]): { args: string[]; specs: string[] } {
  const out: string[] = [];
  const specs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') return { args: [...out, ...args.slice(i)], specs };
    if (a === '-t') {
      out.push(a, ...args.slice(i + 1, i + 2));
      i++;
      continue;
    }
    const m = /^-(\d.*)$/.exec(a);
    if (m) specs.push(m[1]!);
    else out.push(a);
  }
  return { args: out, specs };
}
