import type { InStream } from '../../../kernel/stream.ts';
import type { AppletContext } from '../types.ts';

/** Reads an input on demand, so `cmp -n 5 /dev/zero f` ends without draining the device. */
export class ByteSource {
  private buf = '';
  private eof = false;

  constructor(
    private readonly ctx: AppletContext,
    private readonly input: InStream,
  ) {}

  /** Makes at least `n` bytes available if the input has them; returns how many are. */
  async fill(n: number): Promise<number> {
    while (!this.eof && this.buf.length < n) {
      const chunk = await this.input.read(this.ctx.proc);
      if (chunk === null) this.eof = true;
      else this.buf += chunk;
      await this.ctx.tick(1);
    }
    return Math.min(n, this.buf.length);
  }

  get data(): string {
    return this.buf;
  }

  close(): void {
    this.input.close();
  }
}

/** GNU xstrtoimax with cmp's suffixes (kKMGTPEZY, optional B for 1000 or iB for 1024). */
export function parseSize(s: string, allowTrailing = ''): { value: number; rest: string } | null {
  const m = /^\s*(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)(.*)$/s.exec(s);
  if (!m) return null;
  const digits = m[1]!;
  let value = digits.startsWith('0x') || digits.startsWith('0X') ? parseInt(digits.slice(2), 16) : digits.length > 1 && digits.startsWith('0') ? parseInt(digits, 8) : parseInt(digits, 10);
  let rest = m[2]!;
  const units = 'kKMGTPEZY';
  const at = rest === '' ? -1 : units.indexOf(rest[0]!);
  if (at >= 0) {
    const power = at <= 1 ? 1 : at;
    let base = 1024;
    if (rest[1] === 'B') {
      base = 1000;
      rest = rest.slice(2);
    } else if (rest.startsWith('iB', 1)) rest = rest.slice(3);
    else rest = rest.slice(1);
    value *= base ** power;
  }
  if (rest !== '' && (allowTrailing === '' || !rest.startsWith(allowTrailing))) return null;
  return { value, rest };
}
