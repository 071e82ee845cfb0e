import type { ParsedOpts } from '../getopt.ts';
import type { AppletContext } from '../types.ts';
import { GNU_HELP, GNU_VERSION_TAIL } from './gnu-help-texts.ts';
import { busyboxUsage } from './usage.ts';

/** Appended last to a GNU long-option table, as GETOPT_HELP_OPTION_DECL is in coreutils. */
export const HELP_LONGS = { help: {}, version: {} };

/**
 * `--help` / `--version` (GNU) print and exit 0; busybox shows its usage on stderr for a
 * leading `--help`. Returns the exit status, or undefined to carry on.
 */
export async function helpOrVersion(ctx: AppletContext, opts: ParsedOpts): Promise<number | undefined> {
  if (ctx.flavor === 'busybox') return undefined;
  const hit = opts.list.find(([k]) => k === 'help' || k === 'version');
  if (!hit) return undefined;
  if (hit[0] === 'help') await ctx.stdout.write(GNU_HELP[ctx.name] ?? '');
  else await ctx.stdout.write(`${ctx.name} (GNU coreutils) 9.1\n${GNU_VERSION_TAIL[ctx.name] ?? ''}`);
  return 0;
}

export async function busyboxHelp(ctx: AppletContext): Promise<number | undefined> {
  if (ctx.flavor !== 'busybox' || ctx.argv[1] !== '--help') return undefined;
  await busyboxUsage(ctx);
  return 0;
}
