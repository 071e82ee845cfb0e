import { type CharSet, isWordCode } from './charset.ts';
import type { AssertKind, RegexNode } from './regex-ast.ts';

const CHAR = 0;
const SPLIT = 1;
const JMP = 2;
const ASSERT = 3;
const MATCH = 4;

/** Programs past this size (huge intervals) are left to the backtracking engine. */
const MAX_PROGRAM = 50_000;

class TooBig extends Error {}

/**
 * A Thompson NFA run breadth-first (Pike VM without captures). It gives what JavaScript's
 * backtracking cannot: POSIX leftmost-*longest* extents (`ab\|abcd` on `abcd` is `abcd`), in
 * time linear in the text, so nested repetitions like `\(a*\)*b` cannot explode.
 */
export class Nfa {
  private readonly op: number[] = [];
  private readonly arg: number[] = [];
  private readonly alt: number[] = [];
  private readonly sets: CharSet[] = [];
  private readonly asserts: AssertKind[] = [];
  private mark = new Int32Array(0);
  private gen = 0;

  private constructor(private readonly multiline: boolean) {}

  /** Null when the pattern has back-references (not regular) or would be too large. */
  static compile(node: RegexNode, multiline: boolean): Nfa | null {
    const nfa = new Nfa(multiline);
    try {
      nfa.emit(node);
    } catch (e) {
      if (e instanceof TooBig) return null;
      throw e;
    }
    nfa.push(MATCH, 0);
    nfa.mark = new Int32Array(nfa.op.length);
    return nfa;
  }

  private push(op: number, arg: number, alt = 0): number {
    if (this.op.length >= MAX_PROGRAM) throw new TooBig();
    this.op.push(op);
    this.arg.push(arg);
    this.alt.push(alt);
    return this.op.length - 1;
  }

  private emit(n: RegexNode): void {
    switch (n.k) {
      case 'set':
        this.sets.push(n.set);
        this.push(CHAR, this.sets.length - 1);
        return;
      case 'cat':
        for (const x of n.items) this.emit(x);
        return;
      case 'group':
        this.emit(n.node);
        return;
      case 'assert':
        this.asserts.push(n.what);
        this.push(ASSERT, this.asserts.length - 1);
        return;
      case 'backref':
        throw new TooBig();
      case 'alt': {
        const jumps: number[] = [];
        n.alts.forEach((a, i) => {
          const split = i < n.alts.length - 1 ? this.push(SPLIT, this.op.length + 1) : -1;
          this.emit(a);
          if (split < 0) return;
          jumps.push(this.push(JMP, 0));
          this.alt[split] = this.op.length;
        });
        for (const j of jumps) this.arg[j] = this.op.length;
        return;
      }
      case 'rep': {
        for (let i = 0; i < n.min; i++) this.emit(n.node);
        if (n.max === -1) {
          const loop = this.push(SPLIT, this.op.length + 1);
          this.emit(n.node);
          this.push(JMP, loop);
          this.alt[loop] = this.op.length;
          return;
        }
        const splits: number[] = [];
        for (let i = n.min; i < n.max; i++) {
          splits.push(this.push(SPLIT, this.op.length + 1));
          this.emit(n.node);
        }
        for (const s of splits) this.alt[s] = this.op.length;
      }
    }
  }

  private holds(what: AssertKind, s: string, p: number): boolean {
    const before = p > 0 && isWordCode(s.charCodeAt(p - 1));
    const after = p < s.length && isWordCode(s.charCodeAt(p));
    switch (what) {
      case 'bol':
        return p === 0 || (this.multiline && s.charCodeAt(p - 1) === 10);
      case 'eol':
        return p === s.length || (this.multiline && s.charCodeAt(p) === 10);
      case 'bob':
        return p === 0;
      case 'eob':
        return p === s.length;
      case 'word':
        return before !== after;
      case 'nonword':
        return before === after;
      case 'wstart':
        return !before && after;
      case 'wend':
        return before && !after;
      case 'nwbefore':
        return !before;
      case 'nwafter':
        return !after;
    }
  }

  /**
   * Leftmost-longest match at or after `from` (or only at `from` when `anchored`):
   * [start, end] or null. Threads keep the order of their start, so a state reached by an
   * earlier start wins, and running on until no thread is left finds the longest end.
   */
  search(s: string, from: number, anchored = false): [number, number] | null {
    let pcs: number[] = [];
    let starts: number[] = [];
    let bestStart = -1;
    let bestEnd = -1;
    const onMatch = (st: number, pos: number) => {
      if (bestStart < 0 || st < bestStart || (st === bestStart && pos > bestEnd)) {
        bestStart = st;
        bestEnd = pos;
      }
    };
    for (let pos = from; ; pos++) {
      if (bestStart < 0 && (!anchored || pos === from)) this.add(pcs, starts, 0, s, pos, pos, onMatch);
      if (pcs.length === 0 && (bestStart >= 0 || anchored)) break;
      if (pos >= s.length) break;
      const c = s.charCodeAt(pos);
      const np: number[] = [];
      const ns: number[] = [];
      this.gen++;
      for (let t = 0; t < pcs.length; t++) {
        const pc = pcs[t]!;
        const st = starts[t]!;
        if (bestStart >= 0 && st > bestStart) continue;
        if (this.sets[this.arg[pc]!]!.has(c)) this.add(np, ns, pc + 1, s, pos + 1, st, onMatch, false);
      }
      pcs = np;
      starts = ns;
    }
    return bestStart < 0 ? null : [bestStart, bestEnd];
  }

  private add(pcs: number[], starts: number[], pc0: number, s: string, pos: number, st: number, onMatch: (st: number, pos: number) => void, fresh = true): void {
    if (fresh && pcs.length === 0) this.gen++;
    const stack = [pc0];
    while (stack.length) {
      const pc = stack.pop()!;
      if (this.mark[pc] === this.gen) continue;
      this.mark[pc] = this.gen;
      switch (this.op[pc]) {
        case CHAR:
          pcs.push(pc);
          starts.push(st);
          break;
        case MATCH:
          onMatch(st, pos);
          break;
        case JMP:
          stack.push(this.arg[pc]!);
          break;
        case SPLIT:
          stack.push(this.alt[pc]!, this.arg[pc]!);
          break;
        case ASSERT:
          if (this.holds(this.asserts[this.arg[pc]!]!, s, pos)) stack.push(pc + 1);
          break;
      }
    }
  }
}
