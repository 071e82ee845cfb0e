import { busyboxHelp } from './bb-usage.ts';
import { parseOpts } from '../text/usage.ts';
import type { Applet } from '../types.ts';

const VERSION = 'yes (GNU coreutils) 9.1\nCopyright (C) 2022 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n\nWritten by David MacKenzie.\n';
const HELP = "Usage: yes [STRING]...\n  or:  yes OPTION\nRepeatedly output a line with all specified STRING(s), or 'y'.\n\n      --help        display this help and exit\n      --version     output version information and exit\n\nGNU coreutils online help: <https://www.gnu.org/software/coreutils/>\nReport any translation bugs to <https://translationproject.org/team/>\nFull documentation <https://www.gnu.org/software/coreutils/yes>\nor available locally via: info '(coreutils) yes invocation'\n";

/** yes [STRING...]: writes until the reader goes away (the write then throws, ending the program). */
const yes: Applet = {
  async run(ctx) {
    if (await busyboxHelp(ctx)) return 0;
    let words = ctx.argv.slice(1);
    if (ctx.flavor !== 'busybox') {
      const p = await parseOpts(ctx, words, { long: { help: {}, version: {} }, stopAtOperand: true });
      if (typeof p === 'number') return p;
      if (p.list.length) {
        await ctx.stdout.write(p.list[0]![0] === 'help' ? HELP : VERSION);
        return 0;
      }
      words = p.operands;
    }
    const line = `${words.length ? words.join(' ') : 'y'}\n`;
    // A full pipe buffer's worth per write, as the real yes does.
    const chunk = line.repeat(Math.max(1, Math.floor(8192 / line.length)));
    for (;;) {
      await ctx.stdout.write(chunk);
      await ctx.tick(1);
    }
  },
};
export default yes;
