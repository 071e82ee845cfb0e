// Lesson markdown → terminal text with marked + marked-terminal. Loading marked-terminal costs
// ~450 ms (cli-highlight, emoji tables), too much for the first frame: the pane first shows the
// markdown as written, and `loadMarkdown()` upgrades it once the renderer is in memory.

export type MarkdownRenderer = (markdown: string, width: number) => string;

/** Lines that start a block of their own (never joined to the line before). */
const BLOCK_START = /^(\s*([-*+>|#]|\d+[.)])\s|\s{4}|\s*$|\s*```|\s*[-=]{3,}\s*$|\s*\|)/;
const CJK_END = /[\u3000-\u9fff\uff00-\uffef]$/;
const CJK_START = /^[\u3000-\u9fff\uff00-\uffef]/;

/**
 * Joins the source's hard-wrapped paragraph lines (lessons wrap at ~100 columns), so that the pane
 * wraps them at its own width instead of leaving ragged lines. Chinese lines join without a space.
 */
export function unwrapParagraphs(markdown: string): string {
  const out: string[] = [];
  let fenced = false;
  let prevJoinable = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const joinable = !fenced && !BLOCK_START.test(line) && !/^\s*```/.test(line);
    if (joinable && prevJoinable && out.length) {
      const last = out[out.length - 1]!;
      out[out.length - 1] = CJK_END.test(last) && CJK_START.test(line) ? last + line.trim() : `${last} ${line.trim()}`;
    } else out.push(line);
    // A list item's or quote's first line takes its continuation lines; a heading or a table row does not.
    prevJoinable = joinable || (!fenced && /^\s*([-*+>]|\d+[.)])\s/.test(line));
  }
  return out.join('\n');
}

/** The fallback until marked-terminal is loaded: the source, headings in bold. */
export const sourceMarkdown: MarkdownRenderer = (markdown) =>
  unwrapParagraphs(markdown).replace(/^(#{1,6} .*)$/gm, '\x1b[1m$1\x1b[22m');

/** Loads marked + marked-terminal; one Marked instance per width (tables and rules use it). */
export async function loadMarkdown(): Promise<MarkdownRenderer> {
  const [{ Marked }, { markedTerminal }] = await Promise.all([import('marked'), import('marked-terminal')]);
  const byWidth = new Map<number, (md: string) => string>();
  return (markdown, width) => {
    let parse = byWidth.get(width);
    if (!parse) {
      // Blessed wraps lines itself (and measures CJK glyphs right); marked-terminal's reflow does not.
      const m = new Marked(markedTerminal({ width, reflowText: false, tab: 2, emoji: false }));
      parse = (md) => m.parse(md, { async: false });
      byWidth.set(width, parse);
    }
    return parse(unwrapParagraphs(markdown)).replace(/\n+$/, '\n');
  };
}
