// readline's emacs-mode bindings as tables: key name → what the line editor does.
import type { EditorEvent, LineEditor } from './line-editor.ts';

type Action = (e: LineEditor) => EditorEvent | void;

/** Keys without modifiers. */
export const PLAIN: Record<string, Action> = {
  left: (e) => e.left(),
  right: (e) => e.right(),
  home: (e) => e.home(),
  end: (e) => e.end(),
  up: (e) => e.historyUp(),
  down: (e) => e.historyDown(),
  backspace: (e) => e.backspace(),
  delete: (e) => e.deleteChar(),
  // blessed reports Return twice ("return", then "enter"): only "enter" acts. Ctrl-J is "linefeed".
  enter: (e) => e.submit(),
  linefeed: (e) => e.submit(),
};

/** Ctrl-key bindings of readline's emacs mode. */
export const CTRL: Record<string, Action> = {
  a: (e) => e.home(),
  e: (e) => e.end(),
  b: (e) => e.left(),
  f: (e) => e.right(),
  k: (e) => e.killToEnd(),
  u: (e) => e.killToStart(),
  w: (e) => e.killWordBack(),
  y: (e) => e.yank(),
  h: (e) => e.backspace(),
  p: (e) => e.historyUp(),
  n: (e) => e.historyDown(),
  r: (e) => e.startSearch(),
  c: (e) => e.interrupt(),
  l: () => ({ kind: 'clear' }),
  m: (e) => e.submit(),
  j: (e) => e.submit(),
  // Ctrl-D: end of input on an empty line, else delete the character under the cursor.
  d: (e) => (e.text === '' ? { kind: 'eof' } : e.deleteChar()),
  left: (e) => e.wordLeft(),
  right: (e) => e.wordRight(),
};

/** Alt-key bindings. */
export const META: Record<string, Action> = {
  b: (e) => e.wordLeft(),
  f: (e) => e.wordRight(),
  d: (e) => e.killWordForward(),
  backspace: (e) => e.killWordBack(),
};
