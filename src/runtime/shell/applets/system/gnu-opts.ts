import { fail, usageError } from '../errors.ts';
import { type OptSpec, type ParsedOpts, getopt } from '../getopt.ts';
import type { AppletContext } from '../types.ts';
import { gnuInfo } from './gnu-help.ts';

/**
 * getopt_long plus coreutils' --help/--version. Returns the parsed options, or the exit
 * status when the program is done (help, version, or a usage error with `status`).
 */
export async function gnuOpts(ctx: AppletContext, spec: OptSpec, status = 1): Promise<ParsedOpts | number> {
  const withInfo: OptSpec = ctx.flavor === 'gnu' ? { ...spec, long: { ...spec.long, help: {}, version: {} } } : spec;
  let opts: ParsedOpts;
  try {
    opts = getopt(ctx.argv.slice(1), withInfo);
  } catch (e) {
    return usageError(ctx, e, status);
  }
  for (const [k] of opts.list) if (k === 'help' || k === 'version') return gnuInfo(ctx, ctx.name, k);
  return opts;
}

/** `NAME: extra operand 'X'` and the --help hint. */
export async function extraOperand(ctx: AppletContext, op: string, status = 1): Promise<number> {
  await fail(ctx, `extra operand '${op}'`);
  await ctx.stderr.write(ctx.flavor === 'busybox' ? `BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: ${ctx.name} ...\n` : `Try '${ctx.name} --help' for more information.\n`);
  return status;
}
