import type { AppletContext } from '../types.ts';
import type { ByteSource } from './byte-source.ts';

const printable = (c: number) => c >= 32 && c < 127;

/** od -S N: NUL-terminated runs of at least N printable bytes, each after its address. */
export async function odStrings(ctx: AppletContext, src: ByteSource, min: number, start: bigint, limit: bigint | null, fmtAddr: (a: bigint) => string): Promise<void> {
  const end = limit === null ? null : start + limit;
  let address = start;
  let out = '';
  const next = async (): Promise<number> => {
    const c = await src.read(1);
    address++;
    return c === '' ? -1 : c.charCodeAt(0);
  };
  outer: for (;;) {
    if (end !== null && (end < BigInt(min) || end - BigInt(min) <= address)) break;
    let buf = '';
    for (let i = 0; i < min; i++) {
      const c = await next();
      if (c < 0) break outer;
      if (!printable(c)) continue outer;
      buf += String.fromCharCode(c);
    }
    for (;;) {
      if (end !== null && address >= end) break;
      const c = await next();
      if (c < 0) break outer;
      if (c === 0) break;
      if (!printable(c)) continue outer;
      buf += String.fromCharCode(c);
    }
    const a = fmtAddr(address - BigInt(buf.length) - 1n);
    out += `${a}${a ? ' ' : ''}${buf}\n`;
    if (out.length > 4096) {
      await ctx.stdout.write(out);
      out = '';
    }
  }
  if (out) await ctx.stdout.write(out);
}
