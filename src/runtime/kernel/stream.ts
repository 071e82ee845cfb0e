/** Thrown out of a blocking call when a signal interrupts it (EINTR) or kills the process. */
export class Interrupted extends Error {
  constructor(readonly fatal: boolean) {
    super(fatal ? 'killed' : 'interrupted');
  }
}

/** Ends a process as if by `signal` (the shell's step budget ends a runaway line like Ctrl-C). */
export class ProcessAbort extends Error {
  constructor(readonly signal: number, message: string) {
    super(message);
  }
}

/** Writing to a pipe nobody reads: the writer gets SIGPIPE. */
export class BrokenPipe extends Error {
  constructor() {
    super('Broken pipe');
  }
}

/** Something a process can block on; the process cancels the wait if a signal arrives. */
export interface Waiter {
  wait<T>(start: (resolve: (v: T) => void, reject: (e: unknown) => void) => () => void): Promise<T>;
}

/** The read side of an open file description. Data are byte strings. */
export interface InStream {
  /** A chunk, or null at end of file. */
  read(w: Waiter): Promise<string | null>;
  close(): void;
  /** True for a terminal (isatty). */
  readonly tty?: boolean;
}

export interface OutStream {
  write(w: Waiter, data: string): Promise<void>;
  close(): void;
  readonly tty?: boolean;
}

/** Reads a fixed string once, then EOF (regular files, here-docs, here-strings). */
export class StringIn implements InStream {
  constructor(private data: string | null) {}
  async read(): Promise<string | null> {
    const d = this.data;
    this.data = null;
    return d === '' ? null : d;
  }
  close(): void {}
}

export class NullIn implements InStream {
  async read(): Promise<null> {
    return null;
  }
  close(): void {}
}

export class NullOut implements OutStream {
  async write(): Promise<void> {}
  close(): void {}
}

/** Collects everything written (command substitution, test harnesses). */
export class CollectOut implements OutStream {
  chunks: string[] = [];
  constructor(private readonly limit = Infinity) {}
  size = 0;
  async write(_w: Waiter, data: string): Promise<void> {
    if (this.size >= this.limit) return;
    this.size += data.length;
    this.chunks.push(data);
  }
  text(): string {
    return this.chunks.join('');
  }
  take(): string {
    const t = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    return t;
  }
  close(): void {}
}
