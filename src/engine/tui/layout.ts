// The screen and its panes: the lesson (left, top), the exercise with its goal checklist (left,
// bottom), the terminal (right) and the status bar. Sizes are relative, so a resize reflows them.
import { createRequire } from 'node:module';
import type blessed from 'blessed';

export interface Layout {
  screen: blessed.Screen;
  lesson: blessed.Element;
  goals: blessed.Element;
  terminal: blessed.Element;
  status: blessed.Element;
  blessed: typeof blessed;
}

export interface ScreenIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** The terminal type (TERM); blessed reads its terminfo and degrades colours to what it has. */
  terminal: string;
}

const LEFT = '45%';
const BORDER = { type: 'line' } as const;
const paneStyle = (fg: string) => ({ border: { fg }, label: { fg, bold: true } });

/** blessed is CommonJS and costs ~50-100 ms to load: required only when the TUI starts. */
export function loadBlessed(): typeof blessed {
  return createRequire(import.meta.url)('blessed') as typeof blessed;
}

export function createLayout(io: ScreenIo): Layout {
  const b = loadBlessed();
  const screen = b.screen({
    input: io.input,
    output: io.output,
    terminal: io.terminal,
    // Wide (CJK) glyphs take two cells; without this Chinese text would misalign the panes.
    fullUnicode: true,
    smartCSR: true,
    autoPadding: true,
    warnings: false,
    title: 'container-lab',
  });
  // With a UTF-8 locale, draw lines as Unicode box characters rather than through the terminal's
  // alternate character set (what ncurses does): crisper, and readable in a copied screen. Elsewhere
  // blessed keeps ACS, or ASCII where even that is missing.
  const tput = (screen as unknown as { tput: { unicode: boolean; brokenACS: boolean } }).tput;
  if (tput.unicode) tput.brokenACS = true;
  const lesson = b.box({
    parent: screen, top: 0, left: 0, width: LEFT, height: '50%', border: BORDER, style: paneStyle('cyan'),
    scrollable: true, alwaysScroll: true, mouse: true, wrap: true, padding: { left: 1, right: 1 },
    scrollbar: { ch: ' ', style: { bg: 'cyan' } },
  });
  const goals = b.box({
    parent: screen, top: '50%', left: 0, width: LEFT, height: '50%-1', border: BORDER, style: paneStyle('yellow'),
    scrollable: true, alwaysScroll: true, mouse: true, wrap: true, padding: { left: 1, right: 1 },
  });
  const terminal = b.box({
    parent: screen, top: 0, left: LEFT, width: `${100 - parseInt(LEFT, 10)}%`, height: '100%-1', border: BORDER,
    style: paneStyle('green'), scrollable: true, alwaysScroll: true, wrap: true,
  });
  const status = b.box({ parent: screen, bottom: 0, left: 0, width: '100%', height: 1, style: { fg: 'white', bg: 'blue' } });
  return { screen, lesson, goals, terminal, status, blessed: b };
}

/** A pane's title, cut to fit its top border (blessed wraps a longer one onto the text). */
export function setTitle(el: blessed.Element, title: string): void {
  // Inside the corners and the padding, with a cell to spare: blessed moves the label of a scrolled
  // pane one cell right, and wraps it when it then does not fit.
  const room = Math.max(4, el.width - 7);
  let text = ` ${title} `;
  if (el.strWidth(text) > room) {
    const chars = Array.from(text);
    while (chars.length && el.strWidth(`${chars.join('')}… `) > room) chars.pop();
    text = `${chars.join('')}… `;
  }
  el.setLabel(text);
}

/** Inner width of a bordered, padded pane (what text may use). */
export function innerWidth(el: blessed.Element, padding: number): number {
  return Math.max(10, el.width - 2 - padding);
}

/** The screen's cells as text, one line per row (wide glyphs once): what the student sees. */
export function screenText(screen: blessed.Screen): string {
  const lines = (screen as unknown as { lines: [number, string][][] }).lines;
  // A wide glyph's second cell holds blessed's \x03 placeholder.
  return lines.map((row) => row.map((cell) => (cell[1] === '\x03' ? '' : cell[1])).join('').replace(/\s+$/, '')).join('\n');
}

/**
 * The frame shown while the lab loads its lessons and builds the exercise's host: the panes, the
 * keys, "loading". The student sees the lab at once; the lesson fills in when it is ready.
 */
export function loadingFrame(layout: Layout, text: { lesson: string; terminal: string; loading: string; status: string }): void {
  layout.lesson.setLabel(` ${text.lesson} `);
  layout.terminal.setLabel(` ${text.terminal} `);
  layout.lesson.setContent(text.loading);
  layout.status.setContent(text.status);
  layout.screen.render();
}
