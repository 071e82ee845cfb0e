/**
 * gnulib's randint/randperm over a byte source, so `shuf --random-source=FILE` picks the same
 * lines as the real tool for the same bytes.
 */
export type ByteFeed = (n: number) => Promise<number[]>;

const MASK = (1n << 64n) - 1n;
const shl = (x: bigint) => (x << 8n) & MASK;

export class RandInt {
  private randnum = 0n;
  private randmax = 0n;
  constructor(private readonly feed: ByteFeed) {}

  async genmax(genmax: bigint): Promise<bigint> {
    const choices = genmax + 1n;
    for (;;) {
      if (this.randmax < genmax) {
        let i = 0;
        let rmax = this.randmax;
        do {
          rmax = shl(rmax) + 255n;
          i++;
        } while (rmax < genmax);
        const buf = await this.feed(i);
        i = 0;
        do {
          this.randnum = shl(this.randnum) + BigInt(buf[i]!);
          this.randmax = shl(this.randmax) + 255n;
          i++;
        } while (this.randmax < genmax);
      }
      if (this.randmax === genmax) {
        const r = this.randnum;
        this.randnum = this.randmax = 0n;
        return r;
      }
      const excess = this.randmax - genmax;
      const unusable = excess % choices;
      const lastUsable = this.randmax - unusable;
      const reduced = this.randnum % choices;
      if (this.randnum <= lastUsable) {
        this.randnum = this.randnum / choices;
        this.randmax = excess / choices;
        return reduced;
      }
      this.randnum = reduced;
      this.randmax = unusable - 1n;
    }
  }

  async choose(n: number): Promise<number> {
    return Number(await this.genmax(BigInt(n) - 1n));
  }
}

/** randperm_new: the first h entries of a Fisher-Yates shuffle of 0..n-1. */
export async function randperm(r: RandInt, h: number, n: number, tick: () => Promise<void>): Promise<number[]> {
  if (h === 0) return [];
  if (h === 1) return [await r.choose(n)];
  const v = new Map<number, number>();
  const at = (i: number) => v.get(i) ?? i;
  const out: number[] = [];
  for (let i = 0; i < h; i++) {
    const j = i + (await r.choose(n - i));
    const vi = at(i);
    const vj = at(j);
    v.set(i, vj);
    v.set(j, vi);
    out.push(vj);
    if (i % 1024 === 0) await tick();
  }
  return out;
}
