/**
 * awk associative arrays laid out like mawk's (array.w): a split vector, or a hash table with
 * integer and string lists (FNV-1 hash, move-to-front on lookup, doubling at 12 per bucket).
 * Reproducing the layout reproduces mawk's `for (k in a)` order.
 */
import { dToI, numToStr, StrNum, UNINIT, type Value } from './values.ts';

export interface Cell {
  v: Value;
}

interface ANode {
  cell: Cell;
  slink: ANode | null;
  ilink: ANode | null;
  sval: string | null;
  hval: number;
  ival: number;
}

const NOT_AN_IVALUE = -2147483648;
const STARTING_HMASK = 63;
const limitOf = (hmask: number) => (hmask + 1) * 12;
const AY_NULL = 0;
const AY_INT = 1;
const AY_STR = 2;
const AY_SPLIT = 4;

function fnv1(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ (s.charCodeAt(i) & 0xff), 16777619) >>> 0;
  return h >>> 0;
}

export class AwkArray {
  private type = AY_NULL;
  size = 0;
  private limit = 0;
  private hmask = 0;
  private split: Cell[] = [];
  private sl: (ANode | null)[] = [];
  private il: (ANode | null)[] = [];

  constructor(private readonly convfmt: () => string) {}

  /** The element for `key`; created (uninitialised) when `create`. */
  find(key: Value, create: boolean): Cell | null {
    if (this.size === 0 && !create) return null;
    if (typeof key === 'number') {
      const ival = dToI(key);
      if (ival === key) {
        if (this.type === AY_SPLIT) {
          if (ival >= 1 && ival <= this.size) return this.split[ival - 1]!;
          if (!create) return null;
          this.splitToTable();
        } else if (this.type === AY_NULL) this.emptyTable(AY_INT);
        return this.byIval(ival, create)?.cell ?? null;
      }
      return this.bySval(numToStr(key, this.convfmt()), create)?.cell ?? null;
    }
    return this.bySval(key === UNINIT ? '' : key instanceof StrNum ? key.s : key, create)?.cell ?? null;
  }

  delete(key: Value): void {
    if (this.size === 0) return;
    let ap: ANode | null;
    if (typeof key === 'number' && dToI(key) === key) {
      const ival = key;
      if (this.type === AY_SPLIT) {
        if (ival >= 1 && ival <= this.size) this.splitToTable();
        else return;
      }
      ap = this.byIval(ival, false);
      if (!ap) return;
      this.il[ap.ival & this.hmask] = ap.ilink;
      if (ap.sval !== null) this.unlink(this.sl, ap.hval & this.hmask, ap, 'slink');
    } else {
      const s = typeof key === 'number' ? numToStr(key, this.convfmt()) : key === UNINIT ? '' : key instanceof StrNum ? key.s : key;
      ap = this.bySval(s, false);
      if (!ap) return;
      this.sl[ap.hval & this.hmask] = ap.slink;
      if (ap.ival !== NOT_AN_IVALUE) this.unlink(this.il, ap.ival & this.hmask, ap, 'ilink');
    }
    if (--this.size === 0) this.clear();
  }

  private unlink(table: (ANode | null)[], indx: number, ap: ANode, link: 'slink' | 'ilink'): void {
    let p = table[indx]!;
    let q: ANode | null = null;
    while (p !== ap) {
      q = p;
      p = p[link]!;
    }
    if (q) q[link] = p[link];
    else table[indx] = p[link];
  }

  clear(): void {
    this.type = AY_NULL;
    this.size = this.limit = this.hmask = 0;
    this.split = [];
    this.sl = [];
    this.il = [];
  }

  /** split(): the array becomes the vector of `values` ($1..$n style). */
  load(values: Value[]): void {
    this.clear();
    this.type = AY_SPLIT;
    this.split = values.map((v) => ({ v }));
    this.size = values.length;
    if (this.size === 0) this.clear();
  }

  /** Keys in mawk's `for (k in a)` order. */
  keys(): string[] {
    if (this.size === 0) return [];
    if (!(this.type & AY_STR)) this.addStringAssociations();
    const out: string[] = [];
    for (let i = 0; i <= this.hmask; i++) for (let p = this.sl[i] ?? null; p; p = p.slink) out.push(p.sval!);
    return out;
  }

  private emptyTable(type: number): void {
    this.type = type;
    this.hmask = STARTING_HMASK;
    this.limit = limitOf(STARTING_HMASK);
    this.sl = new Array(STARTING_HMASK + 1).fill(null);
    this.il = new Array(STARTING_HMASK + 1).fill(null);
  }

