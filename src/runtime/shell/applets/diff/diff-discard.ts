/** The lines left for the Myers search, with their indexes among all compared lines. */
export interface Kept {
  x: Int32Array;
  y: Int32Array;
  xr: Int32Array;
  yr: Int32Array;
}

/**
 * GNU discard_confusing_lines: lines with no match in the other file (and, inside runs of those,
 * lines matching very many) are marked changed up front and kept out of the search.
 */
export function discardConfusing(eq0: Int32Array, eq1: Int32Array, nclass: number, ch0: Uint8Array, ch1: Uint8Array, minimal: boolean): Kept {
  const count = [new Int32Array(nclass), new Int32Array(nclass)];
  for (const c of eq0) count[0]![c]!++;
  for (const c of eq1) count[1]![c]!++;
  const eqs = [eq0, eq1];
  const discards = [new Uint8Array(eq0.length), new Uint8Array(eq1.length)];
  for (let f = 0; f < 2; f++) {
    const end = eqs[f]!.length;
    const d = discards[f]!;
    const counts = count[1 - f]!;
    let many = 5;
    let tem = Math.floor(end / 64);
    while ((tem >>= 2) > 0) many *= 2;
    for (let i = 0; i < end; i++) {
      const n = counts[eqs[f]![i]!]!;
      if (n === 0) d[i] = 1;
      else if (n > many) d[i] = 2;
    }
  }
  for (let f = 0; f < 2; f++) cancelProvisional(discards[f]!);
  const chs = [ch0, ch1];
  const out: Int32Array[] = [];
  const real: Int32Array[] = [];
  for (let f = 0; f < 2; f++) {
    const eq = eqs[f]!;
    const d = discards[f]!;
    const keptEq: number[] = [];
    const keptIdx: number[] = [];
    for (let i = 0; i < eq.length; i++) {
      if (minimal || d[i] === 0) {
        keptEq.push(eq[i]!);
        keptIdx.push(i);
      } else chs[f]![i + 1] = 1;
    }
    out.push(Int32Array.from(keptEq));
    real.push(Int32Array.from(keptIdx));
  }
  return { x: out[0]!, y: out[1]!, xr: real[0]!, yr: real[1]! };
}

/** Provisional discards (lines matching too many lines) stand only inside runs of real ones. */
function cancelProvisional(d: Uint8Array): void {
  const end = d.length;
  for (let i = 0; i < end; i++) {
    if (d[i] === 2) d[i] = 0;
    else if (d[i] !== 0) {
      let provisional = 0;
      let j: number;
      for (j = i; j < end; j++) {
        if (d[j] === 0) break;
        if (d[j] === 2) provisional++;
      }
      while (j > i && d[j - 1] === 2) {
        d[--j] = 0;
        provisional--;
      }
      const length = j - i;
      if (provisional * 4 > length) {
        while (j > i) if (d[--j] === 2) d[j] = 0;
      } else {
        let minimum = 1;
        let tem = length >> 2;
        while ((tem >>= 2) > 0) minimum <<= 1;
        minimum++;
        let consec = 0;
        for (j = 0; j < length; j++) {
          if (d[i + j] !== 2) consec = 0;
          else if (minimum === ++consec) j -= consec;
          else if (minimum < consec) d[i + j] = 0;
        }
        for (j = 0, consec = 0; j < length; j++) {
          if (j >= 8 && d[i + j] === 1) break;
          if (d[i + j] === 2) {
            consec = 0;
            d[i + j] = 0;
          } else if (d[i + j] === 0) consec = 0;
          else consec++;
          if (consec === 3) break;
        }
        i += length - 1;
        for (j = 0, consec = 0; j < length; j++) {
          if (j >= 8 && d[i - j] === 1) break;
          if (d[i - j] === 2) {
            consec = 0;
            d[i - j] = 0;
          } else if (d[i - j] === 0) consec = 0;
          else consec++;
          if (consec === 3) break;
        }
      }
    }
  }
}
