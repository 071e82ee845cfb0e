/**
 * Huffman block coding of zlib 1.2.13's trees.c (which gzip 1.12's output matches byte for byte):
 * the same heap tie-breaking, length-limit repair, tree run-length coding and stored/static/
 * dynamic choice, so `gzip -c | wc -c` gives the real sizes. Node's bundled zlib is Chromium's
 * fork, whose different match finder changes the output.
 */
const L_CODES = 286;
const D_CODES = 30;
const BL_CODES = 19;
const END_BLOCK = 256;
const EXTRA_L = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const EXTRA_D = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const EXTRA_BL = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7];
const BL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

// Static tables, built the way tr_static_init does.
const LENGTH_CODE = new Uint8Array(256);
const BASE_LENGTH = new Int32Array(29);
const DIST_CODE = new Uint8Array(512);
const BASE_DIST = new Int32Array(30);
{
  let length = 0;
  for (let code = 0; code < 28; code++) {
    BASE_LENGTH[code] = length;
    for (let n = 0; n < 1 << EXTRA_L[code]!; n++) LENGTH_CODE[length++] = code;
  }
  LENGTH_CODE[length - 1] = 28;
  let dist = 0;
  for (let code = 0; code < 16; code++) {
    BASE_DIST[code] = dist;
    for (let n = 0; n < 1 << EXTRA_D[code]!; n++) DIST_CODE[dist++] = code;
  }
  dist >>= 7;
  for (let code = 16; code < D_CODES; code++) {
    BASE_DIST[code] = dist << 7;
    for (let n = 0; n < 1 << (EXTRA_D[code]! - 7); n++) DIST_CODE[256 + dist++] = code;
  }
}
const dCode = (dist: number) => (dist < 256 ? DIST_CODE[dist]! : DIST_CODE[256 + (dist >> 7)]!);

interface Tree {
  freq: Int32Array;
  len: Int32Array;
  code: Int32Array;
  maxCode: number;
}
const newTree = (size: number): Tree => ({ freq: new Int32Array(size), len: new Int32Array(size), code: new Int32Array(size), maxCode: 0 });

function reverse(code: number, len: number): number {
  let res = 0;
  do {
    res |= code & 1;
    code >>>= 1;
    res <<= 1;
  } while (--len > 0);
  return res >>> 1;
}

function genCodes(t: Tree, maxCode: number, blCount: Int32Array): void {
  const next = new Int32Array(16);
  let code = 0;
  for (let bits = 1; bits <= 15; bits++) next[bits] = code = (code + blCount[bits - 1]!) << 1;
  for (let n = 0; n <= maxCode; n++) if (t.len[n]) t.code[n] = reverse(next[t.len[n]!]!++, t.len[n]!);
}

const STATIC_L = newTree(288);
const STATIC_D = newTree(30);
{
  const count = new Int32Array(16);
  for (let n = 0; n < 288; n++) count[(STATIC_L.len[n] = n < 144 ? 8 : n < 256 ? 9 : n < 280 ? 7 : 8)]!++;
  genCodes(STATIC_L, 287, count);
  for (let n = 0; n < 30; n++) (STATIC_D.len[n] = 5), (STATIC_D.code[n] = reverse(n, 5));
}

class Bits {
  out: number[] = [];
  private buf = 0;
  private n = 0;
  send(value: number, length: number): void {
    this.buf |= value << this.n;
    this.n += length;
    while (this.n >= 8) {
      this.out.push(this.buf & 0xff);
      this.buf >>>= 8;
      this.n -= 8;
    }
  }
  windup(): void {
    if (this.n > 0) this.out.push(this.buf & 0xff);
    this.buf = this.n = 0;
  }
}

/** One block's symbols: lit/len codes (lc) and distances (0 for literals), as _tr_tally stores them. */
export class BlockWriter {
  readonly bits = new Bits();
  private syms: number[] = [];
  private ltree = newTree(2 * L_CODES + 1);
  private dtree = newTree(2 * D_CODES + 1);
  private bltree = newTree(2 * BL_CODES + 1);
  private optLen = 0;
  private staticLen = 0;
  constructor() {
    this.ltree.freq[END_BLOCK] = 1;
  }
  /** Returns true when the symbol buffer is full (zlib's sym_end: lit_bufsize - 1 symbols). */
  tally(dist: number, lc: number): boolean {
    this.syms.push(dist, lc);
    if (dist === 0) this.ltree.freq[lc]!++;
    else {
      this.ltree.freq[LENGTH_CODE[lc]! + 257]!++;
      this.dtree.freq[dCode(dist - 1)]!++;
    }
    return this.syms.length / 2 === 16383;
  }