  private byIval(ival: number, create: boolean): ANode | null {
    let indx = ival & this.hmask;
    let p = this.il[indx] ?? null;
    let q: ANode | null = null;
    for (;;) {
      if (!p) {
        if (this.type & AY_STR) {
          p = this.bySval(String(ival), create);
          if (!p) return null;
          indx = ival & this.hmask;
        } else if (create) {
          p = { cell: { v: UNINIT }, slink: null, ilink: null, sval: null, hval: 0, ival };
          if (++this.size > this.limit) {
            this.double();
            indx = ival & this.hmask;
          }
        } else return null;
        p.ival = ival;
        this.type |= AY_INT;
        break;
      }
      if (p.ival === ival) {
        if (!q) return p;
        q.ilink = p.ilink;
        break;
      }
      q = p;
      p = p.ilink;
    }
    p.ilink = this.il[indx] ?? null;
    this.il[indx] = p;
    return p;
  }

  private bySval(sval: string, create: boolean): ANode | null {
    const hval = fnv1(sval);
    if (!(this.type & AY_STR)) this.addStringAssociations();
    let indx = hval & this.hmask;
    let p = this.sl[indx] ?? null;
    let q: ANode | null = null;
    for (;;) {
      if (!p) {
        if (!create) return null;
        p = { cell: { v: UNINIT }, slink: null, ilink: null, sval, hval, ival: NOT_AN_IVALUE };
        if (++this.size > this.limit) {
          this.double();
          indx = hval & this.hmask;
        }
        break;
      }
      if (p.hval === hval && p.sval === sval) {
        if (!q) return p;
        q.slink = p.slink;
        break;
      }
      q = p;
      p = p.slink;
    }
    p.slink = this.sl[indx] ?? null;
    this.sl[indx] = p;
    return p;
  }

  private addStringAssociations(): void {
    if (this.type === AY_NULL) {
      this.emptyTable(AY_STR);
      return;
    }
    if (this.type === AY_SPLIT) this.splitToTable();
    for (let i = 0; i <= this.hmask; i++) {
      for (let p = this.il[i] ?? null; p; p = p.ilink) {
        p.sval = String(p.ival);
        p.hval = fnv1(p.sval);
        const k = p.hval & this.hmask;
        p.slink = this.sl[k] ?? null;
        this.sl[k] = p;
      }
    }
    this.type |= AY_STR;
  }

  private splitToTable(): void {
    const cells = this.split;
    this.hmask = STARTING_HMASK;
    this.limit = limitOf(STARTING_HMASK);
    while (this.size > this.limit) {
      this.hmask = this.hmask * 2 + 1;
      this.limit = limitOf(this.hmask);
    }
    this.sl = new Array(this.hmask + 1).fill(null);
    this.il = new Array(this.hmask + 1).fill(null);
    for (let i = 0, j = 1; i < this.size; i++) {
      const p: ANode = { cell: cells[i]!, slink: null, ilink: this.il[j] ?? null, sval: null, hval: 0, ival: i + 1 };
      this.il[j] = p;
      j = (j + 1) & this.hmask;
    }
    this.split = [];
    this.type = AY_INT;
  }

  private double(): void {
    const old = this.hmask;
    const nm = old * 2 + 1;
    for (let k = old + 1; k <= nm; k++) {
      this.sl[k] = null;
      this.il[k] = null;
    }
    const redistribute = (table: (ANode | null)[], link: 'slink' | 'ilink', key: (p: ANode) => number) => {
      for (let i = 0; i <= old; i++) {
        const stay: ANode[] = [];
        const move: ANode[] = [];
        for (let p = table[i] ?? null; p; p = p[link]) ((key(p) & nm) !== i ? move : stay).push(p);
        table[i] = chain(stay, link);
        table[i + old + 1] = chain(move, link);
      }
    };
    if (this.type & AY_STR) redistribute(this.sl, 'slink', (p) => p.hval);
    if (this.type & AY_INT) redistribute(this.il, 'ilink', (p) => p.ival);
    this.hmask = nm;
    this.limit = limitOf(nm);
  }
}

function chain(nodes: ANode[], link: 'slink' | 'ilink'): ANode | null {
  for (let k = 0; k < nodes.length; k++) nodes[k]![link] = nodes[k + 1] ?? null;
  return nodes[0] ?? null;
}
