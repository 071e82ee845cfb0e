import type { AppletContext } from '../types.ts';

const ONLINE = "GNU coreutils online help: <https://www.gnu.org/software/coreutils/>\nReport any translation bugs to <https://translationproject.org/team/>\n";

/**
 * coreutils' true/false answer --help/--version only when it is their sole argument, naming
 * themselves by argv[0] as called (`/bin/true`); busybox ignores every argument.
 */
export async function trueFalseInfo(ctx: AppletContext, which: 'true' | 'false'): Promise<boolean> {
  if (ctx.flavor !== 'gnu' || ctx.argv.length !== 2) return false;
  const arg = ctx.argv[1];
  const me = ctx.argv[0] ?? which;
  if (arg === '--help') {
    const what = which === 'true' ? 'success' : 'failure';
    await ctx.stdout.write(`Usage: ${me} [ignored command line arguments]\n  or:  ${me} OPTION\nExit with a status code indicating ${what}.\n\n      --help        display this help and exit\n      --version     output version information and exit\n\nNOTE: your shell may have its own version of ${which}, which usually supersedes\nthe version described here.  Please refer to your shell's documentation\nfor details about the options it supports.\n\n${ONLINE}Full documentation <https://www.gnu.org/software/coreutils/${which}>\nor available locally via: info '(coreutils) ${which} invocation'\n`);
    return true;
  }
  if (arg === '--version') {
    await ctx.stdout.write(`${which} (GNU coreutils) 9.1\nCopyright (C) 2022 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n\nWritten by Jim Meyering.\n`);
    return true;
  }
  return false;
}
