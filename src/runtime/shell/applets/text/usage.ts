import { usageError } from '../errors.ts';
import { getopt, OptError, type OptSpec, type ParsedOpts } from '../getopt.ts';
import type { AppletContext } from '../types.ts';
import { BUSYBOX_USAGE } from './busybox-usage.ts';

const BANNER = 'BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.';

/**
 * A bad command line: coreutils prints `Try 'NAME --help'…`, busybox its banner and the
 * applet's usage text. Busybox applets without long options see `--foo` as the option `-`.
 */
export async function badUsage(ctx: AppletContext, e: unknown, status = 1, busyboxLongs = false): Promise<number> {
  if (!(e instanceof OptError)) throw e;
  if (ctx.flavor !== 'busybox') return usageError(ctx, e, status);
  let msg = e.message;
  if (!busyboxLongs && msg.startsWith('unrecognized option')) msg = "invalid option -- '-'";
  await ctx.stderr.write(`${ctx.name}: ${msg}\n`);
  await busyboxUsage(ctx);
  return status;
}

/** Busybox's reaction to missing operands and the like: the usage text alone. */
export async function busyboxUsage(ctx: AppletContext): Promise<void> {
  const text = BUSYBOX_USAGE[ctx.name] ?? `Usage: ${ctx.name} ...\n`;
  await ctx.stderr.write(`${BANNER}\n\n${text}`);
}

/** A usage problem found after option parsing: message, then the `Try…` line (GNU). */
export async function usageFail(ctx: AppletContext, message: string, status = 1): Promise<number> {
  if (ctx.flavor === 'busybox') {
    if (message) await ctx.stderr.write(`${ctx.name}: ${message}\n`);
    await busyboxUsage(ctx);
    return 1;
  }
  await ctx.stderr.write(`${ctx.progName}: ${message}\nTry '${ctx.progName} --help' for more information.\n`);
  return status;
}

/**
 * getopt with the bad-usage reporting above; a number means "exit with this status". Most busybox
 * applets go through getopt_long even without long options, so `--foo` is "unrecognized" there.
 */
export async function parseOpts(ctx: AppletContext, args: string[], spec: OptSpec, status = 1, busyboxLongs?: boolean): Promise<ParsedOpts | number> {
  try {
    return getopt(args, spec);
  } catch (e) {
    return badUsage(ctx, e, status, busyboxLongs ?? (spec.long !== undefined && Object.keys(spec.long).length > 0));
  }
}
