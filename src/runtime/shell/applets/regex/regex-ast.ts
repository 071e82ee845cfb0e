import type { CharSet } from './charset.ts';

/** Zero-width assertions: POSIX anchors, GNU word operators, and the ones grep -w adds. */
export type AssertKind =
  | 'bol' // ^
  | 'eol' // $
  | 'bob' // \`
  | 'eob' // \'
  | 'word' // \b
  | 'nonword' // \B
  | 'wstart' // \<
  | 'wend' // \>
  | 'nwbefore' // no word character before (grep -w)
  | 'nwafter'; // no word character after (grep -w)

/** A parsed regular expression; `max` -1 is unbounded. */
export type RegexNode =
  | { k: 'set'; set: CharSet }
  | { k: 'cat'; items: RegexNode[] }
  | { k: 'alt'; alts: RegexNode[] }
  | { k: 'rep'; node: RegexNode; min: number; max: number }
  | { k: 'group'; index: number; node: RegexNode }
  | { k: 'assert'; what: AssertKind }
  | { k: 'backref'; index: number };

export const EMPTY: RegexNode = { k: 'cat', items: [] };

/** regcomp's error texts (glibc), which grep and sed print as they are. */
export const REG_ERRORS = {
  EBRACK: 'Unmatched [, [^, [:, [., or [=',
  EPAREN: 'Unmatched ( or \\(',
  ERPAREN: 'Unmatched ) or \\)',
  EBRACE: 'Unmatched \\{',
  BADBR: 'Invalid content of \\{\\}',
  ERANGE: 'Invalid range end',
  ECTYPE: 'Invalid character class name',
  ECOLLATE: 'Invalid collation character',
  EESCAPE: 'Trailing backslash',
  ESUBREG: 'Invalid back reference',
  BADRPT: 'Invalid preceding regular expression',
  ESIZE: 'Regular expression too big',
} as const;

/**
 * A pattern that does not compile. `fromDfa` marks the errors GNU's dfa.c raises after regcomp
 * accepted the pattern (sed reports those without the `-e expression` prefix, with status 4).
 */
export class RegexError extends Error {
  constructor(
    message: string,
    readonly fromDfa = false,
  ) {
    super(message);
  }
}

export const CLASS_SYNTAX_ERROR = 'character class syntax is [[:space:]], not [:space:]';

export function hasBackref(n: RegexNode): boolean {
  switch (n.k) {
    case 'backref':
      return true;
    case 'cat':
      return n.items.some(hasBackref);
    case 'alt':
      return n.alts.some(hasBackref);
    case 'rep':
    case 'group':
      return hasBackref(n.node);
    default:
      return false;
  }
}

/** True when every match of `n` has the same length, so the first match found is also the longest. */
export function fixedLength(n: RegexNode): boolean {
  switch (n.k) {
    case 'set':
    case 'assert':
      return true;
    case 'cat':
      return n.items.every(fixedLength);
    case 'group':
      return fixedLength(n.node);
    case 'rep':
      return n.min === n.max && fixedLength(n.node);
    default:
      return false;
  }
}

/**
 * True when a backtracking engine could take exponential time: a repetition whose body can
 * itself match in several lengths (`(a*)*`, `(a|aa)+`). Those are matched with the NFA only.
 */
export function nestedRepeat(n: RegexNode, inRep = false): boolean {
  switch (n.k) {
    case 'cat':
      return n.items.some((x) => nestedRepeat(x, inRep));
    case 'alt':
      return (inRep && n.alts.length > 1) || n.alts.some((x) => nestedRepeat(x, inRep));
    case 'group':
      return nestedRepeat(n.node, inRep);
    case 'rep':
      if (inRep && n.min !== n.max) return true;
      return nestedRepeat(n.node, inRep || n.max !== n.min);
    default:
      return false;
  }
}
