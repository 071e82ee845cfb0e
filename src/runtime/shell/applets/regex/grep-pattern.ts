import type { GrepOptions } from './grep-options.ts';
import { literalNode, type Matcher, type MatchResult, PosixRegex } from './posix-regex.ts';
import type { RegexNode } from './regex-ast.ts';
import { parseRegex } from './regex-parse.ts';
import { KEEP_PREFIX, translatePcre } from './pcre-translate.ts';

/** A -P pattern grep cannot use; the message is PCRE2's. */
export class PcreError extends Error {}

/** grep -P: JavaScript's engine is a Perl-style (leftmost-first) one, like PCRE2. */
class PerlMatcher implements Matcher {
  readonly groups = 0;
  constructor(private readonly re: RegExp, private readonly keeps: number) {}
  test(s: string): boolean {
    this.re.lastIndex = 0;
    return this.re.test(s);
  }
  exec(s: string, from: number): MatchResult | null {
    this.re.lastIndex = from;
    const m = this.re.exec(s);
    if (!m) return null;
    let start = m.index;
    // \K: the match reported (and printed by -o) starts at the last \K passed.
    for (let k = 0; k < this.keeps; k++) {
      const at = m.indices?.groups?.[`${KEEP_PREFIX}${k}`];
      if (at) start = Math.max(start, at[0]);
    }
    return { start, end: m.index + m[0].length, groups: [...m] };
  }
}

/** Never matches: grep -f /dev/null selects nothing. */
const NOTHING: Matcher = { groups: 0, test: () => false, exec: () => null };

const PCRE_TEXTS: [RegExp, string][] = [
  [/Unterminated group/, 'missing closing parenthesis'],
  [/Unmatched '\)'/, 'unmatched closing parenthesis'],
  [/Nothing to repeat/, 'quantifier does not follow a repeatable item'],
  [/Unterminated character class/, 'missing terminating ] for character class'],
  [/\\ at end of pattern/, '\\ at end of pattern'],
  [/numbers out of order/, 'numbers out of order in {} quantifier'],
];

function perl(pattern: string, o: GrepOptions): Matcher {
  // PCRE spellings JavaScript lacks (see translatePcre), and a leading (?i).
  let t;
  try {
    t = translatePcre(pattern);
  } catch (e) {
    throw new PcreError(e instanceof Error ? e.message : String(e));
  }
  let src = t.src;
  let flags = t.keeps ? 'gd' : 'g';
  if (src.startsWith('(?i)')) {
    src = src.slice(4);
    flags += 'i';
  }
  if (o.icase && !flags.includes('i')) flags += 'i';
  if (o.line) src = `^(?:${src})$`;
  else if (o.word) src = `(?<!\\w)(?:${src})(?!\\w)`;
  try {
    return new PerlMatcher(new RegExp(src, flags), t.keeps);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const hit = PCRE_TEXTS.find(([re]) => re.test(msg));
    throw new PcreError(hit ? hit[1] : msg.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, ''));
  }
}

/**
 * Compiles grep's patterns into one matcher: the patterns are alternatives (a line is selected
 * if any matches, -o takes the longest at the leftmost place), wrapped for -x or -w.
 * Throws RegexError or PcreError; returns dfa.c's warnings too.
 */
export function grepMatcher(patterns: string[], o: GrepOptions): { matcher: Matcher; warnings: string[] } {
  if (o.matcher === 'P') {
    if (patterns.length > 1) throw new PcreError('the -P option only supports a single pattern');
    return { matcher: perl(patterns[0] ?? '', o), warnings: [] };
  }
  if (patterns.length === 0) return { matcher: NOTHING, warnings: [] };
  const nodes: RegexNode[] = [];
  const warnings: string[] = [];
  let groups = 0;
  for (const p of patterns) {
    if (o.matcher === 'F') {
      nodes.push(literalNode(p, o.icase));
      continue;
    }
    const parsed = parseRegex(p, { extended: o.matcher === 'E', dialect: 'grep', icase: o.icase }, groups);
    groups += parsed.groups;
    nodes.push(parsed.node);
    warnings.push(...parsed.warnings);
  }
  let node: RegexNode = nodes.length === 1 ? nodes[0]! : { k: 'alt', alts: nodes };
  if (o.line) node = { k: 'cat', items: [{ k: 'assert', what: 'bol' }, node, { k: 'assert', what: 'eol' }] };
  else if (o.word) node = { k: 'cat', items: [{ k: 'assert', what: 'nwbefore' }, node, { k: 'assert', what: 'nwafter' }] };
  return { matcher: new PosixRegex(node, groups, { icase: o.icase }), warnings };
}
