import { errText, fail, q, usageError } from '../errors.ts';
import { getopt } from '../getopt.ts';
import { notInBusybox } from './not-in-busybox.ts';
import type { Applet } from '../types.ts';
import { bsdSum, sysvSum } from './checksums.ts';
import { STD_LONGS, stdOptions } from './coreutils-info.ts';
import { readInput } from './read-input.ts';

/** sum (coreutils 9.1): BSD checksum by default or with -r, System V with -s/--sysv. */
const sum: Applet = {
  async run(ctx) {
    if (ctx.flavor === 'busybox') return notInBusybox(ctx);
    let opts;
    try {
      opts = getopt(ctx.argv.slice(1), { short: 'rs', long: { sysv: { key: 's' }, ...STD_LONGS } });
    } catch (e) {
      return usageError(ctx, e);
    }
    const std = await stdOptions(ctx, 'sum', opts.list);
    if (std !== undefined) return std;
    let sysv = false;
    for (const [k] of opts.list) sysv = k === 's' ? true : k === 'r' ? false : sysv;
    const files = opts.operands.length ? opts.operands : ['-'];
    let status = 0;
    for (const f of files) {
      try {
        const data = await readInput(ctx, f);
        await ctx.stdout.write(`${sysv ? sysvSum(data) : bsdSum(data)}${opts.operands.length ? ` ${f}` : ''}\n`);
      } catch (e) {
        await fail(ctx, `${q(f)}: ${errText(e)}`);
        status = 1;
      }
    }
    return status;
  },
};
export default sum;
