/**
 * Output streams: stdout (block-buffered unless a terminal, like stdio), files opened by
 * `>`/`>>`, and `| cmd` pipes. A pipe's text is collected and handed to `sh -c cmd` as its
 * stdin when it is closed (close(), or at exit, most recently opened first as mawk does).
 */
import type { AppletContext } from '../types.ts';
import { AwkFatal } from './awk-error.ts';
import { errText } from '../errors.ts';

interface OutFile {
  kind: 'file' | 'pipe' | 'stdout' | 'stderr';
  buf: string;
  write?: (data: string) => Promise<void>;
}

const FLUSH_AT = 8192;

export class Outputs {
  private stdoutBuf = '';
  /** Open streams by name, newest first in iteration order of `order`. */
  private readonly files = new Map<string, OutFile>();
  private order: string[] = [];

  constructor(
    private readonly ctx: AppletContext,
    private readonly runCommand: (cmd: string, stdin?: string) => Promise<number>,
  ) {}

  /** Appends to stdout; true when the buffer should be flushed now. */
  /** -W interactive: every write goes out at once. */
  unbuffered = false;

  stdout(data: string): boolean {
    this.stdoutBuf += data;
    return this.stdoutBuf.length >= FLUSH_AT || this.ctx.stdout.tty || this.unbuffered;
  }

  async flushStdout(): Promise<void> {
    if (this.stdoutBuf === '') return;
    const d = this.stdoutBuf;
    this.stdoutBuf = '';
    await this.ctx.stdout.write(d);
  }

  /** Output redirected to `name`; returns true when a flush is due. */
  async to(mode: '>' | '>>' | '|', name: string, data: string): Promise<void> {
    let f = this.files.get(name);
    if (!f) f = await this.open(mode, name);
    if (f.kind === 'stdout') {
      if (this.stdout(data)) await this.flushStdout();
      return;
    }
    if (f.kind === 'stderr') return this.ctx.stderr.write(data);
    f.buf += data;
    if (f.kind === 'file' && f.buf.length >= FLUSH_AT) await this.flushFile(f);
  }

  private async open(mode: '>' | '>>' | '|', name: string): Promise<OutFile> {
    let f: OutFile;
    if (mode === '|') {
      // mawk flushes its output before forking the command.
      await this.flushAll();
      f = { kind: 'pipe', buf: '' };
    } else if (name === '/dev/stdout') f = { kind: 'stdout', buf: '' };
    else if (name === '/dev/stderr') f = { kind: 'stderr', buf: '' };
    else {
      let out;
      try {
        out = this.ctx.fs.openWrite(name, { append: mode === '>>' });
      } catch (e) {
        throw new AwkFatal(`cannot open "${name}" for output (${errText(e)})`);
      }
      const proc = this.ctx.proc;
      f = { kind: 'file', buf: '', write: (d) => out.write(proc, d) };
    }
    this.files.set(name, f);
    this.order.unshift(name);
    return f;
  }

  private async flushFile(f: OutFile): Promise<void> {
    if (f.buf === '' || !f.write) return;
    const d = f.buf;
    f.buf = '';
    await f.write(d);
  }

  has(name: string): boolean {
    return this.files.has(name);
  }

  /** close(): a pipe returns its command's status, a file 0, an unknown name -1. */
  async close(name: string): Promise<number> {
    const f = this.files.get(name);
    if (!f) return -1;
    this.files.delete(name);
    this.order = this.order.filter((n) => n !== name);
    if (f.kind === 'file') await this.flushFile(f);
    if (f.kind === 'stdout') await this.flushStdout();
    if (f.kind !== 'pipe') return 0;
    return this.runCommand(name, f.buf);
  }

  system(cmd: string): Promise<number> {
    return this.runCommand(cmd);
  }

  /** fflush(name): -1 when nothing of that name is open. */
  async flush(name?: string): Promise<number> {
    if (name === undefined) {
      await this.flushStdout();
      return 0;
    }
    const f = this.files.get(name);
    if (!f) return -1;
    if (f.kind === 'file') await this.flushFile(f);
    if (f.kind === 'stdout') await this.flushStdout();
    return 0;
  }

  /** Before system(): stdout and files reach their destination first. */
  async flushAll(): Promise<void> {
    await this.flushStdout();
    for (const f of this.files.values()) if (f.kind === 'file') await this.flushFile(f);
  }

  /** At exit: files and pipes (newest first), then stdout; busybox flushes stdout first. */
  async closeAll(): Promise<void> {
    if (this.ctx.flavor === 'busybox') await this.flushStdout();
    for (const name of [...this.order]) await this.close(name);
    await this.flushStdout();
  }
}
