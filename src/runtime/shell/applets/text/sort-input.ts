import type { AppletContext } from '../types.ts';
import { openInput, slurp } from './input.ts';
import { quotef } from './quote-name.ts';

/** All records of one input, or the exit status after reporting why it could not be read. */
export async function readRecords(ctx: AppletContext, f: string, delim: string): Promise<string[] | number> {
  const o = openInput(ctx, f);
  if (!o.ok) {
    if (ctx.flavor === 'busybox' && o.atRead) return [];
    const msg = ctx.flavor === 'busybox' ? `${f}: ${o.text}` : o.atRead ? `read failed: ${quotef(f)}: ${o.text}` : `cannot read: ${quotef(f)}: ${o.text}`;
    await ctx.stderr.write(`sort: ${msg}\n`);
    return 2;
  }
  const data = await slurp(ctx, o.stream);
  o.stream.close();
  if (data === '') return [];
  const recs = data.split(delim);
  if (data.endsWith(delim)) recs.pop();
  return recs;
}
