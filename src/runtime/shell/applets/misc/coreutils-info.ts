import type { AppletContext } from '../types.ts';
import { AUTHORS, HELP } from './gnu-help-texts.ts';

const LICENSE = 'Copyright (C) 2022 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n';

export async function printHelp(ctx: AppletContext, name: string): Promise<number> {
  await ctx.stdout.write(HELP[name]!);
  return 0;
}

export async function printVersion(ctx: AppletContext, name: string): Promise<number> {
  await ctx.stdout.write(`${name} (GNU coreutils) 9.1\n${LICENSE}${AUTHORS[name]!}`);
  return 0;
}

/** The coreutils `--help`/`--version` long options, to merge into a getopt spec. */
export const STD_LONGS = { help: { key: '--help' }, version: { key: '--version' } } as const;

/** If the parsed options hold --help or --version, prints it and returns 0; otherwise undefined. */
export async function stdOptions(ctx: AppletContext, name: string, list: [string, string | undefined][]): Promise<number | undefined> {
  for (const [k] of list) {
    if (k === '--help') return printHelp(ctx, name);
    if (k === '--version') return printVersion(ctx, name);
  }
  return undefined;
}
