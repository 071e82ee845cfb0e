/**
 * The line matcher of GNU diff 3.8 (analyze.c + io.c + gnulib diffseq.h), ported so hunks come
 * out exactly as GNU prints them: the npm `diff` package runs a plain forward Myers search without
 * GNU's identical-ends trimming, confusing-line discarding, middle-snake split and boundary
 * shifting, and so it aligns runs of repeated lines differently.
 */

import { discardConfusing, type Kept } from './diff-discard.ts';

/** One input as diff reads it: the raw bytes and whether a newline had to be supplied. */
export interface DiffText {
  /** Bytes, with a final newline appended when the file lacked one. */
  buf: string;
  missingNewline: boolean;
  /** Lines including their newline (the last one's newline is the appended one if missing). */
  lines: string[];
}

export interface Change {
  line0: number;
  line1: number;
  deleted: number;
  inserted: number;
  /** Set by the hunk grouping when every line of it is ignorable (-B, -I). */
  ignore?: boolean;
}

export interface SeqOptions {
  /** Canonical form of a line (without its newline) under -i/-b/-w/-E/-Z. */
  key: (line: string) => string;
  /** Whether -b/-w/-Z lets an incomplete last line equal a complete one. */
  trailingBlind: boolean;
  horizon: number;
  minimal: boolean;
}

export function toText(raw: string): DiffText {
  const missingNewline = raw !== '' && !raw.endsWith('\n');
  const buf = missingNewline ? `${raw}\n` : raw;
  const lines = buf === '' ? [] : buf.slice(0, -1).split('\n').map((l) => `${l}\n`);
  return { buf, missingNewline, lines };
}

/** Line counts of the identical prefix and suffix that diff leaves out of the comparison. */
function identicalEnds(a: DiffText, b: DiffText, horizon: number): { prefix: number; suffix0: number; suffix1: number } {
  const b0 = a.buf;
  const b1 = b.buf;
  const n0 = b0.length;
  const n1 = b1.length;
  let p = 0;
  const lim = Math.min(n0, n1);
  while (p < lim && b0.charCodeAt(p) === b1.charCodeAt(p)) p++;
  // Don't count an appended newline as part of the prefix.
  if ((n0 - (a.missingNewline ? 1 : 0) < p) !== (n1 - (b.missingNewline ? 1 : 0) < p)) p--;
  let hor = horizon;
  while (p !== 0 && (b0[p - 1] !== '\n' || hor-- > 0)) p--;
  const prefixEnd = p;
  const prefix = countNl(b0, 0, prefixEnd);
  let s0 = n0;
  let s1 = n1;
  if (a.missingNewline === b.missingNewline) {
    let p0 = n0;
    let p1 = n1;
    let beg0 = prefixEnd + (n0 < n1 ? 0 : n0 - n1);
    while (p0 !== beg0) {
      if (b0[--p0] !== b1[--p1]) {
        p0++;
        p1++;
        beg0 = p0;
        break;
      }
    }
    const atLineStart = (p0 === 0 || b0[p0 - 1] === '\n') && (p1 === 0 || b1[p1 - 1] === '\n');
    let i = horizon + (atLineStart ? 0 : 1);
    while (i-- > 0 && p0 !== n0) {
      while (b0[p0++] !== '\n');
    }
    p1 += p0 - beg0;
    s0 = p0;
    s1 = p1;
  }
  return { prefix, suffix0: countNl(b0, s0, n0), suffix1: countNl(b1, s1, n1) };
}

