import type { CombinatorPredicate, Texts } from '../predicate.ts';
import type { CheckContext, CheckResult } from '../types.ts';

const TEXT: Texts<{ label: (child: string) => string; holds: string }> = {
  en: { label: (c) => `not: ${c}`, holds: 'but it is so' },
  'zh-CN': { label: (c) => `不应满足：${c}`, holds: '但实际已满足' },
};

export const not: CombinatorPredicate = {
  kind: 'combinator',
  doc: 'the item does not pass',
  compile(raw, path, compileItem) {
    const child = compileItem(raw, path);
    return {
      async evaluate(ctx: CheckContext): Promise<CheckResult> {
        const r = await child.evaluate(ctx);
        const t = TEXT[ctx.lang];
        return r.ok ? { ok: false, label: t.label(r.label), detail: t.holds, children: [r] } : { ok: true, label: t.label(r.label), children: [r] };
      },
    };
  },
};
