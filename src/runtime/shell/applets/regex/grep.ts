import { FsError } from '../../../kernel/fs/errors.ts';
import { OptError } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { type Target, walkOperands } from './grep-files.ts';
import { type GrepOptions, GrepUsage, parseGrepArgs } from './grep-options.ts';
import { GrepPrinter, readPalette } from './grep-output.ts';
import { grepMatcher, PcreError } from './grep-pattern.ts';
import { Searcher } from './grep-search.ts';
import type { Matcher } from './posix-regex.ts';
import { RegexError } from './regex-ast.ts';
import { BUSYBOX_BANNER, BUSYBOX_GREP_USAGE, GREP_HELP, GREP_USAGE, GREP_VERSION } from './usage-texts.ts';

/**
 * grep, egrep, fgrep (GNU grep 3.8; busybox's where it differs). Exit status: 0 when a line was
 * selected, 1 when none, 2 on an error (unless -q found a match).
 */
const grep: Applet = {
  async run(ctx) {
    const busybox = ctx.flavor === 'busybox';
    // Debian's egrep and fgrep are scripts running `grep -E`/`grep -F`, so messages say grep.
    const say = busybox ? ctx.name : 'grep';
    const err = (m: string) => ctx.stderr.write(`${say}: ${m}\n`);
    const initial = ctx.name === 'egrep' ? 'E' : ctx.name === 'fgrep' ? 'F' : undefined;
    let o: GrepOptions;
    try {
      if (busybox) busyboxChecks(ctx.argv.slice(1));
      o = parseGrepArgs(ctx.argv.slice(1).filter((a) => !(busybox && /^--colou?r(=|$)/.test(a))), initial, ctx.env.has('POSIXLY_CORRECT'));
      // busybox grep prints lines of binary files like any others.
      if (busybox) o.binaryFiles = 'text';
    } catch (e) {
      return usageFailure(ctx, say, e);
    }
    if (o.help) {
      await ctx.stdout.write(GREP_HELP);
      return 0;
    }
    if (o.version) {
      await ctx.stdout.write(GREP_VERSION);
      return 0;
    }
    for (const w of o.warnings) await err(`warning: ${w}`);
    const patterns = await collectPatterns(ctx, o, err);
    if (patterns === null) return 2;
    if (patterns === 'usage') return usageFailure(ctx, say, null);
    let matcher: Matcher;
    try {
      const built = grepMatcher(patterns, o);
      matcher = built.matcher;
      if (!busybox) for (const w of built.warnings) await err(`warning: ${w}`);
    } catch (e) {
      if (e instanceof RegexError) await err(busybox ? `bad regex '${patterns.join('\n')}'` : e.message);
      else if (e instanceof PcreError) await err(e.message);
      else throw e;
      return 2;
    }
    // GNU grep -m 0 stops before opening anything.
    if (o.maxCount === 0) return 1;
    return searchAll(ctx, o, matcher, err);
  },
};
export default grep;

async function usageFailure(ctx: AppletContext, say: string, e: unknown): Promise<number> {
  if (e instanceof GrepUsage && !e.usage) {
    await ctx.stderr.write(`${say}: ${e.message}\n`);
    return e.status;
  }
  if (e !== null && !(e instanceof OptError) && !(e instanceof GrepUsage)) throw e;
  const message = e instanceof Error ? `${say}: ${e.message}\n` : '';
  if (ctx.flavor === 'busybox') await ctx.stderr.write(`${message}${BUSYBOX_BANNER}\n${BUSYBOX_GREP_USAGE}`);
  else await ctx.stderr.write(message + GREP_USAGE);
  return e instanceof GrepUsage ? e.status : 2;
}

