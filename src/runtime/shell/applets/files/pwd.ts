import { getopt, OptError } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { busyboxOptError } from './busybox-usage.ts';
import { physicalCwd } from './canonicalize.ts';

const HELP = (p: string) => `Usage: ${p} [OPTION]...
Print the full filename of the current working directory.

  -L, --logical   use PWD from environment, even if it contains symlinks
  -P, --physical  avoid all symlinks
      --help        display this help and exit
      --version     output version information and exit

If no option is specified, -P is assumed.

NOTE: your shell may have its own version of pwd, which usually supersedes
the version described here.  Please refer to your shell's documentation
for details about the options it supports.

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/pwd>
or available locally via: info '(coreutils) pwd invocation'
`;

/**
 * pwd as a program (/bin/pwd, env pwd), not the shell builtin: physical by default, -L trusts
 * $PWD only when it is absolute, free of . and .. and names the same directory as `.`.
 * coreutils names itself by argv[0] here, so `/bin/pwd -x` complains as `/bin/pwd:`.
 */
const pwd: Applet = {
  async run(ctx) {
    const prog = ctx.flavor === 'busybox' ? ctx.name : ctx.argv[0] ?? ctx.name;
    let opts;
    try {
      opts = getopt(ctx.argv.slice(1), ctx.flavor === 'busybox' ? { short: 'LP' } : { short: 'LP', long: { logical: { key: 'L' }, physical: { key: 'P' }, help: {}, version: {} } });
    } catch (e) {
      if (ctx.flavor === 'busybox') return busyboxOptError(ctx, e);
      if (!(e instanceof OptError)) throw e;
      await ctx.stderr.write(`${prog}: ${e.message}\nTry '${prog} --help' for more information.\n`);
      return 1;
    }
    let logical = ctx.flavor === 'gnu' && ctx.env.has('POSIXLY_CORRECT');
    for (const [k] of opts.list) {
      if (k === 'help') {
        await ctx.stdout.write(HELP(prog));
        return 0;
      }
      if (k === 'version') {
        await ctx.stdout.write('pwd (GNU coreutils) 9.1\nCopyright (C) 2022 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n\nWritten by Jim Meyering.\n');
        return 0;
      }
      logical = k === 'L';
    }
    if (opts.operands.length > 0 && ctx.flavor === 'gnu') await ctx.stderr.write(`${prog}: ignoring non-option arguments\n`);
    const wd = (logical && logicalCwd(ctx)) || physicalCwd(ctx);
    await ctx.stdout.write(`${wd}\n`);
    return 0;
  },
};
export default pwd;

function logicalCwd(ctx: AppletContext): string | null {
  const wd = ctx.env.get('PWD');
  if (!wd || !wd.startsWith('/')) return null;
  if (/\/\.\.?(\/|$)/.test(wd)) return null;
  try {
    const a = ctx.fs.stat(wd);
    const b = ctx.fs.stat('.');
    return a.ino === b.ino && a.dev === b.dev ? wd : null;
  } catch {
    return null;
  }
}
