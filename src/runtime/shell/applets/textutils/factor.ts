import { gnuInfo } from './gnu-info.ts';
import { parseOpts } from '../text/usage.ts';
import type { Applet, AppletContext } from '../types.ts';
import { busyboxHelp, textutilsBusyboxUsage } from './bb-usage.ts';
import { factorize } from './factorize.ts';

/** factor [NUMBER...]: operands, or whitespace-separated numbers from stdin. */
const factor: Applet = {
  async run(ctx) {
    if (await busyboxHelp(ctx)) return 0;
    const bb = ctx.flavor === 'busybox';
    let operands: string[];
    if (bb) {
      const args = ctx.argv.slice(1);
      if (args.some((a) => a.startsWith('-') && a !== '-')) {
        await textutilsBusyboxUsage(ctx);
        return 1;
      }
      operands = args;
    } else {
      if (await gnuInfo(ctx, ctx.argv.slice(1))) return 0;
      const p = await parseOpts(ctx, ctx.argv.slice(1), { long: { help: {}, version: {} } });
      if (typeof p === 'number') return p;
      operands = p.operands;
    }
    let ok = true;
    const one = async (tok: string): Promise<boolean> => {
      const m = bb ? /^\s*\+?(\d+)$/.exec(tok) : /^[ \t\n\v\f\r]*\+?(\d+)$/.exec(tok);
      const n = m ? BigInt(m[1]!) : -1n;
      if (!m || (bb && n >= 1n << 64n)) {
        if (bb) {
          await textutilsBusyboxUsage(ctx);
          return false;
        }
        await ctx.stderr.write(`factor: '${tok}' is not a valid positive integer\n`);
        ok = false;
        return true;
      }
      await ctx.tick(1);
      const f = factorize(n);
      await ctx.stdout.write(`${n}:${f.map((x) => ` ${x}`).join('')}\n`);
      return true;
    };
    if (operands.length) {
      for (const o of operands) if (!(await one(o))) return 1;
      return ok ? 0 : 1;
    }
    if (!(await fromStdin(ctx, one))) return 1;
    return ok ? 0 : 1;
  },
};
export default factor;

async function fromStdin(ctx: AppletContext, one: (t: string) => Promise<boolean>): Promise<boolean> {
  const s = ctx.open('-');
  let pending = '';
  for (;;) {
    const c = await s.read(ctx.proc);
    const data = pending + (c ?? '');
    const toks = data.split(/[ \t\n\v\f\r]+/);
    pending = c === null ? '' : toks.pop()!;
    for (const t of toks) if (t !== '' && !(await one(t))) return false;
    if (c === null) break;
  }
  s.close();
  return true;
}
