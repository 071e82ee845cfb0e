import { FsError } from '../../../kernel/fs/errors.ts';
import { getopt, type OptSpec, OptError, type ParsedOpts } from '../getopt.ts';
import type { AppletContext, ExecFailure } from '../types.ts';

/** util-linux's `prog from util-linux 2.38.1` (the oracle machine's release). */
export const UL_VERSION = '2.38.1';

/** errx(3): `prog: msg`, then the status to exit with. */
export async function errx(ctx: AppletContext, msg: string, status = 1): Promise<number> {
  await ctx.stderr.write(`${ctx.name}: ${msg}\n`);
  return status;
}

/** err(3): `prog: msg: strerror`. */
export async function errno(ctx: AppletContext, msg: string, e: unknown, status = 1): Promise<number> {
  if (!(e instanceof FsError)) throw e;
  return errx(ctx, `${msg}: ${e.text}`, status);
}

/**
 * getopt_long with util-linux's reaction to bad usage (errtryhelp) and its -h/-V handling.
 * Returns the status to exit with when the program must stop.
 */
export async function ulOpts(ctx: AppletContext, spec: OptSpec, help: string, versionSuffix = ''): Promise<ParsedOpts | number> {
  let opts: ParsedOpts;
  try {
    opts = getopt(ctx.argv.slice(1), spec);
  } catch (e) {
    if (!(e instanceof OptError)) throw e;
    await ctx.stderr.write(`${ctx.name}: ${e.message}\nTry '${ctx.name} --help' for more information.\n`);
    return 1;
  }
  for (const [k] of opts.list) {
    if (k === 'h') {
      await ctx.stdout.write(help);
      return 0;
    }
    if (k === 'V') {
      await ctx.stdout.write(`${ctx.name} from util-linux ${UL_VERSION}${versionSuffix}\n`);
      return 0;
    }
  }
  return opts;
}

/** The program to run: the operands, or `$SHELL` (default /bin/sh) as util-linux's exec_shell. */
export function programOf(ctx: AppletContext, operands: string[]): string[] {
  if (operands.length) return operands;
  return [ctx.env.get('SHELL') || '/bin/sh'];
}

/** execvp, and util-linux's errexec() when it fails: 127 if not found, else 126. */
export async function execOrFail(ctx: AppletContext, argv: string[]): Promise<number> {
  const r = await ctx.exec(argv);
  if (typeof r === 'number') return r;
  const f = r as ExecFailure;
  return errx(ctx, `failed to execute ${argv[0]}: ${new FsError(f.errno).text}`, f.errno === 'ENOENT' ? 127 : 126);
}

/** strtoul_or_err for ids: a decimal number, else `failed to parse WHAT: 'ARG'`. */
export function parseNumber(s: string): number | null {
  return /^\d+$/.test(s) && Number(s) <= 0xffffffff ? Number(s) : null;
}