  flush(data: Uint8Array, start: number, storedLen: number, last: boolean): void {
    this.buildTree(this.ltree, L_CODES, STATIC_L, EXTRA_L, 257, 15);
    this.buildTree(this.dtree, D_CODES, STATIC_D, EXTRA_D, 0, 15);
    this.scanTree(this.ltree, this.ltree.maxCode);
    this.scanTree(this.dtree, this.dtree.maxCode);
    this.buildTree(this.bltree, BL_CODES, null, EXTRA_BL, 0, 7);
    let maxBl = BL_CODES - 1;
    for (; maxBl >= 3; maxBl--) if (this.bltree.len[BL_ORDER[maxBl]!] !== 0) break;
    this.optLen += 3 * (maxBl + 1) + 14;
    let optLenb = (this.optLen + 3 + 7) >> 3;
    const staticLenb = (this.staticLen + 3 + 7) >> 3;
    if (staticLenb <= optLenb) optLenb = staticLenb;
    const b = this.bits;
    if (storedLen + 4 <= optLenb) {
      b.send(last ? 1 : 0, 3);
      b.windup();
      b.out.push(storedLen & 0xff, storedLen >> 8, ~storedLen & 0xff, (~storedLen >> 8) & 0xff);
      for (let i = 0; i < storedLen; i++) b.out.push(data[start + i]!);
    } else if (staticLenb === optLenb) {
      b.send(2 + (last ? 1 : 0), 3);
      this.compress(STATIC_L, STATIC_D);
    } else {
      b.send(4 + (last ? 1 : 0), 3);
      const lcodes = this.ltree.maxCode + 1;
      const dcodes = this.dtree.maxCode + 1;
      b.send(lcodes - 257, 5);
      b.send(dcodes - 1, 5);
      b.send(maxBl + 1 - 4, 4);
      for (let r = 0; r <= maxBl; r++) b.send(this.bltree.len[BL_ORDER[r]!]!, 3);
      this.sendTree(this.ltree, lcodes - 1);
      this.sendTree(this.dtree, dcodes - 1);
      this.compress(this.ltree, this.dtree);
    }
    this.syms = [];
    this.ltree = newTree(2 * L_CODES + 1);
    this.dtree = newTree(2 * D_CODES + 1);
    this.bltree = newTree(2 * BL_CODES + 1);
    this.ltree.freq[END_BLOCK] = 1;
    this.optLen = this.staticLen = 0;
    if (last) b.windup();
  }

  private compress(lt: Tree, dt: Tree): void {
    const b = this.bits;
    for (let i = 0; i < this.syms.length; i += 2) {
      let dist = this.syms[i]!;
      let lc = this.syms[i + 1]!;
      if (dist === 0) {
        b.send(lt.code[lc]!, lt.len[lc]!);
        continue;
      }
      let code = LENGTH_CODE[lc]!;
      b.send(lt.code[code + 257]!, lt.len[code + 257]!);
      if (EXTRA_L[code]) b.send(lc - BASE_LENGTH[code]!, EXTRA_L[code]!);
      dist--;
      code = dCode(dist);
      b.send(dt.code[code]!, dt.len[code]!);
      if (EXTRA_D[code]) b.send(dist - BASE_DIST[code]!, EXTRA_D[code]!);
    }
    b.send(lt.code[END_BLOCK]!, lt.len[END_BLOCK]!);
  }