/** busybox grep knows fewer options (it takes --color and ignores it) and says `invalid number`. */
function busyboxChecks(args: string[]): void {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    if (/^--colou?r(=|$)/.test(a)) continue;
    if (/^--./.test(a)) throw new OptError(`unrecognized option '${a}'`);
    if (!/^-[^-]/.test(a)) continue;
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (!'HhnlLoqvsrRiwFEzxycmABCef'.includes(c)) throw new OptError(`invalid option -- '${c}'`);
      if (!'mABCef'.includes(c)) continue;
      const value = j + 1 < a.length ? a.slice(j + 1) : args[++i];
      if (value !== undefined && 'mABC'.includes(c) && !/^\d+$/.test(value)) throw new GrepUsage(`invalid number '${value}'`);
      break;
    }
  }
}

/** -e and -f patterns in order (each split at newlines), or the first operand; null after an error. */
async function collectPatterns(ctx: AppletContext, o: GrepOptions, err: (m: string) => Promise<void>): Promise<string[] | null | 'usage'> {
  if (o.sources.length === 0) {
    const first = o.operands.shift();
    if (first === undefined) return 'usage';
    return first.split('\n');
  }
  const out: string[] = [];
  for (const s of o.sources) {
    if (s.from === 'e') {
      out.push(...s.text.split('\n'));
      continue;
    }
    let text: string;
    try {
      text = s.file === '-' ? await ctx.stdin.readAll() : ctx.fs.readFile(s.file);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      await err(`${s.file}: ${e.text}`);
      return null;
    }
    if (text === '') continue;
    out.push(...(text.endsWith('\n') ? text.slice(0, -1) : text).split('\n'));
  }
  return out;
}

async function searchAll(ctx: AppletContext, o: GrepOptions, matcher: Matcher, err: (m: string) => Promise<void>): Promise<number> {
  const busybox = ctx.flavor === 'busybox';
  const recursive = o.directories === 'recurse';
  const implicit = o.operands.length === 0 && recursive && !busybox;
  const operands = o.operands.length ? o.operands : [implicit ? '.' : '-'];
  let palette = null;
  if (!busybox && (o.color === 'always' || (o.color === 'auto' && ctx.stdout.tty && ctx.env.get('TERM') !== 'dumb'))) {
    const p = readPalette(ctx.env);
    palette = p.palette;
    if (p.warning) await err(`warning: ${p.warning}`);
  }
  const out = new GrepPrinter(ctx.stdout, palette, o.nullAfterName);
  let current: Target | undefined;
  // GNU prints names with several operands, or for files found inside a directory with -r.
  const showName = () => o.withFilename ?? (operands.length > 1 || current?.inDir === true);
  const searcher = new Searcher(ctx, o, matcher, out, showName);
  let matched = false;
  let failed = false;
  const stop = new Error('quiet match');
  try {
    await walkOperands(ctx, o, operands, implicit, {
      error: async (name, message) => {
        failed = true;
        if (busybox && message === 'Is a directory') return void (failed = false);
        if (!o.noMessages) await err(`${name}: ${message}`);
      },
      warn: (message) => err(`warning: ${message}`),
      visit: async (t) => {
        current = t;
        let input;
        try {
          input = ctx.open(t.path ?? '-');
        } catch (e) {
          if (!(e instanceof FsError)) throw e;
          failed = true;
          if (!o.noMessages) await err(`${t.name}: ${e.text}`);
          return;
        }
        const r = await searcher.search(t, input);
        if (r.count > 0) matched = true;
        if (o.quiet && matched) throw stop;
        if (o.count && o.list === 'none') out.write(`${showName() ? out.fileName(t.name) + (o.nullAfterName ? '\0' : out.sep(':')) : ''}${r.count}\n`);
        if ((o.list === 'with' && r.count > 0) || (o.list === 'without' && r.count === 0)) out.write(out.fileName(t.name) + (o.nullAfterName ? '\0' : '\n'));
        await out.flush(true);
        if (r.binary && r.count > 0 && !o.count && o.list === 'none' && !busybox) await err(`${t.name}: binary file matches`);
      },
    });
  } catch (e) {
    if (e !== stop) throw e;
  }
  await out.flush(true);
  if (o.quiet && matched) return 0;
  return failed ? 2 : matched ? 0 : 1;
}
