import { CheckSyntaxError } from '../errors.ts';
import type { CombinatorPredicate, Texts } from '../predicate.ts';
import type { Check, CheckContext, CheckResult } from '../types.ts';

const TEXT: Texts<{ label: string; missing: (n: number, of: number) => string }> = {
  en: { label: 'all of these', missing: (n, of) => `${n} of ${of} not met` },
  'zh-CN': { label: '以下全部满足', missing: (n, of) => `${of} 项中有 ${n} 项未满足` },
};

/** Every child must pass; a single child stands for itself. */
export function allOf(children: Check[]): Check {
  return {
    async evaluate(ctx: CheckContext): Promise<CheckResult> {
      const results: CheckResult[] = [];
      for (const c of children) results.push(await c.evaluate(ctx));
      const failed = results.filter((r) => !r.ok).length;
      const t = TEXT[ctx.lang];
      return failed === 0 ? { ok: true, label: t.label, children: results } : { ok: false, label: t.label, detail: t.missing(failed, results.length), children: results };
    },
  };
}

export const all: CombinatorPredicate = {
  kind: 'combinator',
  doc: 'every item of the list passes',
  compile(raw, path, compileItem) {
    if (!Array.isArray(raw) || raw.length === 0) throw new CheckSyntaxError('expected a non-empty list of check items', path);
    return allOf(raw.map((x, i) => compileItem(x, `${path}[${i}]`)));
  },
};
