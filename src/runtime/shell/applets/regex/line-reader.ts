import type { InStream, Waiter } from '../../../kernel/stream.ts';

export interface Line {
  text: string;
  /** False for a last line that lacks its terminator. */
  terminated: boolean;
  /** Byte offset of the line's first byte in the input. */
  offset: number;
}

/**
 * Splits a stream into lines (ended by `\n`, or NUL for -z) as chunks arrive, so a program
 * reading a pipe or a device never needs the whole input in memory at once.
 */
export class LineReader {
  private buf = '';
  private pos = 0;
  private eof = false;
  private offset = 0;
  private ahead: Line | null | undefined;

  constructor(
    private readonly input: InStream,
    private readonly waiter: Waiter,
    private readonly eol = '\n',
    /** Called with every chunk as it is read (grep's binary-file check). */
    private readonly onChunk?: (chunk: string) => void,
  ) {}

  async next(): Promise<Line | null> {
    if (this.ahead !== undefined) {
      const l = this.ahead;
      this.ahead = undefined;
      return l;
    }
    return this.read();
  }

  /** True when no line follows (sed's `$`); reads ahead one line if needed. */
  async atEnd(): Promise<boolean> {
    if (this.ahead === undefined) this.ahead = await this.read();
    return this.ahead === null;
  }

  private async read(): Promise<Line | null> {
    for (;;) {
      const at = this.buf.indexOf(this.eol, this.pos);
      if (at >= 0) {
        const text = this.buf.slice(this.pos, at);
        const line = { text, terminated: true, offset: this.offset };
        this.offset += at + 1 - this.pos;
        this.pos = at + 1;
        return line;
      }
      if (this.eof) {
        if (this.pos >= this.buf.length) return null;
        const line = { text: this.buf.slice(this.pos), terminated: false, offset: this.offset };
        this.offset += this.buf.length - this.pos;
        this.pos = this.buf.length;
        return line;
      }
      const chunk = await this.input.read(this.waiter);
      if (chunk === null) {
        this.eof = true;
        continue;
      }
      this.onChunk?.(chunk);
      this.buf = this.buf.slice(this.pos) + chunk;
      this.pos = 0;
    }
  }

  close(): void {
    this.input.close();
  }
}
