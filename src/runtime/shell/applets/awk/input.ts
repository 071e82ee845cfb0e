/**
 * Splits a stream into records by RS: one character, a literal string, a regular expression,
 * or paragraph mode (RS = ""), reading more input only when a separator could still grow.
 */
import { compileRegex, type AwkRegex } from './regex.ts';

export type RsMode = { t: 'str'; s: string } | { t: 're'; re: AwkRegex } | { t: 'para' };

export const NEWLINE_RS: RsMode = { t: 'str', s: '\n' };
const PARA = compileRegex('\n\n+');

/** Throws RegexError for an invalid regular expression. */
export function rsModeOf(rs: string): RsMode {
  if (rs === '') return { t: 'para' };
  if (rs.length === 1) return { t: 'str', s: rs };
  const re = compileRegex(rs);
  return re.literal !== null && re.literal !== '' ? { t: 'str', s: re.literal } : { t: 're', re };
}

export interface ChunkSource {
  read(): Promise<string | null>;
}

export class RecordReader {
  private buf = '';
  private pos = 0;
  private eof = false;
  /** Where the last unsuccessful separator search stopped (no rescanning of long records). */
  private scanned = 0;

  constructor(private readonly src: ChunkSource) {}

  private async more(): Promise<boolean> {
    if (this.eof) return false;
    const c = await this.src.read();
    if (c === null) {
      this.eof = true;
      return false;
    }
    if (this.pos > 65536) {
      this.buf = this.buf.slice(this.pos);
      this.scanned -= this.pos;
      this.pos = 0;
    }
    this.buf += c;
    return true;
  }

  private take(end: number, next: number): string {
    const r = this.buf.slice(this.pos, end);
    this.pos = next;
    this.scanned = next;
    return r;
  }

  /** The next record, or null at end of input. */
  async next(rs: RsMode): Promise<string | null> {
    if (rs.t === 'para') return this.paragraph();
    for (;;) {
      if (rs.t === 'str') {
        const k = this.buf.indexOf(rs.s, Math.max(this.pos, this.scanned));
        if (k >= 0) return this.take(k, k + rs.s.length);
        this.scanned = Math.max(this.pos, this.buf.length - rs.s.length + 1);
      } else {
        const m = rs.re.search(this.buf, this.pos);
        if (m && m[1] > m[0] && (m[1] < this.buf.length || this.eof)) return this.take(m[0], m[1]);
      }
      if (!(await this.more())) break;
    }
    if (this.pos >= this.buf.length) return null;
    return this.take(this.buf.length, this.buf.length);
  }

  private async paragraph(): Promise<string | null> {
    for (;;) {
      while (this.pos < this.buf.length && this.buf.charCodeAt(this.pos) === 10) this.pos++;
      if (this.pos < this.buf.length || !(await this.more())) break;
    }
    for (;;) {
      const m = PARA.search(this.buf, this.pos);
      if (m && (m[1] < this.buf.length || this.eof)) return this.take(m[0], m[1]);
      if (!(await this.more())) break;
    }
    if (this.pos >= this.buf.length) return null;
    let end = this.buf.length;
    while (end > this.pos && this.buf.charCodeAt(end - 1) === 10) end--;
    return this.take(end, this.buf.length);
  }

  /** Everything not consumed yet (for handing stdin back). */
  rest(): string {
    return this.buf.slice(this.pos);
  }
}
