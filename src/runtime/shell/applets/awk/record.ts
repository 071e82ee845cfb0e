/**
 * $0 and the fields (mawk field.c): $0 is split lazily, assigning a field rebuilds $0 with
 * OFS, assigning NF truncates or pads, and input text stays a "maybe number" until used.
 */
import { AwkRuntimeError } from './awk-error.ts';
import { splitWith, type Splitter } from './split.ts';
import { dToI, mbstrn, toNum, toStr, type Value } from './values.ts';

export interface RecordEnv {
  splitter(): Splitter;
  ofs(): string;
  convfmt(): string;
}

export class Record {
  /** $0 as assigned or read; `raw0` when it is unchecked input text. */
  private zero: Value = '';
  private raw0: string | null = null;
  /** Fields 1..nf: unchecked input text in `raw`, assigned values in `vals`. */
  private raw: string[] = [];
  private vals: (Value | undefined)[] = [];
  /** -1 while $0 has not been split. */
  private nf = 0;
  /** NF as last assigned (mawk keeps the assigned cell). */
  private nfValue: Value | null = null;

  constructor(private readonly env: RecordEnv) {}

  /** A record read from input. */
  setInput(s: string): void {
    this.raw0 = s;
    this.zero = s;
    this.nf = -1;
    this.nfValue = null;
  }

  get0(): Value {
    if (this.raw0 !== null) {
      this.zero = this.raw0 === '' ? '' : mbstrn(this.raw0);
      this.raw0 = null;
    }
    return this.zero;
  }

  /** $0 as text without the numeric check (print, matching). */
  text0(): string {
    if (this.raw0 !== null) return this.raw0;
    return toStr(this.zero, this.env.convfmt());
  }

  set0(v: Value): void {
    this.zero = v;
    this.raw0 = null;
    this.nf = -1;
    this.nfValue = null;
  }

  private split(): void {
    const parts = splitWith(this.text0(), this.env.splitter());
    this.raw = parts;
    this.vals = new Array(parts.length);
    this.nf = parts.length;
  }

  /** Splits $0 now if it has not been split yet (before FS changes). */
  splitPending(): void {
    if (this.nf < 0) this.split();
  }

  getNF(): Value {
    if (this.nf < 0) this.split();
    return this.nfValue ?? this.nf;
  }

  get(i: number): Value {
    if (i === 0) return this.get0();
    if (this.nf < 0) this.split();
    if (i > this.nf) return '';
    const k = i - 1;
    let v = this.vals[k];
    if (v === undefined) {
      const r = this.raw[k]!;
      v = this.vals[k] = r === '' ? '' : mbstrn(r);
    }
    return v;
  }

  /** Text of field i (for fast paths that only need the string). */
  text(i: number): string {
    if (i === 0) return this.text0();
    if (this.nf < 0) this.split();
    if (i > this.nf) return '';
    const v = this.vals[i - 1];
    return v === undefined ? this.raw[i - 1]! : toStr(v, this.env.convfmt());
  }

  set(i: number, v: Value): void {
    if (i === 0) return this.set0(v);
    if (this.nf < 0) this.split();
    if (i > 1e7) throw new AwkRuntimeError(`program limit exceeded: maximum number of fields size=${1e7}`);
    while (this.nf < i) {
      this.raw[this.nf] = '';
      this.vals[this.nf] = '';
      this.nf++;
    }
    this.vals[i - 1] = v;
    this.nfValue = null;
    this.rebuild();
  }

  setNF(v: Value): void {
    if (this.nf < 0) this.split();
    const n = dToI(toNum(v));
    if (n < 0) throw new AwkRuntimeError('negative value assigned to NF');
    while (this.nf < n) {
      this.raw[this.nf] = '';
      this.vals[this.nf] = '';
      this.nf++;
    }
    this.nf = n;
    this.raw.length = n;
    this.vals.length = n;
    this.nfValue = v;
    this.rebuild();
  }

  private rebuild(): void {
    const n = this.nf;
    this.raw0 = null;
    if (n === 0) this.zero = '';
    else if (n === 1) this.zero = this.get(1);
    else {
      const ofs = this.env.ofs();
      let s = this.text(1);
      for (let k = 2; k <= n; k++) s += ofs + this.text(k);
      this.zero = s;
    }
  }
}