function countNl(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

/** GNU's edit script between two texts, in absolute 0-based line numbers. */
export function diffTexts(a: DiffText, b: DiffText, o: SeqOptions): Change[] {
  const ends = identicalEnds(a, b, o.horizon);
  const pre = ends.prefix;
  const len0 = a.lines.length - pre - ends.suffix0;
  const len1 = b.lines.length - pre - ends.suffix1;
  const classes = new Map<string, number>();
  let next = 1;
  const equivsOf = (t: DiffText, len: number): Int32Array => {
    const eq = new Int32Array(len);
    for (let i = 0; i < len; i++) {
      const idx = pre + i;
      const line = t.lines[idx]!;
      const incomplete = idx === t.lines.length - 1 && t.missingNewline && !o.trailingBlind;
      const k = (incomplete ? '\u0001' : '\u0000') + o.key(line.slice(0, -1));
      let c = classes.get(k);
      if (c === undefined) classes.set(k, (c = next++));
      eq[i] = c;
    }
    return eq;
  };
  const eq0 = equivsOf(a, len0);
  const eq1 = equivsOf(b, len1);
  // changed arrays carry a false sentinel on each side: index i lives at i + 1.
  const ch0 = new Uint8Array(len0 + 2);
  const ch1 = new Uint8Array(len1 + 2);
  const kept = discardConfusing(eq0, eq1, next, ch0, ch1, o.minimal);
  compareAll(kept, ch0, ch1, o.minimal);
  shiftBoundaries(eq0, ch0, ch1, len0);
  shiftBoundaries(eq1, ch1, ch0, len1);
  const script: Change[] = [];
  let i0 = 0;
  let i1 = 0;
  while (i0 < len0 || i1 < len1) {
    if (ch0[i0 + 1] || ch1[i1 + 1]) {
      const l0 = i0;
      const l1 = i1;
      while (ch0[i0 + 1]) i0++;
      while (ch1[i1 + 1]) i1++;
      script.push({ line0: l0 + pre, line1: l1 + pre, deleted: i0 - l0, inserted: i1 - l1 });
    }
    i0++;
    i1++;
  }
  return script;
}

function compareAll(k: Kept, ch0: Uint8Array, ch1: Uint8Array, minimal: boolean): void {
  const xv = k.x;
  const yv = k.y;
  const nx = xv.length;
  const ny = yv.length;
  const diags = nx + ny + 3;
  const off = ny + 1;
  const fd = new Float64Array(diags);
  const bd = new Float64Array(diags);
  let tooExpensive = 1;
  for (let d = diags; d !== 0; d >>= 2) tooExpensive <<= 1;
  tooExpensive = Math.max(4096, tooExpensive);
  const part = { xmid: 0, ymid: 0, loMin: false, hiMin: false };

  const diag = (xoff: number, xlim: number, yoff: number, ylim: number, findMinimal: boolean): void => {
    const dmin = xoff - ylim;
    const dmax = xlim - yoff;
    const fmid = xoff - yoff;
    const bmid = xlim - ylim;
    let fmin = fmid;
    let fmax = fmid;
    let bmin = bmid;
    let bmax = bmid;
    const odd = ((fmid - bmid) & 1) !== 0;
    fd[fmid + off] = xoff;
    bd[bmid + off] = xlim;
    for (let c = 1; ; c++) {
      if (fmin > dmin) fd[--fmin - 1 + off] = -1;
      else fmin++;
      if (fmax < dmax) fd[++fmax + 1 + off] = -1;
      else fmax--;
      for (let d = fmax; d >= fmin; d -= 2) {
        const tlo = fd[d - 1 + off]!;
        const thi = fd[d + 1 + off]!;
        const x0 = tlo < thi ? thi : tlo + 1;
        let x = x0;
        let y = x0 - d;
        while (x < xlim && y < ylim && xv[x] === yv[y]) {
          x++;
          y++;
        }
        fd[d + off] = x;
        if (odd && bmin <= d && d <= bmax && bd[d + off]! <= x) {
          Object.assign(part, { xmid: x, ymid: y, loMin: true, hiMin: true });
          return;
        }
      }
      if (bmin > dmin) bd[--bmin - 1 + off] = Number.MAX_SAFE_INTEGER;
      else bmin++;
      if (bmax < dmax) bd[++bmax + 1 + off] = Number.MAX_SAFE_INTEGER;
      else bmax--;
      for (let d = bmax; d >= bmin; d -= 2) {
        const tlo = bd[d - 1 + off]!;
        const thi = bd[d + 1 + off]!;
        const x0 = tlo < thi ? tlo : thi - 1;
        let x = x0;
        let y = x0 - d;
        while (xoff < x && yoff < y && xv[x - 1] === yv[y - 1]) {
          x--;
          y--;
        }
        bd[d + off] = x;
        if (!odd && fmin <= d && d <= fmax && x <= fd[d + off]!) {
          Object.assign(part, { xmid: x, ymid: y, loMin: true, hiMin: true });
          return;
        }
      }
      if (findMinimal) continue;
      if (c >= tooExpensive) {
        let fxybest = -1;
        let fxbest = 0;
        for (let d = fmax; d >= fmin; d -= 2) {
          let x = Math.min(fd[d + off]!, xlim);
          let y = x - d;
          if (ylim < y) {
            x = ylim + d;
            y = ylim;
          }
          if (fxybest < x + y) {
            fxybest = x + y;
            fxbest = x;
          }
        }
        let bxybest = Number.MAX_SAFE_INTEGER;
        let bxbest = 0;
        for (let d = bmax; d >= bmin; d -= 2) {
          let x = Math.max(xoff, bd[d + off]!);
          let y = x - d;
          if (y < yoff) {
            x = yoff + d;
            y = yoff;
          }
          if (x + y < bxybest) {
            bxybest = x + y;
            bxbest = x;
          }
        }
        if (xlim + ylim - bxybest < fxybest - (xoff + yoff)) Object.assign(part, { xmid: fxbest, ymid: fxybest - fxbest, loMin: true, hiMin: false });
        else Object.assign(part, { xmid: bxbest, ymid: bxybest - bxbest, loMin: false, hiMin: true });
        return;
      }
    }
  };

  // An explicit stack keeps deep recursion on long inputs off the JS call stack.
  const stack: [number, number, number, number, boolean][] = [[0, nx, 0, ny, minimal]];
  while (stack.length) {
    let [xoff, xlim, yoff, ylim, findMin] = stack.pop()!;
    while (xoff < xlim && yoff < ylim && xv[xoff] === yv[yoff]) {
      xoff++;
      yoff++;
    }
    while (xoff < xlim && yoff < ylim && xv[xlim - 1] === yv[ylim - 1]) {
      xlim--;
      ylim--;
    }
    if (xoff === xlim) while (yoff < ylim) ch1[k.yr[yoff++]! + 1] = 1;
    else if (yoff === ylim) while (xoff < xlim) ch0[k.xr[xoff++]! + 1] = 1;
    else {
      diag(xoff, xlim, yoff, ylim, findMin);
      const { xmid, ymid, loMin, hiMin } = part;
      stack.push([xmid, xlim, ymid, ylim, hiMin]);
      stack.push([xoff, xmid, yoff, ymid, loMin]);
    }
  }
}

/** Slides each run of changes so that it merges with neighbours and lines up with the other file. */
function shiftBoundaries(equivs: Int32Array, changedArr: Uint8Array, otherArr: Uint8Array, iEnd: number): void {
  const changed = (i: number): number => changedArr[i + 1]!;
  const setC = (i: number, v: number): void => {
    changedArr[i + 1] = v;
  };
  const other = (j: number): number => otherArr[j + 1]!;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < iEnd && !changed(i)) {
      while (other(j++));
      i++;
    }
    if (i === iEnd) break;
    let start = i;
    while (changed(++i));
    while (other(j)) j++;
    let runlength: number;
    let corresponding: number;
    do {
      runlength = i - start;
      while (start && equivs[start - 1] === equivs[i - 1]) {
        setC(--start, 1);
        setC(--i, 0);
        while (changed(start - 1)) start--;
        while (other(--j));
      }
      corresponding = other(j - 1) ? i : iEnd;
      while (i !== iEnd && equivs[start] === equivs[i]) {
        setC(start++, 0);
        setC(i++, 1);
        while (changed(i)) i++;
        while (other(++j)) corresponding = i;
      }
    } while (runlength !== i - start);
    while (corresponding < i) {
      setC(--start, 1);
      setC(--i, 0);
      while (other(--j));
    }
  }
}
