import type { AppletContext } from '../types.ts';
import { busyboxUsage } from './usage.ts';

/** In coreutils' long_options order, which ambiguity messages list. */
export const SORT_LONGS = {
  'ignore-leading-blanks': { key: 'b' },
  check: { arg: 'optional' as const },
  'compress-program': { arg: 'required' as const },
  debug: {},
  'dictionary-order': { key: 'd' },
  'ignore-case': { key: 'f' },
  'files0-from': { arg: 'required' as const },
  'general-numeric-sort': { key: 'g' },
  'ignore-nonprinting': { key: 'i' },
  key: { arg: 'required' as const, key: 'k' },
  merge: { key: 'm' },
  'month-sort': { key: 'M' },
  'numeric-sort': { key: 'n' },
  'human-numeric-sort': { key: 'h' },
  'version-sort': { key: 'V' },
  'random-sort': { key: 'R' },
  'random-source': { arg: 'required' as const },
  sort: { arg: 'required' as const },
  reverse: { key: 'r' },
  stable: { key: 's' },
  output: { arg: 'required' as const, key: 'o' },
  'zero-terminated': { key: 'z' },
  'buffer-size': { arg: 'required' as const, key: 'S' },
  'field-separator': { arg: 'required' as const, key: 't' },
  'temporary-directory': { arg: 'required' as const, key: 'T' },
  unique: { key: 'u' },
  'batch-size': { arg: 'required' as const },
  parallel: { arg: 'required' as const },
};

/** A fatal problem: `sort: MSG`, exit 2 (busybox sets the same failure status). */
export async function sortOptionError(ctx: AppletContext, msg: string): Promise<number> {
  await ctx.stderr.write(`sort: ${msg}\n`);
  return 2;
}

/** A usage problem: message plus the Try line; exit 2, or 1 where coreutils goes through argmatch. */
export async function sortUsage(ctx: AppletContext, msg: string, status = 2): Promise<number> {
  if (ctx.flavor === 'busybox') {
    await busyboxUsage(ctx);
    return 1;
  }
  await ctx.stderr.write(`sort: ${msg}\nTry 'sort --help' for more information.\n`);
  return status;
}
