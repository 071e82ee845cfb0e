/** Thompson NFA used to find the longest match from a known start (POSIX semantics). */
import type { RNode } from './regex-parse.ts';

const SET = 0;
const SPLIT = 1;
const BOL = 2;
const EOL = 3;
const MATCH = 4;
const JUMP = 5;

interface State {
  op: number;
  set: Uint8Array | null;
  out: number;
  out2: number;
}

export class Nfa {
  private readonly states: State[] = [];
  private readonly start: number;
  private mark: Int32Array;
  private gen = 0;

  constructor(tree: RNode) {
    const m = this.add(MATCH, null, -1, -1);
    this.start = this.build(tree, m);
    this.mark = new Int32Array(this.states.length);
  }

  private add(op: number, set: Uint8Array | null, out: number, out2: number): number {
    this.states.push({ op, set, out, out2 });
    return this.states.length - 1;
  }

  /** Builds `n` so that it continues to state `next`; returns its entry state. */
  private build(n: RNode, next: number): number {
    switch (n.t) {
      case 'set':
        return this.add(SET, n.set, next, -1);
      case 'bol':
        return this.add(BOL, null, next, -1);
      case 'eol':
        return this.add(EOL, null, next, -1);
      case 'empty':
        return next;
      case 'cat': {
        let s = next;
        for (let k = n.items.length - 1; k >= 0; k--) s = this.build(n.items[k]!, s);
        return s;
      }
      case 'alt': {
        let s = this.build(n.items[n.items.length - 1]!, next);
        for (let k = n.items.length - 2; k >= 0; k--) s = this.add(SPLIT, null, this.build(n.items[k]!, next), s);
        return s;
      }
      case 'opt':
        return this.add(SPLIT, null, this.build(n.item, next), next);
      case 'star': {
        const loop = this.add(SPLIT, null, -1, next);
        this.states[loop]!.out = this.build(n.item, loop);
        return loop;
      }
      case 'plus': {
        const loop = this.add(SPLIT, null, -1, next);
        const body = this.build(n.item, loop);
        this.states[loop]!.out = body;
        return this.add(JUMP, null, body, -1);
      }
    }
  }

  private closure(list: number[], s: number, pos: number, len: number): boolean {
    if (s < 0 || this.mark[s] === this.gen) return false;
    this.mark[s] = this.gen;
    const st = this.states[s]!;
    switch (st.op) {
      case SPLIT: {
        const a = this.closure(list, st.out, pos, len);
        return this.closure(list, st.out2, pos, len) || a;
      }
      case JUMP:
        return this.closure(list, st.out, pos, len);
      case BOL:
        return pos === 0 ? this.closure(list, st.out, pos, len) : false;
      case EOL:
        return pos === len ? this.closure(list, st.out, pos, len) : false;
      case MATCH:
        return true;
      default:
        list.push(s);
        return false;
    }
  }

  /** End of the longest match starting at `from`, or -1. */
  longest(s: string, from: number): number {
    const len = s.length;
    this.gen++;
    let list: number[] = [];
    let last = this.closure(list, this.start, from, len) ? from : -1;
    for (let i = from; i < len && list.length > 0; i++) {
      const c = s.charCodeAt(i) & 0xff;
      const next: number[] = [];
      this.gen++;
      let matched = false;
      for (const k of list) {
        const st = this.states[k]!;
        if (st.set![c]) matched = this.closure(next, st.out, i + 1, len) || matched;
      }
      if (matched) last = i + 1;
      list = next;
    }
    return last;
  }
}
