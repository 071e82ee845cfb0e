import { parseScript } from '../runtime/shell/parse/parse.ts';

/**
 * Groups input lines into complete commands as a terminal does: a line that leaves an `if`,
 * a loop, a quote or a here-document open continues on the next line.
 */
export class LineSplitter {
  private lines: string[];
  constructor(text: string) {
    const parts = text.split('\n');
    if (parts[parts.length - 1] === '') parts.pop();
    this.lines = parts;
  }

  /** The next complete command's source (without its final newline), or null at the end. */
  next(): string | null {
    if (this.lines.length === 0) return null;
    let source = this.lines.shift()!;
    while (this.lines.length > 0 && parseScript(source).incomplete) source += `\n${this.lines.shift()!}`;
    return source;
  }

  /** Lines not yet taken, each with its newline: what a command reading stdin would get. */
  rest(): string[] {
    return this.lines.map((l) => `${l}\n`);
  }

  /** After a command consumed input, keep only what it left. */
  replaceRest(lines: string[]): void {
    this.lines = lines.map((l) => l.replace(/\n$/, ''));
  }
}
