/**
 * glibc's random()/srandom() (TYPE_3 additive feedback generator), which mawk's rand() uses:
 * `srand(1); print rand()` gives 0.840188 as on the real system.
 */
export class GlibcRandom {
  private r: number[] = [];
  private k = 0;

  constructor(seed = 1) {
    this.seed(seed);
  }

  seed(seed: number): void {
    const s = seed >>> 0 || 1;
    const r: number[] = new Array(34);
    r[0] = s | 0;
    for (let i = 1; i < 31; i++) {
      const hi = Math.trunc(r[i - 1]! / 127773);
      const lo = r[i - 1]! % 127773;
      let w = 16807 * lo - 2836 * hi;
      if (w < 0) w += 2147483647;
      r[i] = w;
    }
    for (let i = 31; i < 34; i++) r[i] = r[i - 31]!;
    this.r = r;
    this.k = 34;
    for (let i = 0; i < 310; i++) this.step();
  }

  private step(): number {
    const r = this.r;
    const v = (r[this.k - 31]! + r[this.k - 3]!) | 0;
    r.push(v);
    this.k++;
    if (r.length > 4096) {
      this.r = r.slice(r.length - 34);
      this.k = 34;
    }
    return v;
  }

  /** random(): 0 .. 2^31-1. */
  next(): number {
    return this.step() >>> 1;
  }
}
