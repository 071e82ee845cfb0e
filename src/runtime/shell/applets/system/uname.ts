import type { Applet } from '../types.ts';
import { extraOperand, gnuOpts } from './gnu-opts.ts';

const LONG = {
  all: { key: 'a' }, 'kernel-name': { key: 's' }, nodename: { key: 'n' }, 'kernel-release': { key: 'r' }, 'kernel-version': { key: 'v' },
  machine: { key: 'm' }, processor: { key: 'p' }, 'hardware-platform': { key: 'i' }, 'operating-system': { key: 'o' },
};

/** uname [-asnrvmpio]: the kernel facts, the node name of the caller's UTS namespace. */
const uname: Applet = {
  async run(ctx) {
    const opts = await gnuOpts(ctx, { short: 'asnrvmpio', long: LONG });
    if (typeof opts === 'number') return opts;
    if (opts.operands.length) return extraOperand(ctx, opts.operands[0]!);
    const f = new Set(opts.list.map(([k]) => k));
    const bb = ctx.flavor === 'busybox';
    // Ubuntu's coreutils reports the processor and platform; busybox does not know them.
    const proc = bb ? 'unknown' : ctx.host.machine;
    if (f.has('a')) ['s', 'n', 'r', 'v', 'm', 'o'].forEach((k) => f.add(k));
    if (f.has('a') && !bb) ['p', 'i'].forEach((k) => f.add(k));
    if (f.size === 0) f.add('s');
    const values: [string, string][] = [
      ['s', 'Linux'], ['n', ctx.proc.ns.uts.hostname], ['r', ctx.host.kernelRelease], ['v', ctx.host.kernelVersion],
      ['m', ctx.host.machine], ['p', proc], ['i', proc], ['o', 'GNU/Linux'],
    ];
    await ctx.stdout.write(`${values.filter(([k]) => f.has(k)).map(([, v]) => v).join(' ')}\n`);
    return 0;
  },
};
export default uname;
