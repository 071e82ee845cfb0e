import { busyboxHelp } from './bb-usage.ts';
import { lquote } from '../text/locale.ts';
import { gnuInfo } from './gnu-info.ts';
import { badUsage, busyboxUsage, usageFail } from '../text/usage.ts';
import { getopt } from '../getopt.ts';
import { qa } from '../errors.ts';
import type { Applet } from '../types.ts';

/** basename NAME [SUFFIX] | -a NAME... | -s SUFFIX NAME... [-z] */
const basename: Applet = {
  async run(ctx) {
    if (await busyboxHelp(ctx)) return 0;
    const bb = ctx.flavor === 'busybox';
    if (await gnuInfo(ctx, ctx.argv.slice(1))) return 0;
    let p;
    try {
      p = getopt(ctx.argv.slice(1), bb ? { short: 'as:', stopAtOperand: true } : { short: 'as:z', long: { multiple: { key: 'a' }, suffix: { arg: 'required', key: 's' }, zero: { key: 'z' } } });
    } catch (e) {
      return badUsage(ctx, e, 1, true);
    }
    let multiple = false;
    let suffix: string | undefined;
    let zero = false;
    for (const [k, v] of p.list) {
      if (k === 'a') multiple = true;
      else if (k === 's') {
        multiple = true;
        suffix = v!;
      } else if (k === 'z') zero = true;
    }
    const ops = p.operands;
    if (ops.length === 0 || (!multiple && ops.length > 2)) {
      if (bb) {
        await busyboxUsage(ctx);
        return 1;
      }
      return usageFail(ctx, ops.length === 0 ? 'missing operand' : `extra operand ${lquote(ctx, ops[2]!)}`);
    }
    const names = multiple ? ops : [ops[0]!];
    if (!multiple && ops.length === 2) suffix = ops[1];
    await ctx.stdout.write(names.map((n) => baseOf(n, suffix) + (zero ? '\0' : '\n')).join(''));
    return 0;
  },
};
export default basename;

/** gnulib base_name, trailing slashes stripped, then the suffix unless it is the whole name. */
export function baseOf(name: string, suffix: string | undefined): string {
  let base = name.replace(/\/+$/, '');
  if (base === '' && name !== '') return '/';
  base = base.slice(base.lastIndexOf('/') + 1);
  if (suffix && base.length > suffix.length && base.endsWith(suffix)) base = base.slice(0, -suffix.length);
  return base;
}
