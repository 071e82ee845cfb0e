import { FsError } from '../../../kernel/fs/errors.ts';
import type { InStream } from '../../../kernel/stream.ts';
import type { AppletContext } from '../types.ts';
import { unread } from '../context.ts';

/**
 * Opening an input as the C tools do: open(2) succeeds on a directory and the error only
 * shows at read(2) time, which is why `atRead` is reported separately (the messages differ).
 */
export type Opened = { ok: true; stream: InStream } | { ok: false; text: string; atRead: boolean; code: string };

export function openInput(ctx: AppletContext, path: string): Opened {
  try {
    if (path !== '-' && ctx.fs.stat(path).type === 'dir') return { ok: false, text: 'Is a directory', atRead: true, code: 'EISDIR' };
    return { ok: true, stream: ctx.open(path) };
  } catch (e) {
    if (e instanceof FsError) return { ok: false, text: e.message, atRead: false, code: e.code };
    throw e;
  }
}

/** Everything left on a stream, ticking per chunk so huge inputs stay interruptible. */
export async function slurp(ctx: AppletContext, stream: InStream): Promise<string> {
  const parts: string[] = [];
  for (;;) {
    const c = await stream.read(ctx.proc);
    if (c === null) break;
    parts.push(c);
    ctx.kernel.chargeMemory(ctx.proc, c.length);
    await ctx.tick(1);
  }
  return parts.join('');
}

/** Pulls delimiter-terminated records off a stream without reading further than needed. */
export class RecordReader {
  private buf = '';
  private pos = 0;
  private eof = false;
  constructor(
    private readonly ctx: AppletContext,
    private readonly stream: InStream,
    private readonly delim = '\n',
  ) {}

  /** The next record including its delimiter (the last one may lack it), or null at EOF. */
  async next(): Promise<string | null> {
    for (;;) {
      const at = this.buf.indexOf(this.delim, this.pos);
      if (at >= 0) {
        const rec = this.buf.slice(this.pos, at + 1);
        this.pos = at + 1;
        return rec;
      }
      if (this.eof) {
        if (this.pos >= this.buf.length) return null;
        const rec = this.buf.slice(this.pos);
        this.pos = this.buf.length;
        return rec;
      }
      const c = await this.stream.read(this.ctx.proc);
      await this.ctx.tick(1);
      if (c === null) this.eof = true;
      else {
        this.buf = this.buf.slice(this.pos) + c;
        this.pos = 0;
      }
    }
  }

  /** Whatever was read ahead but not handed out (for giving it back to a seekable stdin). */
  rest(): string {
    return this.buf.slice(this.pos);
  }
}

/** Splits text into records that keep their delimiter; a missing final delimiter stays missing. */
export function splitRecords(text: string, delim = '\n'): string[] {
  const out: string[] = [];
  let start = 0;
  for (;;) {
    const at = text.indexOf(delim, start);
    if (at < 0) break;
    out.push(text.slice(start, at + 1));
    start = at + 1;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/**
 * Regular files are seekable: GNU tools that stop early on stdin (head, sed q) seek back so the
 * next reader of the same descriptor continues where they stopped. Pipes keep what was read.
 */
export function giveBackStdin(ctx: AppletContext, data: string): void {
  const f = ctx.proc.fds.get(0);
  if (!f || data === '') return;
  let seekable = false;
  try {
    seekable = f.label !== 'pipe' && ctx.fs.stat(f.label).type === 'file';
  } catch {
    seekable = false;
  }
  if (!seekable) return;
  unread(f, data);
}

/**
 * Writes `transform` of every record of `stream` to stdout, in writes of about 64 KiB (one write
 * per line would be slow; one at the end would hold a whole endless input), then closes it.
 */
export async function mapRecords(ctx: AppletContext, stream: InStream, transform: (rec: string) => string, delim = '\n'): Promise<void> {
  const r = new RecordReader(ctx, stream, delim);
  let out = '';
  for (;;) {
    const rec = await r.next();
    if (rec === null) break;
    out += transform(rec);
    if (out.length > 65536) {
      await ctx.stdout.write(out);
      out = '';
    }
  }
  await ctx.stdout.write(out);
  stream.close();
}