  private buildTree(t: Tree, elems: number, stree: Tree | null, extra: number[], base: number, maxLength: number): void {
    const heap = new Int32Array(2 * L_CODES + 1);
    const depth = new Int32Array(2 * L_CODES + 1);
    const dad = new Int32Array(2 * L_CODES + 1);
    let heapLen = 0;
    let heapMax = 2 * L_CODES + 1;
    let maxCode = -1;
    for (let n = 0; n < elems; n++) {
      if (t.freq[n] !== 0) heap[++heapLen] = maxCode = n;
      else t.len[n] = 0;
    }
    while (heapLen < 2) {
      const node = (heap[++heapLen] = maxCode < 2 ? ++maxCode : 0);
      t.freq[node] = 1;
      depth[node] = 0;
      this.optLen--;
      if (stree) this.staticLen -= stree.len[node]!;
    }
    t.maxCode = maxCode;
    const smaller = (n: number, m: number) => t.freq[n]! < t.freq[m]! || (t.freq[n] === t.freq[m] && depth[n]! <= depth[m]!);
    const down = (k: number) => {
      const v = heap[k]!;
      let j = k << 1;
      while (j <= heapLen) {
        if (j < heapLen && smaller(heap[j + 1]!, heap[j]!)) j++;
        if (smaller(v, heap[j]!)) break;
        heap[k] = heap[j]!;
        k = j;
        j <<= 1;
      }
      heap[k] = v;
    };
    for (let n = heapLen >> 1; n >= 1; n--) down(n);
    let node = elems;
    do {
      const n = heap[1]!;
      heap[1] = heap[heapLen--]!;
      down(1);
      const m = heap[1]!;
      heap[--heapMax] = n;
      heap[--heapMax] = m;
      t.freq[node] = t.freq[n]! + t.freq[m]!;
      depth[node] = Math.max(depth[n]!, depth[m]!) + 1;
      dad[n] = dad[m] = node;
      heap[1] = node++;
      down(1);
    } while (heapLen >= 2);
    heap[--heapMax] = heap[1]!;
    // gen_bitlen: lengths from the root down, then zlib's repair of over-long codes.
    const blCount = new Int32Array(16);
    t.len[heap[heapMax]!] = 0;
    let overflow = 0;
    let h = heapMax + 1;
    for (; h < 2 * L_CODES + 1; h++) {
      const n = heap[h]!;
      let bits = t.len[dad[n]!]! + 1;
      if (bits > maxLength) (bits = maxLength), overflow++;
      t.len[n] = bits;
      if (n > maxCode) continue;
      blCount[bits]!++;
      const xbits = n >= base ? extra[n - base]! : 0;
      const f = t.freq[n]!;
      this.optLen += f * (bits + xbits);
      if (stree) this.staticLen += f * (stree.len[n]! + xbits);
    }
    if (overflow > 0) {
      do {
        let bits = maxLength - 1;
        while (blCount[bits] === 0) bits--;
        blCount[bits]!--;
        blCount[bits + 1]! += 2;
        blCount[maxLength]!--;
        overflow -= 2;
      } while (overflow > 0);
      for (let bits = maxLength; bits !== 0; bits--) {
        let n = blCount[bits]!;
        while (n !== 0) {
          const m = heap[--h]!;
          if (m > maxCode) continue;
          if (t.len[m] !== bits) {
            this.optLen += (bits - t.len[m]!) * t.freq[m]!;
            t.len[m] = bits;
          }
          n--;
        }
      }
    }
    genCodes(t, maxCode, blCount);
  }

  /** scan_tree and send_tree share their run-length walk; `emit` decides counting vs sending. */
  private walkTree(t: Tree, maxCode: number, emit: (sym: number, extraBits: number, extraLen: number) => void): void {
    let prevlen = -1;
    let nextlen = t.len[0]!;
    let count = 0;
    let maxCount = nextlen === 0 ? 138 : 7;
    let minCount = nextlen === 0 ? 3 : 4;
    const guard = t.len[maxCode + 1]!;
    t.len[maxCode + 1] = 0xffff;
    for (let n = 0; n <= maxCode; n++) {
      const curlen = nextlen;
      nextlen = t.len[n + 1]!;
      if (++count < maxCount && curlen === nextlen) continue;
      else if (count < minCount) for (; count > 0; count--) emit(curlen, 0, 0);
      else if (curlen !== 0) {
        if (curlen !== prevlen) emit(curlen, 0, 0), count--;
        emit(16, count - 3, 2);
      } else if (count <= 10) emit(17, count - 3, 3);
      else emit(18, count - 11, 7);
      count = 0;
      prevlen = curlen;
      if (nextlen === 0) (maxCount = 138), (minCount = 3);
      else if (curlen === nextlen) (maxCount = 6), (minCount = 3);
      else (maxCount = 7), (minCount = 4);
    }
    // zlib leaves its 0xffff guard behind in the l/d tree; a later zero-frequency code is reset anyway.
    t.len[maxCode + 1] = guard;
  }
  private scanTree(t: Tree, maxCode: number): void {
    this.walkTree(t, maxCode, (sym) => void this.bltree.freq[sym]!++);
  }
  private sendTree(t: Tree, maxCode: number): void {
    const bl = this.bltree;
    this.walkTree(t, maxCode, (sym, value, len) => {
      this.bits.send(bl.code[sym]!, bl.len[sym]!);
      if (len) this.bits.send(value, len);
    });
  }
}
