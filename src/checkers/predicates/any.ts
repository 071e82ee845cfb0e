import { CheckSyntaxError } from '../errors.ts';
import type { CombinatorPredicate, Texts } from '../predicate.ts';
import type { CheckContext, CheckResult } from '../types.ts';

const TEXT: Texts<{ label: (labels: string[]) => string; none: string }> = {
  en: { label: (l) => `one of: ${l.join(' | ')}`, none: 'none of them is met' },
  'zh-CN': { label: (l) => `满足其一：${l.join(' | ')}`, none: '一项也没有满足' },
};

export const any: CombinatorPredicate = {
  kind: 'combinator',
  doc: 'at least one item of the list passes',
  compile(raw, path, compileItem) {
    if (!Array.isArray(raw) || raw.length === 0) throw new CheckSyntaxError('expected a non-empty list of check items', path);
    const children = raw.map((x, i) => compileItem(x, `${path}[${i}]`));
    return {
      async evaluate(ctx: CheckContext): Promise<CheckResult> {
        const results: CheckResult[] = [];
        for (const c of children) results.push(await c.evaluate(ctx));
        const t = TEXT[ctx.lang];
        const label = t.label(results.map((r) => r.label));
        return results.some((r) => r.ok) ? { ok: true, label, children: results } : { ok: false, label, detail: t.none, children: results };
      },
    };
  },
};
