import type { Applet, AppletContext } from '../types.ts';

const HELP = `Usage: %0 [SHORT-OPTION]... [STRING]...
  or:  %0 LONG-OPTION
Echo the STRING(s) to standard output.

  -n             do not output the trailing newline
  -e             enable interpretation of backslash escapes
  -E             disable interpretation of backslash escapes (default)
      --help        display this help and exit
      --version     output version information and exit

If -e is in effect, the following sequences are recognized:

  \\\\      backslash
  \\a      alert (BEL)
  \\b      backspace
  \\c      produce no further output
  \\e      escape
  \\f      form feed
  \\n      new line
  \\r      carriage return
  \\t      horizontal tab
  \\v      vertical tab
  \\0NNN   byte with octal value NNN (1 to 3 digits)
  \\xHH    byte with hexadecimal value HH (1 to 2 digits)

NOTE: your shell may have its own version of echo, which usually supersedes
the version described here.  Please refer to your shell's documentation
for details about the options it supports.

NOTE: printf(1) is a preferred alternative,
which does not have issues outputting option-like strings.

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/echo>
or available locally via: info '(coreutils) echo invocation'
`;

const VERSION = `echo (GNU coreutils) 9.1
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Brian Fox and Chet Ramey.
`;

const SIMPLE: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/**
 * coreutils echo.c's escapes (busybox agrees): unlike bash's builtin, `\NNN` without a
 * leading 0 is octal too and there is no `\u`. Returns stop=true at `\c`.
 */
function expand(s: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\' || i + 1 >= s.length) { out += c; continue; }
    const n = s[++i]!;
    if (n === 'c') return { text: out, stop: true };
    if (SIMPLE[n] !== undefined) { out += SIMPLE[n]; continue; }
    if (n === 'x' && /[0-9a-fA-F]/.test(s[i + 1] ?? '')) {
      const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(m, 16));
      i += m.length;
      continue;
    }
    if (/[0-7]/.test(n)) {
      // `\0` introduces up to three more octal digits; `\1`..`\7` count as the first digit.
      const start = n === '0' ? i + 1 : i;
      const m = /^[0-7]{0,3}/.exec(s.slice(start, start + 3))![0];
      out += String.fromCharCode(parseInt(m || '0', 8) & 0xff);
      i = start + m.length - 1;
      continue;
    }
    out += `\\${n}`;
  }
  return { text: out, stop: false };
}

async function info(ctx: AppletContext): Promise<number | undefined> {
  if (ctx.flavor === 'busybox' || ctx.argv.length !== 2) return undefined;
  if (ctx.argv[1] === '--help') await ctx.stdout.write(HELP.replaceAll('%0', ctx.argv[0]!));
  else if (ctx.argv[1] === '--version') await ctx.stdout.write(VERSION);
  else return undefined;
  return 0;
}

/** /bin/echo (coreutils): like bash's builtin; --help/--version only when alone. */
const echo: Applet = {
  async run(ctx) {
    const shown = await info(ctx);
    if (shown !== undefined) return shown;
    const argv = ctx.argv;
    let i = 1;
    let newline = true;
    let escapes = false;
    for (; i < argv.length; i++) {
      const a = argv[i]!;
      if (!/^-[neE]+$/.test(a)) break;
      for (const c of a.slice(1)) {
        if (c === 'n') newline = false;
        else if (c === 'e') escapes = true;
        else escapes = false;
      }
    }
    let text = argv.slice(i).join(' ');
    if (escapes) {
      const r = expand(text);
      text = r.text;
      if (r.stop) newline = false;
    }
    await ctx.stdout.write(newline ? `${text}\n` : text);
    return 0;
  },
};
export default echo;
