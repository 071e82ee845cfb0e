// The terminal pane's text: what programs wrote, as lines, the last one still open (a prompt, a
// `printf` without newline). It interprets what a line-oriented terminal must (CR, LF, BS, TAB,
// colours, `clear`) and drops cursor-addressing escapes it cannot show in a scrolling pane.

const MAX_LINES = 2000;
/** SGR (colour) sequences stay in the text: blessed draws them. */
const SGR = /^\x1b\[[0-9;]*m/;
/** Any other CSI / OSC / two-byte escape. */
const OTHER_ESCAPE = /^\x1b(\[[0-9;?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])/;
const CLEAR = /^\x1b\[(2|3)?J/;

export class Scrollback {
  /** Finished lines, oldest first. */
  private lines: string[] = [];
  /** The open last line. */
  private open = '';
  /** Visible columns of `open` (escapes excluded), for tab stops. */
  private column = 0;

  write(text: string): void {
    let i = 0;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '\x1b') {
        const rest = text.slice(i, i + 256);
        if (CLEAR.test(rest)) this.clear();
        const m = SGR.exec(rest) ?? OTHER_ESCAPE.exec(rest);
        if (m && SGR.test(m[0])) this.open += m[0];
        i += m ? m[0].length : 1;
        continue;
      }
      i++;
      if (c === '\n') this.newline();
      else if (c === '\r') {
        // CR LF is a newline; a lone CR (a progress line) starts the line over.
        if (text[i] !== '\n') this.carriageReturn();
      } else if (c === '\b') this.backspace();
      else if (c === '\t') {
        const n = 8 - (this.column % 8);
        this.open += ' '.repeat(n);
        this.column += n;
      } else if (c === '\x07' || c < ' ') continue;
      else {
        this.open += c;
        this.column++;
      }
    }
  }

  private newline(): void {
    this.lines.push(this.open);
    this.open = '';
    this.column = 0;
    if (this.lines.length > MAX_LINES) this.lines.splice(0, this.lines.length - MAX_LINES);
  }

  private carriageReturn(): void {
    this.open = '';
    this.column = 0;
  }

  private backspace(): void {
    const chars = Array.from(this.open.replace(/\x1b\[[0-9;]*m$/, ''));
    if (chars.length === 0) return;
    chars.pop();
    this.open = chars.join('');
    this.column = Math.max(0, this.column - 1);
  }

  /** Ctrl-L and `clear`: the screen empties; the open line (the prompt) stays. */
  clear(): void {
    this.lines = [];
  }

  /** The text to draw, with `tail` (the line being edited) after the open line. */
  render(tail = ''): string {
    return [...this.lines, this.open + tail].join('\n');
  }

  /** The finished lines and the open one, for tests and plain output. */
  text(): string {
    return [...this.lines, this.open].join('\n');
  }

  get openLine(): string {
    return this.open;
  }
}
