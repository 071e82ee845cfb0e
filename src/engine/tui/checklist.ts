// The goal-state checklist: each goal ticked or crossed, a missing one explained by its detail.
// Pure text (with SGR colours) so the TUI and the plain REPL show the same thing.
import type { CheckItem, CheckReport } from './model.ts';

const GREEN = '\x1b[32m';
const RED = '\x1b[31m';
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

export interface ChecklistStyle {
  colour: boolean;
}

function itemLines(item: CheckItem, depth: number, style: ChecklistStyle): string[] {
  const pad = '  '.repeat(depth);
  const paint = (code: string, s: string) => (style.colour ? `${code}${s}${RESET}` : s);
  const mark = item.ok ? paint(GREEN, '✓') : paint(RED, '✗');
  const out = [`${pad}${mark} ${item.label}`];
  if (!item.ok && item.detail) out.push(`${pad}  ${paint(DIM, item.detail)}`);
  for (const c of item.children ?? []) out.push(...itemLines(c, depth + 1, style));
  return out;
}

export function checklistLines(report: CheckReport, style: ChecklistStyle = { colour: true }): string[] {
  return report.items.flatMap((i) => itemLines(i, 0, style));
}
