import type { InStream } from '../../../kernel/stream.ts';
import { errText } from '../errors.ts';
import type { AppletContext } from '../types.ts';

/**
 * Input files read in order as one byte stream (od, hexdump, xxd). Files are opened only when
 * reached, so error messages interleave with output as they do in the real tools. A directory
 * reads as EISDIR; `report` gets the file name and errno text.
 */
export class ByteSource {
  private idx = 0;
  private cur: InStream | null = null;
  private buf = '';
  private eof = false;
  failed = false;

  constructor(
    private readonly ctx: AppletContext,
    private readonly files: string[],
    private readonly report: (file: string, text: string) => Promise<void>,
  ) {}

  private async fill(): Promise<boolean> {
    while (!this.eof) {
      if (!this.cur) {
        if (this.idx >= this.files.length) {
          this.eof = true;
          return false;
        }
        const f = this.files[this.idx++]!;
        try {
          if (f !== '-' && this.ctx.fs.stat(f).type === 'dir') {
            this.failed = true;
            await this.report(f, 'Is a directory');
            continue;
          }
          this.cur = this.ctx.open(f);
        } catch (e) {
          this.failed = true;
          await this.report(f, errText(e));
          continue;
        }
      }
      const chunk = await this.cur.read(this.ctx.proc);
      await this.ctx.tick(1);
      if (chunk === null) {
        this.cur.close();
        this.cur = null;
        continue;
      }
      this.buf += chunk;
      return true;
    }
    return false;
  }

  /** Up to `n` bytes; fewer only at the end of the last file. */
  async read(n: number): Promise<string> {
    while (this.buf.length < n && (await this.fill()));
    const out = this.buf.slice(0, n);
    this.buf = this.buf.slice(n);
    return out;
  }

  /** Discards up to `n` bytes; returns how many were skipped. */
  async skip(n: number): Promise<number> {
    let done = 0;
    while (done < n) {
      if (this.buf.length === 0 && !(await this.fill())) break;
      const take = Math.min(n - done, this.buf.length);
      this.buf = this.buf.slice(take);
      done += take;
    }
    return done;
  }

  close(): void {
    this.cur?.close();
    this.cur = null;
  }
}
