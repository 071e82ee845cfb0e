import { linesOf, quoted, sameText } from '../bytes-text.ts';
import type { Texts } from '../predicate.ts';
import type { Fields } from '../schema.ts';
import type { Lang } from '../types.ts';

/** What a text (a file's, a volume file's) must hold; shared by `file` and `volume`. */
export interface ContentArgs {
  content?: string;
  contains?: string;
  matches?: string;
  lines?: string[];
}

export const CONTENT_FIELDS: Fields = {
  content: { type: { kind: 'string' }, doc: 'the whole text (one final newline more or less is accepted)' },
  contains: { type: { kind: 'string' }, doc: 'a substring of the text' },
  matches: { type: { kind: 'regex' }, doc: 'a JavaScript regular expression found in the text (`m` flag: ^ and $ match at lines)' },
  lines: { type: { kind: 'stringList' }, doc: 'each of these is a whole line of the text (any order, others allowed)' },
};

const TEXT: Texts<{
  content: (v: string) => string;
  contains: (v: string) => string;
  matches: (v: string) => string;
  lines: (v: string[]) => string;
  isInstead: (have: string) => string;
  lacks: (v: string) => string;
  noMatch: (v: string, have: string) => string;
  missingLines: (v: string[]) => string;
}> = {
  en: {
    content: (v) => `with content ${quoted(v)}`,
    contains: (v) => `containing ${quoted(v)}`,
    matches: (v) => `matching /${v}/`,
    lines: (v) => `with the lines ${v.map((l) => quoted(l)).join(', ')}`,
    isInstead: (h) => `its content is ${quoted(h)}`,
    lacks: (v) => `it does not contain ${quoted(v)}`,
    noMatch: (v, h) => `nothing in it matches /${v}/ (content ${quoted(h)})`,
    missingLines: (v) => `these lines are missing: ${v.map((l) => quoted(l)).join(', ')}`,
  },
  'zh-CN': {
    content: (v) => `内容为 ${quoted(v)}`,
    contains: (v) => `包含 ${quoted(v)}`,
    matches: (v) => `匹配 /${v}/`,
    lines: (v) => `含有这些行：${v.map((l) => quoted(l)).join(', ')}`,
    isInstead: (h) => `它的内容是 ${quoted(h)}`,
    lacks: (v) => `它不包含 ${quoted(v)}`,
    noMatch: (v, h) => `其中没有匹配 /${v}/ 的内容（内容为 ${quoted(h)}）`,
    missingLines: (v) => `缺少这些行：${v.map((l) => quoted(l)).join(', ')}`,
  },
};

export function contentGoals(a: ContentArgs, lang: Lang): string[] {
  const t = TEXT[lang];
  const out: string[] = [];
  if (a.content !== undefined) out.push(t.content(a.content));
  if (a.contains !== undefined) out.push(t.contains(a.contains));
  if (a.matches !== undefined) out.push(t.matches(a.matches));
  if (a.lines !== undefined) out.push(t.lines(a.lines));
  return out;
}

/** The unmet content goals, each saying what the text holds instead. */
export function contentProblems(text: string, a: ContentArgs, lang: Lang): string[] {
  const t = TEXT[lang];
  const out: string[] = [];
  if (a.content !== undefined && !sameText(text, a.content)) out.push(t.isInstead(text));
  if (a.contains !== undefined && !text.includes(a.contains)) out.push(t.lacks(a.contains));
  if (a.matches !== undefined && !new RegExp(a.matches, 'm').test(text)) out.push(t.noMatch(a.matches, text));
  if (a.lines !== undefined) {
    const have = new Set(linesOf(text));
    const missing = a.lines.filter((l) => !have.has(l));
    if (missing.length) out.push(t.missingLines(missing));
  }
  return out;
}
