// The status bar's keys: one table read by the dispatcher and by the bar itself. Function keys
// first; Alt-letters as a fallback for terminals (and tmux setups) that do not pass F-keys.
import type { Key } from './line-editor.ts';
import { messages } from './messages.ts';
import type { Lang } from './model.ts';

export type ActionName = 'hint' | 'solution' | 'reset' | 'undo' | 'prev' | 'next' | 'lessons' | 'state' | 'lang' | 'quit';

export interface Binding {
  action: ActionName;
  fkey: string;
  alt: string;
}

export const KEYMAP: readonly Binding[] = [
  { action: 'hint', fkey: 'f1', alt: 'h' },
  { action: 'solution', fkey: 'f2', alt: 's' },
  { action: 'reset', fkey: 'f3', alt: 'r' },
  { action: 'undo', fkey: 'f4', alt: 'u' },
  { action: 'prev', fkey: 'f5', alt: 'p' },
  { action: 'next', fkey: 'f6', alt: 'n' },
  { action: 'lessons', fkey: 'f7', alt: 'l' },
  { action: 'state', fkey: 'f8', alt: 'v' },
  { action: 'lang', fkey: 'f9', alt: 'g' },
  { action: 'quit', fkey: 'f10', alt: 'q' },
];

export function actionFor(key: Key): ActionName | undefined {
  if (!key.name) return undefined;
  const b = KEYMAP.find((k) => (key.meta ? k.alt === key.name : !key.ctrl && k.fkey === key.name));
  return b?.action;
}

/**
 * The bar's text for a width: keys in inverse video, then the label; the short labels when the long
 * ones do not fit (80 columns). `display` measures a label's columns (CJK glyphs take two).
 */
export function statusBar(lang: Lang, width: number, display: (s: string) => number): string {
  const m = messages(lang);
  for (const form of [0, 1] as const) {
    const parts = KEYMAP.map((b) => ({ key: b.fkey.toUpperCase(), label: m.keys[b.action]![form] }));
    const cols = parts.reduce((n, p) => n + p.key.length + 1 + display(p.label) + 1, 0);
    if (cols <= width || form === 1) return parts.map((p) => `\x1b[7m${p.key}\x1b[27m ${p.label}`).join(' ');
  }
  return '';
}
