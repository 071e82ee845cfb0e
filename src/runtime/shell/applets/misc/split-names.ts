/** split's output names: PREFIX + suffix (+ additional suffix), auto-widening like split.c. */
export class SuffixGen {
  private idx: number[] = [];
  private base: string;
  private len: number;
  private started = false;

  constructor(
    prefix: string,
    len: number,
    private readonly alphabet: string,
    private readonly auto: boolean,
    private readonly extra: string,
    private readonly start: string | null,
  ) {
    this.base = prefix;
    this.len = len;
  }

  private reset(): void {
    this.idx = new Array<number>(this.len).fill(0);
    if (this.start) {
      const s = this.start;
      for (let i = 0; i < s.length; i++) this.idx[this.len - s.length + i] = this.alphabet.indexOf(s[i]!);
    }
  }

  /** The next file name, or null when the suffixes are exhausted. */
  next(): string | null {
    if (!this.started) {
      this.started = true;
      this.reset();
      return this.name();
    }
    for (let i = this.len - 1; i >= 0; i--) {
      this.idx[i]!++;
      if (this.auto && i === 0 && this.idx[0]! + 1 >= this.alphabet.length) {
        // the leading suffix character joins the prefix and the suffix grows by one
        this.base += this.alphabet[this.idx[0]!];
        this.len++;
        this.idx = new Array<number>(this.len).fill(0);
        return this.name();
      }
      if (this.idx[i]! < this.alphabet.length) return this.name();
      this.idx[i] = 0;
    }
    return null;
  }

  private name(): string {
    return this.base + this.idx.map((i) => this.alphabet[i]).join('') + this.extra;
  }
}
