import { fail } from '../errors.ts';
import type { Applet } from '../types.ts';

const UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** sleep NUMBER[SUFFIX]...: waits in virtual time (returns at once in real time). */
const sleep: Applet = {
  async run(ctx) {
    const args = ctx.argv.slice(1);
    if (args.length === 0) {
      await fail(ctx, 'missing operand');
      await ctx.stderr.write(ctx.flavor === 'busybox' ? 'BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: sleep [N]...\n' : `Try 'sleep --help' for more information.\n`);
      return 1;
    }
    let total = 0;
    for (const a of args) {
      const m = /^(\d+\.?\d*|\.\d+|inf|infinity)([smhd]?)$/i.exec(a);
      if (!m) {
        await fail(ctx, `invalid time interval '${a}'`);
        await ctx.stderr.write(`Try 'sleep --help' for more information.\n`);
        return 1;
      }
      const n = /^inf/i.test(m[1]!) ? Infinity : Number(m[1]);
      total += n * UNITS[m[2]!.toLowerCase()]!;
    }
    const ms = Number.isFinite(total) ? total * 1000 : 2 ** 31 * 1000;
    await ctx.sleep(ms);
    return 0;
  },
};
export default sleep;
