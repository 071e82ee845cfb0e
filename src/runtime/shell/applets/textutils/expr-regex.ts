import { compileRegex, RegexError } from '../regex/posix-regex.ts';

export type MatchOutcome = { ok: true; groups: number; whole: number; group1: string | undefined } | { ok: false; error: string };

/**
 * STRING : REGEX as expr does it: a GNU BRE matched at the start of STRING only (re_match),
 * reporting the matched length and the first group.
 */
export function anchoredMatch(s: string, pattern: string): MatchOutcome | null {
  let re;
  try {
    re = compileRegex(pattern, { extended: false, dialect: 'sed', icase: false }).regex;
  } catch (e) {
    if (e instanceof RegexError) return { ok: false, error: e.message };
    throw e;
  }
  const m = re.exec(s, 0);
  if (!m || m.start !== 0) return { ok: true, groups: re.groups, whole: -1, group1: undefined };
  return { ok: true, groups: re.groups, whole: m.end, group1: m.groups[1] };
}
