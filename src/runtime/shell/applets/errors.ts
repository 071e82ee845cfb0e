import { FsError } from '../../kernel/fs/errors.ts';
import type { AppletContext } from './types.ts';
import { OptError } from './getopt.ts';

/** `NAME: MESSAGE` on stderr. */
export async function fail(ctx: AppletContext, message: string): Promise<void> {
  await ctx.stderr.write(`${ctx.progName}: ${message}\n`);
}

/** The errno text of a filesystem error, or rethrow anything else. */
export function errText(e: unknown): string {
  if (e instanceof FsError) return e.text;
  throw e;
}

/**
 * Bad usage: coreutils prints the getopt message and `Try 'NAME --help' for more information.`;
 * busybox prints the message and its usage text. Returns the exit status to use.
 */
export async function usageError(ctx: AppletContext, e: unknown, status = 1): Promise<number> {
  if (!(e instanceof OptError)) throw e;
  await fail(ctx, e.message);
  if (ctx.flavor === 'busybox') await ctx.stderr.write(`BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: ${ctx.name} ...\n`);
  else await ctx.stderr.write(`Try '${ctx.progName} --help' for more information.\n`);
  return status;
}

/** coreutils quotes file names in messages with '…' when they contain specials (LANG=C). */
export function q(name: string): string {
  if (/^[\w./@%+=:,-]+$/.test(name) && name !== '') return name;
  if (!name.includes("'")) return `'${name}'`;
  return `"${name.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** coreutils' quoteaf: always quoted ('name'), double quotes when the name has a single quote. */
export function qa(name: string): string {
  if (!name.includes("'")) return `'${name}'`;
  return `"${name.replace(/(["\\$`])/g, '\\$1')}"`;
}
