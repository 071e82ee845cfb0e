import { errText } from '../errors.ts';
import { OptError, getopt } from '../getopt.ts';
import type { Applet } from '../types.ts';

const HELP = "\nUsage:\n more [options] <file>...\n\nA file perusal filter for CRT viewing.\n\nOptions:\n -d, --silent          display help instead of ringing bell\n -f, --logical         count logical rather than screen lines\n -l, --no-pause        suppress pause after form feed\n -c, --print-over      do not scroll, display text and clean line ends\n -p, --clean-print     do not scroll, clean screen and display text\n -e, --exit-on-eof     exit on end-of-file\n -s, --squeeze         squeeze multiple blank lines into one\n -u, --plain           suppress underlining and bold\n -n, --lines <number>  the number of lines per screenful\n -<number>             same as --lines\n +<number>             display file beginning from line number\n +/<pattern>           display file beginning from pattern match\n\n -h, --help            display this help\n -V, --version         display version\n\nFor more details see more(1).\n";
const LONGS = { silent: { key: 'd' }, logical: { key: 'f' }, 'no-pause': { key: 'l' }, 'print-over': { key: 'c' }, 'clean-print': { key: 'p' }, 'exit-on-eof': { key: 'e' }, squeeze: { key: 's' }, plain: { key: 'u' }, lines: { arg: 'required', key: 'n' }, help: { key: 'h' }, version: { key: 'V' } } as const;

/**
 * more (util-linux 2.38; busybox): without a terminal on stdout it copies its input, each file
 * under a ::::: header (busybox: plain). Interactive paging is not modelled yet.
 */
const more: Applet = {
  async run(ctx) {
    const bb = ctx.flavor === 'busybox';
    // +NUM and +/PATTERN only matter when paging
    const args = ctx.argv.slice(1).filter((a) => !a.startsWith('+'));
    let opts;
    try {
      opts = getopt(args, bb ? {} : { short: 'dflcpesun:hV', long: LONGS as never, allowNumeric: true });
    } catch (e) {
      if (!(e instanceof OptError)) throw e;
      await ctx.stderr.write(`more: ${e.message}\nTry 'more --help' for more information.\n`);
      return 1;
    }
    for (const [k] of opts.list) {
      if (k === 'h') return ctx.stdout.write(HELP).then(() => 0);
      if (k === 'V') return ctx.stdout.write('more from util-linux 2.38.1\n').then(() => 0);
    }
    if (ctx.stdout.tty) {
      await ctx.stderr.write('more: interactive paging is not supported in the lab yet; use cat or less-free pipes (e.g. more FILE | cat)\n');
      return 1;
    }
    const files = opts.operands;
    if (!files.length) {
      for (let c; (c = await ctx.stdin.read()) !== null; ) await ctx.stdout.write(c);
      return 0;
    }
    let status = 0;
    for (const f of files) {
      let data: string;
      try {
        if (ctx.fs.stat(f).type === 'dir') {
          if (!bb) await ctx.stdout.write(`\n*** ${f}: directory ***\n\n`);
          else await ctx.stderr.write(`more: ${f}: Is a directory\n`);
          continue;
        }
        data = ctx.fs.readFile(f);
      } catch (e) {
        await ctx.stderr.write(bb ? `more: can't open '${f}': ${errText(e)}\n` : `more: cannot open ${f}: ${errText(e)}\n`);
        if (bb) status = 1;
        continue;
      }
      if (!bb) await ctx.stdout.write(`::::::::::::::\n${f}\n::::::::::::::\n`);
      await ctx.stdout.write(data);
      await ctx.tick(1);
    }
    return status;
  },
};
export default more;
