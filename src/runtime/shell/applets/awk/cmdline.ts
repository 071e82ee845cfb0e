/**
 * mawk's process_cmdline(): options end at the first word not starting with `-`; -f, -v, -F
 * and -W take their value glued or as the next word; unknown -W options are only warned about.
 */

export type CmdLine =
  | {
      t: 'run';
      progFiles: string[];
      progText: string | null;
      /** busybox -e texts that follow the -f files. */
      extraText?: string[];
      assigns: string[];
      fs: string | null;
      operands: string[];
      seed: string | null;
      warnings: string[];
      /** -W interactive: unbuffered output. */
      interactive?: boolean;
    }
  | { t: 'exit'; status: number; stdout: string; stderr: string };

export const MAWK_VERSION = 'mawk 1.3.4 20200120\nCopyright 2008-2019,2020, Thomas E. Dickey\nCopyright 1991-1996,2014, Michael D. Brennan\n\n';
export const MAWK_LIMITS =
  'random-funcs:       srandom/random\nregex-funcs:        internal\ncompiled limits:\nsprintf buffer      8192\nmaximum-integer     2147483647\n';

/** Always says mawk: the usage text is fixed in the binary. */
export function mawkUsage(): string {
  return `Usage: mawk [Options] [Program] [file ...]

Program:
    The -f option value is the name of a file containing program text.
    If no -f option is given, a "--" ends option processing; the following
    parameters are the program text.

Options:
    -f program-file  Program  text is read from file instead of from the
                     command-line.  Multiple -f options are accepted.
    -F value         sets the field separator, FS, to value.
    -v var=value     assigns value to program variable var.
    --               unambiguous end of options.

    Implementation-specific options are prefixed with "-W".  They can be
    abbreviated:

    -W version       show version information and exit.
    -W dump          show assembler-like listing of program and exit.
    -W help          show this message and exit.
    -W interactive   set unbuffered output, line-buffered input.
    -W exec file     use file as program as well as last option.
    -W random=number set initial random seed.
    -W sprintf=number adjust size of sprintf buffer.
    -W posix_space   do not consider "\\n" a space.
    -W usage         show this message and exit.
`;
}

const ASSIGN = /^[A-Za-z_][A-Za-z0-9_]*=/s;

export function isAssignment(s: string): boolean {
  return ASSIGN.test(s);
}

/** Parses mawk's command line (argv without the program name). */
export function parseMawkArgs(name: string, args: string[]): CmdLine {
  const done = (status: number, stdout = '', stderr = ''): CmdLine => ({ t: 'exit', status, stdout, stderr });
  const err = (msg: string) => done(2, '', `${name}: ${msg}\n`);
  if (args.length === 0) return done(0, '', mawkUsage());
  const progFiles: string[] = [];
  const assigns: string[] = [];
  const warnings: string[] = [];
  let fs: string | null = null;
  let seed: string | null = null;
  let interactive = false;
  let i = 0;
  let next = 0;
  for (; i < args.length && args[i]!.startsWith('-'); i = next) {
    const a = args[i]!;
    if (a.length === 1) {
      if (progFiles.length === 0) return done(0);
      break;
    }
    const opt = a[1]!;
    if (!'WvFf-'.includes(opt)) return err(`not an option: ${a}`);
    let val: string;
    if (a.length === 2) {
      if (opt === '-') {
        i++;
        break;
      }
      if (i === args.length - 1) return err(`option ${a} lacks argument`);
      val = args[i + 1]!;
      next = i + 2;
    } else {
      if (opt === '-') return err(`not an option: ${a}`);
      val = a.slice(2);
      next = i + 1;
    }
    switch (opt) {
      case 'v':
        if (!isAssignment(val)) return err(`improper assignment: -v ${val}`);
        assigns.push(val);
        break;
      case 'F':
        fs = val;
        break;
      case 'f':
        progFiles.push(val);
        break;
      case 'W': {
        const w = wOption(name, val, warnings);
        if (w === 'exec') {
          progFiles.push(args[next] ?? '');
          if (next >= args.length) return done(0);
          next++;
          i = next;
          return finish();
        }
        if (w !== null && typeof w === 'object') {
          if ('exit' in w) return w.exit;
          seed = w.seed;
        }
      }
    }
  }
  return finish();

  function finish(): CmdLine {
    let progText: string | null = null;
    if (progFiles.length === 0) {
      if (i >= args.length) return done(0);
      progText = args[i++]!;
    }
    return { t: 'run', progFiles, progText, assigns, fs, operands: args.slice(i), seed, warnings, interactive };
  }

  function wOption(prog: string, val: string, warns: string[]): 'exec' | null | { exit: CmdLine } | { seed: string } {
    const eq = val.indexOf('=');
    const word = eq < 0 ? val : val.slice(0, eq);
    const arg = eq < 0 ? null : val.slice(eq + 1);
    const is = (full: string) => word.length > 0 && full.startsWith(word);
    if (is('version')) return { exit: done(0, MAWK_VERSION, MAWK_LIMITS) };
    if (is('help') || is('usage')) return { exit: done(0, '', mawkUsage()) };
    if (is('exec')) return 'exec';
    if (is('random')) {
      if (arg === null || arg === '') return { exit: err('missing value for -W random') };
      return { seed: arg };
    }
    if (is('sprintf')) {
      if (arg === null || arg === '') return { exit: err('missing value for -W sprintf') };
      return null;
    }
    if (is('interactive')) {
      interactive = true;
      return null;
    }
    // The assembler listing is not modelled: like mawk, dump does not run the program.
    if (is('dump')) return { exit: done(0) };
    if (is('posix_space')) return null;
    warns.push(`${prog}: vacuous option: -W ${val}`);
    return null;
  }
}
