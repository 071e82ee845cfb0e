import { BrokenPipe, type InStream, type OutStream, type Waiter } from './kernel/stream.ts';

/** One side of the session's terminal: collects what programs write to it. */
export class TerminalOut implements OutStream {
  private chunks: string[] = [];
  private size = 0;
  truncated = false;
  constructor(
    readonly tty: boolean,
    /** Bytes kept per command; past it output is dropped and the command is told so. */
    private readonly limit: number,
    private readonly sink?: (data: string) => void,
  ) {}
  async write(_w: unknown, data: string): Promise<void> {
    if (this.sink) {
      this.sink(data);
      return;
    }
    if (this.size + data.length > this.limit) {
      this.truncated = true;
      const room = Math.max(0, this.limit - this.size);
      if (room > 0) this.chunks.push(data.slice(0, room));
      this.size = this.limit;
      throw new OutputLimit();
    }
    this.size += data.length;
    this.chunks.push(data);
  }
  take(): string {
    const t = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    this.truncated = false;
    return t;
  }
  close(): void {}
}

/** Raised in the writer when a command floods the terminal; it is stopped like a broken pipe. */
export class OutputLimit extends BrokenPipe {}

/** The terminal's input: lines the student typed (or the rest of a script) not yet consumed. */
export class TerminalIn implements InStream {
  constructor(
    readonly tty: boolean,
    private readonly source: { take(): string | null | Promise<string | null> },
  ) {}
  async read(w: Waiter): Promise<string | null> {
    const got = this.source.take();
    if (!(got instanceof Promise)) return got;
    // Blocking on the keyboard: a signal (Ctrl-C) ends the wait like any blocking read.
    let cancelled = false;
    return w.wait<string | null>((resolve) => {
      void got.then((line) => {
        if (!cancelled) resolve(line);
      });
      return () => {
        cancelled = true;
      };
    });
  }
  close(): void {}
}
