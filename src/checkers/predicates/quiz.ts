import { leaf, type Texts } from '../predicate.ts';

const TEXT: Texts<{ label: string; none: string; unanswered: (q: string) => string; wrong: (q: string) => string; join: string }> = {
  en: {
    label: 'every quiz question is answered correctly',
    none: 'this exercise has no quiz',
    unanswered: (q) => `${q}: not answered yet`,
    wrong: (q) => `${q}: not the right answer`,
    join: '; ',
  },
  'zh-CN': {
    label: '所有测验题都答对了',
    none: '这个练习没有测验题',
    unanswered: (q) => `${q}：尚未作答`,
    wrong: (q) => `${q}：答案不对`,
    join: '；',
  },
};

const sameSet = (a: string[], b: string[]): boolean => new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));

export const quiz = leaf<Record<string, never>>({
  doc: 'every question of the exercise\'s quiz is answered (with `lab answer`) exactly right; the detail never reveals answers',
  fields: {},
  async evaluate(_args, ctx) {
    const t = TEXT[ctx.lang];
    const questions = ctx.quiz ?? [];
    if (questions.length === 0) return { ok: false, label: t.label, detail: t.none };
    const problems: string[] = [];
    for (const q of questions) {
      const given = ctx.answers[q.id];
      if (!given || given.length === 0) problems.push(t.unanswered(q.id));
      else if (!sameSet(given, q.answer)) problems.push(t.wrong(q.id));
    }
    return problems.length === 0 ? { ok: true, label: t.label } : { ok: false, label: t.label, detail: problems.join(t.join) };
  },
});
