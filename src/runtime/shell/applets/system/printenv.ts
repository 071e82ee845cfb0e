import type { Applet } from '../types.ts';
import { gnuOpts } from './gnu-opts.ts';

/** printenv [-0] [NAME...]: the environment, or the values of NAMEs (status 1 if one is missing). */
const printenv: Applet = {
  async run(ctx) {
    const opts = await gnuOpts(ctx, { short: '0', long: { null: { key: '0' } } }, 2);
    if (typeof opts === 'number') return opts;
    const end = opts.list.some(([k]) => k === '0') ? '\0' : '\n';
    if (!opts.operands.length) {
      await ctx.stdout.write([...ctx.env].map(([k, v]) => `${k}=${v}${end}`).join(''));
      return 0;
    }
    let found = 0;
    let out = '';
    for (const name of opts.operands) {
      if (name.includes('=') || !ctx.env.has(name)) continue;
      out += `${ctx.env.get(name)}${end}`;
      found++;
    }
    await ctx.stdout.write(out);
    return found === opts.operands.length ? 0 : 1;
  },
};
export default printenv;
