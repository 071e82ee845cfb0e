import { BlockWriter } from './deflate-trees.ts';

/**
 * zlib 1.2.13's deflate_fast (levels 1-3) and deflate_slow (lazy matching, 4-9) over the
 * whole input at once. Positions are absolute; `base` follows zlib's window slides so that its
 * NIL rule (a relative position 0 is "no match") and MAX_DIST limit pick the same matches.
 */
const WSIZE = 32768;
const WMASK = WSIZE - 1;
const MIN_MATCH = 3;
const MAX_MATCH = 258;
const MIN_LOOKAHEAD = MAX_MATCH + MIN_MATCH + 1;
const MAX_DIST = WSIZE - MIN_LOOKAHEAD;
const TOO_FAR = 4096;
// good_length, max_lazy (max_insert for 1-3), nice_length, max_chain: zlib's table.
const CONFIG: Record<number, [number, number, number, number]> = {
  1: [4, 4, 8, 4],
  2: [4, 5, 16, 8],
  3: [4, 6, 32, 32],
  4: [4, 4, 16, 16],
  5: [8, 16, 32, 32],
  6: [8, 16, 128, 128],
  7: [8, 32, 128, 256],
  8: [32, 128, 258, 1024],
  9: [32, 258, 258, 4096],
};

export function deflateLazy(data: Uint8Array, level: number): Uint8Array {
  const [goodMatch, maxLazy, niceLength, maxChain] = CONFIG[level]!;
  const len = data.length;
  const head = new Int32Array(1 << 15);
  const prev = new Int32Array(WSIZE);
  const w = new BlockWriter();
  let base = 0;
  // Past the input zlib's window holds zeros until its first slide, then the stale upper half.
  const at = (i: number) => (i < len ? data[i]! : base > 0 ? data[i - WSIZE]! : 0);
  let end = Math.min(len, 2 * WSIZE);
  let strstart = 0;
  let blockStart = 0;
  let matchLength = MIN_MATCH - 1;
  let matchStart = 0;
  let matchAvailable = false;
  const insert = (str: number): number => {
    const h = ((at(str) << 10) ^ (at(str + 1) << 5) ^ at(str + 2)) & 0x7fff;
    const m = head[h]!;
    prev[str & WMASK] = m;
    head[h] = str;
    return m;
  };
  const valid = (p: number) => p > base;

  const longest = (curMatch: number, prevLength: number, lookahead: number): number => {
    let chain = prevLength >= goodMatch ? maxChain >> 2 : maxChain;
    let bestLen = prevLength;
    const nice = Math.min(niceLength, lookahead);
    const limit = strstart - base > MAX_DIST ? strstart - MAX_DIST : base;
    const scan = strstart;
    do {
      const match = curMatch;
      if (at(match + bestLen) !== at(scan + bestLen) || at(match + bestLen - 1) !== at(scan + bestLen - 1) || at(match) !== at(scan) || at(match + 1) !== at(scan + 1)) continue;
      // zlib skips byte 2 (equal hashes imply it) and compares from byte 3 up to MAX_MATCH.
      let l = 3;
      while (l < MAX_MATCH && at(scan + l) === at(match + l)) l++;
      if (l > bestLen) {
        matchStart = curMatch;
        bestLen = l;
        if (l >= nice) break;
      }
    } while ((curMatch = prev[curMatch & WMASK]!) > limit && --chain !== 0);
    return bestLen <= lookahead ? bestLen : lookahead;
  };

  const flush = (last: boolean) => {
    w.flush(data, blockStart, strstart - blockStart, last);
    blockStart = strstart;
  };

  const fast = level <= 3;
  for (;;) {
    let lookahead = end - strstart;
    if (lookahead < MIN_LOOKAHEAD) {
      // fill_window slides even when no input is left.
      if (strstart - base >= WSIZE + MAX_DIST) base += WSIZE;
      end = Math.min(len, base + 2 * WSIZE);
      lookahead = end - strstart;
    }
    if (lookahead === 0) break;
    let hashHead = 0;
    if (lookahead >= MIN_MATCH) hashHead = insert(strstart);
    if (fast) {
      // deflate_fast: take a match at once; matchLength carries over when there is no candidate.
      if (valid(hashHead) && strstart - hashHead <= MAX_DIST) matchLength = longest(hashHead, MIN_MATCH - 1, lookahead);
      let full: boolean;
      if (matchLength >= MIN_MATCH) {
        full = w.tally(strstart - matchStart, matchLength - MIN_MATCH);
        lookahead -= matchLength;
        if (matchLength <= maxLazy && lookahead >= MIN_MATCH) {
          for (let n = matchLength - 1; n > 0; n--) insert(++strstart);
          strstart++;
        } else strstart += matchLength;
        matchLength = 0;
      } else {
        full = w.tally(0, data[strstart]!);
        strstart++;
      }
      if (full) flush(false);
      continue;
    }
    const prevLength = matchLength;
    const prevMatch = matchStart;
    matchLength = MIN_MATCH - 1;
    if (valid(hashHead) && prevLength < maxLazy && strstart - hashHead <= MAX_DIST) {
      matchLength = longest(hashHead, prevLength, lookahead);
      if (matchLength <= 5 && matchLength === MIN_MATCH && strstart - matchStart > TOO_FAR) matchLength = MIN_MATCH - 1;
    }
    if (prevLength >= MIN_MATCH && matchLength <= prevLength) {
      const maxInsert = strstart + lookahead - MIN_MATCH;
      const full = w.tally(strstart - 1 - prevMatch, prevLength - MIN_MATCH);
      for (let n = prevLength - 2; n > 0; n--) if (++strstart <= maxInsert) insert(strstart);
      matchAvailable = false;
      matchLength = MIN_MATCH - 1;
      strstart++;
      if (full) flush(false);
    } else if (matchAvailable) {
      if (w.tally(0, data[strstart - 1]!)) flush(false);
      strstart++;
    } else {
      matchAvailable = true;
      strstart++;
    }
  }
  if (matchAvailable) w.tally(0, data[strstart - 1]!);
  flush(true);
  return Uint8Array.from(w.bits.out);
}
