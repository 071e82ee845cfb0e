import { FsError } from '../../../kernel/fs/errors.ts';
import type { AppletContext } from '../types.ts';
import { type Line, LineReader } from './line-reader.ts';

/** Thrown to stop sed with a status after printing `sed: MESSAGE` (GNU's panic: status 4). */
export class SedFatal extends Error {
  constructor(
    message: string,
    readonly status = 4,
  ) {
    super(message);
  }
}

/**
 * One output stream with GNU sed's missing-newline rule: a last input line without a newline is
 * printed without one, and the newline is added if anything else is written after it.
 */
export class Sink {
  private missingNewline = false;
  private buf = '';

  constructor(private readonly emit: (data: string) => Promise<void>) {}

  text(s: string): void {
    if (s === '') return;
    if (this.missingNewline) {
      this.buf += '\n';
      this.missingNewline = false;
    }
    this.buf += s;
  }

  /** The pattern space (or a part of it) and its line terminator. */
  pattern(s: string, terminated: boolean, delim: string): void {
    if (this.missingNewline) {
      this.buf += '\n';
      this.missingNewline = false;
    }
    this.buf += s;
    if (terminated) this.buf += delim;
    else this.missingNewline = true;
  }

  async flush(force = true): Promise<void> {
    if (this.buf === '' || (!force && this.buf.length < 8192)) return;
    const data = this.buf;
    this.buf = '';
    await this.emit(data);
  }
}

/** The files sed reads, one line ahead so `$` is known; `-` is standard input. */
export class SedInput {
  private idx = -1;
  private reader: LineReader | null = null;
  private ahead: Line | null | undefined;
  /** The file the current line came from (`-` for stdin), for F. */
  name = '-';
  private aheadName = '-';
  /** A file could not be read (exit status 2). */
  missing = false;

  constructor(
    private readonly ctx: AppletContext,
    private readonly files: string[],
    private readonly delim: string,
    private readonly say: (m: string) => Promise<void>,
    private readonly busybox = false,
  ) {}

  async next(): Promise<Line | null> {
    const l = this.ahead !== undefined ? this.ahead : await this.read();
    this.ahead = undefined;
    if (l) this.name = this.aheadName;
    return l;
  }

  /** True when no line follows in any remaining file. */
  async atEnd(): Promise<boolean> {
    if (this.ahead === undefined) this.ahead = await this.read();
    return this.ahead === null;
  }

  private async read(): Promise<Line | null> {
    for (;;) {
      if (this.reader) {
        const l = await this.reader.next();
        if (l) return l;
        this.reader.close();
        this.reader = null;
      }
      if (++this.idx >= this.files.length) return null;
      const f = this.files[this.idx]!;
      try {
        if (f !== '-' && this.ctx.fs.stat(f).type === 'dir') throw new SedFatal(`read error on ${f}: Is a directory`);
        this.reader = new LineReader(this.ctx.open(f), this.ctx.proc, this.delim);
        this.aheadName = f;
      } catch (e) {
        if (!(e instanceof FsError)) throw e;
        this.missing = true;
        await this.say(this.busybox ? `${f}: ${e.text}` : `can't read ${f}: ${e.text}`);
      }
    }
  }

  close(): void {
    this.reader?.close();
  }
}

/** Output files of w, W and s///w: truncated at start, appended to as sed runs. */
export class WriteFiles {
  private readonly sinks = new Map<string, Sink>();

  constructor(
    private readonly ctx: AppletContext,
    stdout: Sink,
    stderr: Sink,
  ) {
    this.sinks.set('/dev/stdout', stdout);
    this.sinks.set('/dev/stderr', stderr);
  }

  open(names: string[]): void {
    for (const name of names) {
      if (this.sinks.has(name)) continue;
      try {
        this.ctx.fs.writeFile(name, '');
      } catch (e) {
        if (!(e instanceof FsError)) throw e;
        throw new SedFatal(`couldn't open file ${name}: ${e.text}`);
      }
      this.sinks.set(name, new Sink(async (data) => this.ctx.fs.writeFile(name, data, { append: true })));
    }
  }

  get(name: string): Sink {
    return this.sinks.get(name)!;
  }

  async flush(): Promise<void> {
    for (const s of this.sinks.values()) await s.flush();
  }
}

/** R: each file is read a line at a time, the position shared by every R naming it. */
export class ReadFiles {
  private readonly readers = new Map<string, LineReader | null>();

  constructor(
    private readonly ctx: AppletContext,
    private readonly delim: string,
  ) {}

  async line(name: string): Promise<string | null> {
    if (!this.readers.has(name)) {
      let r: LineReader | null = null;
      try {
        r = new LineReader(this.ctx.open(name === '/dev/stdin' ? '-' : name), this.ctx.proc, this.delim);
      } catch (e) {
        if (!(e instanceof FsError)) throw e;
      }
      this.readers.set(name, r);
    }
    const l = await this.readers.get(name)?.next();
    return l ? l.text + (l.terminated ? this.delim : '') : null;
  }
}
