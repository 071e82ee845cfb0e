import { fail } from '../errors.ts';
import type { Applet } from '../types.ts';
import { extraOperand, gnuOpts } from './gnu-opts.ts';

/** nproc [--all] [--ignore=N]: processors available, honouring OMP_NUM_THREADS and OMP_THREAD_LIMIT. */
const nproc: Applet = {
  async run(ctx) {
    const opts = await gnuOpts(ctx, { long: { all: {}, ignore: { arg: 'required' } } });
    if (typeof opts === 'number') return opts;
    if (opts.operands.length) return extraOperand(ctx, opts.operands[0]!);
    let ignore = 0;
    let all = false;
    for (const [k, v] of opts.list) {
      if (k === 'all') all = true;
      else if (k === 'ignore') {
        if (!/^\s*\d+$/.test(v!)) {
          await fail(ctx, `invalid number: '${v}'`);
          return 1;
        }
        ignore = Number(v);
      }
    }
    let n = ctx.host.cpus;
    if (!all) {
      const omp = Number(/^\s*\+?(\d+)/.exec(ctx.env.get('OMP_NUM_THREADS') ?? '')?.[1] ?? 0);
      if (omp > 0) n = omp;
      const limit = Number(/^\s*\+?(\d+)/.exec(ctx.env.get('OMP_THREAD_LIMIT') ?? '')?.[1] ?? 0);
      if (limit > 0 && limit < n) n = limit;
    }
    await ctx.stdout.write(`${Math.max(1, n - ignore)}\n`);
    return 0;
  },
};
export default nproc;
