import { CharSet } from './charset.ts';
import { fixedLength, hasBackref, nestedRepeat, type RegexNode } from './regex-ast.ts';
import { toJsSource } from './regex-js.ts';
import { Nfa } from './regex-nfa.ts';
import { parseRegex, type RegexSyntax } from './regex-parse.ts';

export { RegexError, REG_ERRORS } from './regex-ast.ts';
export type { RegexSyntax } from './regex-parse.ts';

export interface MatchResult {
  start: number;
  end: number;
  /** [0] is the whole match, then one entry per group (undefined when it took no part). */
  groups: (string | undefined)[];
}

/** What grep and sed need of a compiled pattern. */
export interface Matcher {
  readonly groups: number;
  test(s: string): boolean;
  /** The leftmost match at or after `from` (leftmost-longest for POSIX patterns). */
  exec(s: string, from: number): MatchResult | null;
}

/**
 * A POSIX regex: JavaScript's engine finds where the leftmost match starts (the same place for
 * any semantics) and its groups; the NFA stretches the match to the longest one where
 * JavaScript's first-alternative-wins choice stops short. Patterns with nested repetitions are
 * searched by the NFA alone, so they cannot backtrack exponentially.
 */
export class PosixRegex implements Matcher {
  private readonly js: RegExp;
  private readonly src: string;
  private readonly flags: string;
  private readonly nfa: Nfa | null;
  private readonly fixed: boolean;
  private readonly nfaOnly: boolean;
  private readonly ending = new Map<number, RegExp>();

  constructor(
    node: RegexNode,
    readonly groups: number,
    opts: { multiline?: boolean; icase?: boolean } = {},
  ) {
    const multiline = opts.multiline === true;
    this.src = toJsSource(node, multiline);
    // Sets are case-folded already; only back-references need the engine's own folding.
    this.flags = hasBackref(node) && opts.icase ? 'i' : '';
    this.js = new RegExp(this.src, `g${this.flags}`);
    this.fixed = fixedLength(node);
    this.nfa = this.fixed ? null : Nfa.compile(node, multiline);
    this.nfaOnly = this.nfa !== null && nestedRepeat(node);
  }

  test(s: string): boolean {
    if (this.nfaOnly) return this.nfa!.search(s, 0) !== null;
    this.js.lastIndex = 0;
    return this.js.test(s);
  }

  exec(s: string, from: number): MatchResult | null {
    if (this.nfaOnly) {
      const r = this.nfa!.search(s, from);
      return r && this.withGroups(s, r[0], r[1]);
    }
    this.js.lastIndex = from;
    const m = this.js.exec(s);
    if (!m) return null;
    const start = m.index;
    const end = start + m[0].length;
    if (!this.nfa || end === s.length) return { start, end, groups: [...m] };
    const longest = this.nfa.search(s, start, true);
    if (!longest || longest[1] === end) return { start, end, groups: [...m] };
    return this.withGroups(s, start, longest[1]);
  }

  /** Groups of the match that spans exactly [start, end), as JavaScript would assign them. */
  private withGroups(s: string, start: number, end: number): MatchResult {
    const tail = s.length - end;
    let re = this.ending.get(tail);
    if (!re) {
      re = new RegExp(`(?:${this.src})(?=[\\s\\S]{${tail}}$)`, `y${this.flags}`);
      if (this.ending.size > 64) this.ending.clear();
      this.ending.set(tail, re);
    }
    re.lastIndex = start;
    const m = re.exec(s);
    if (m && m[0].length === end - start) return { start, end, groups: [...m] };
    const groups: (string | undefined)[] = [s.slice(start, end)];
    for (let i = 0; i < this.groups; i++) groups.push(undefined);
    return { start, end, groups };
  }
}

export interface Compiled {
  regex: PosixRegex;
  warnings: string[];
}

/** One BRE/ERE, as sed compiles it. Throws RegexError. */
export function compileRegex(src: string, syn: RegexSyntax): Compiled {
  const p = parseRegex(src, syn);
  return { regex: new PosixRegex(p.node, p.groups, { multiline: syn.multiline, icase: syn.icase }), warnings: p.warnings };
}

/** A literal string as a pattern (grep -F). */
export function literalNode(text: string, icase: boolean): RegexNode {
  const items: RegexNode[] = [];
  for (let i = 0; i < text.length; i++) {
    const set = new CharSet().add(text.charCodeAt(i));
    if (icase) set.foldCase();
    items.push({ k: 'set', set });
  }
  return items.length === 1 ? items[0]! : { k: 'cat', items };
}
