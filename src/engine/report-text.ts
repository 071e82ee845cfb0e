import type { CheckResult, Lang } from '../checkers/index.ts';

/** The goal state of an exercise: done when every item holds; items are the check list's entries. */
export interface CheckReport {
  done: boolean;
  items: CheckResult[];
}

/** A checklist as text: `✓ goal` for what holds, `✗ goal: what is there instead` for the rest. */
export function renderReport(report: CheckReport, lang: Lang): string {
  const lines: string[] = [];
  const walk = (r: CheckResult, depth: number) => {
    const pad = '  '.repeat(depth);
    lines.push(`${pad}${r.ok ? '✓' : '✗'} ${r.label}${!r.ok && r.detail ? `: ${r.detail}` : ''}`);
    // Children of a failed item say which part is missing; a met item needs no breakdown.
    if (!r.ok) for (const c of r.children ?? []) walk(c, depth + 1);
  };
  for (const item of report.items) walk(item, 0);
  lines.push(report.done ? (lang === 'en' ? 'Done: every goal is met.' : '完成：所有目标都已达成。') : lang === 'en' ? 'Not done yet.' : '尚未完成。');
  return `${lines.join('\n')}\n`;
}
