import { usageError } from '../errors.ts';
import { getopt, OptError } from '../getopt.ts';
import type { AppletContext } from '../types.ts';
import { argmatch, argmatchFail, WHEN_ARGS } from './argmatch.ts';
import { busyboxOptError } from './busybox-usage.ts';
import { type BlockSize, envBlockSize, H, parseBlockSize } from './human.ts';
import { quote, QUOTING_STYLES, type QuotingStyle } from './quote.ts';

export type Format = 'long' | 'one' | 'vertical' | 'horizontal' | 'commas';
export type SortKey = 'name' | 'none' | 'time' | 'size' | 'extension' | 'version' | 'width';
export type TimeKey = 'mtime' | 'ctime' | 'atime' | 'birth';
export type Indicator = 'none' | 'slash' | 'file-type' | 'classify';
export type Deref = 'never' | 'cmdline' | 'cmdline-dir' | 'always';

export interface LsConfig {
  format: Format;
  show: 'default' | 'almost' | 'all';
  directory: boolean;
  recursive: boolean;
  sort: SortKey;
  reverse: boolean;
  time: TimeKey;
  inode: boolean;
  blocks: boolean;
  owner: boolean;
  group: boolean;
  author: boolean;
  numeric: boolean;
  indicator: Indicator;
  deref: Deref;
  color: boolean;
  dirsFirst: boolean;
  ignore: string[];
  hide: string[];
  ignoreBackups: boolean;
  /** strftime formats: [non-recent, recent]. */
  timeFormats: [string, string];
  lineLength: number;
  tabsize: number;
  quoting: QuotingStyle;
  qmark: boolean;
  fileSize: BlockSize;
  blockSize: BlockSize;
  zero: boolean;
  context: boolean;
  busybox: boolean;
  /** busybox --full-time / -e: `Mon Jan  5 08:00:00 2026`. */
  bbFullTime: boolean;
}

const LONGS = {
  all: { key: 'a' }, 'almost-all': { key: 'A' }, author: {}, escape: { key: 'b' }, 'block-size': { arg: 'required' }, 'ignore-backups': { key: 'B' },
  color: { arg: 'optional' }, directory: { key: 'd' }, dired: { key: 'D' }, classify: { arg: 'optional' }, 'file-type': {}, format: { arg: 'required' },
  'full-time': {}, 'group-directories-first': {}, 'no-group': { key: 'G' }, 'human-readable': { key: 'h' }, si: {}, 'dereference-command-line': { key: 'H' },
  'dereference-command-line-symlink-to-dir': {}, hide: { arg: 'required' }, hyperlink: { arg: 'optional' }, 'indicator-style': { arg: 'required' }, inode: { key: 'i' },
  ignore: { arg: 'required', key: 'I' }, kibibytes: { key: 'k' }, dereference: { key: 'L' }, 'numeric-uid-gid': { key: 'n' }, literal: { key: 'N' },
  'hide-control-chars': { key: 'q' }, 'show-control-chars': {}, 'quote-name': { key: 'Q' }, 'quoting-style': { arg: 'required' }, reverse: { key: 'r' },
  recursive: { key: 'R' }, size: { key: 's' }, sort: { arg: 'required' }, time: { arg: 'required' }, 'time-style': { arg: 'required' },
  tabsize: { arg: 'required', key: 'T' }, width: { arg: 'required', key: 'w' }, context: { key: 'Z' }, zero: {}, help: {}, version: {},
} as const;

const FORMATS = [['verbose', 'long'], ['commas'], ['horizontal', 'across'], ['vertical'], ['single-column']] as const;
const FORMAT_OF: Format[] = ['long', 'commas', 'horizontal', 'vertical', 'one'];
const SORTS = [['none'], ['time'], ['size'], ['extension'], ['version'], ['width']] as const;
const TIMES = [['atime', 'access', 'use'], ['ctime', 'status'], ['birth', 'creation']] as const;
const INDICATORS = [['none'], ['slash'], ['file-type'], ['classify']] as const;
const TIME_STYLES = ['full-iso', 'long-iso', 'iso', 'locale'];
const STYLE_FORMATS: Record<string, [string, string]> = {
  'full-iso': ['%Y-%m-%d %H:%M:%S.%N %z', '%Y-%m-%d %H:%M:%S.%N %z'],
  'long-iso': ['%Y-%m-%d %H:%M', '%Y-%m-%d %H:%M'],
  iso: ['%Y-%m-%d ', '%m-%d %H:%M'],
  locale: ['%b %e  %Y', '%b %e %H:%M'],
};

/** Terminal types dircolors knows; without LS_COLORS or COLORTERM, others get no colour. */
const COLOR_TERMS = /^(Eterm|ansi|.*color.*|con\d+x\d+|cons25|console|cygwin|.*direct.*|dtterm|gnome|hurd|jfbterm|konsole|kterm|linux|linux-c|mlterm|putty|rxvt.*|screen.*|st|terminator|tmux.*|vt100|xterm.*)$/;

/** Parses ls options; a number is the exit status of a usage error already reported. */
export async function parseLsOptions(ctx: AppletContext): Promise<{ cfg: LsConfig; operands: string[] } | number> {
  const bb = ctx.flavor === 'busybox';
  const tty = ctx.stdout.tty;
  let opts;
  try {
    opts = bb
      ? getopt(ctx.argv.slice(1), { short: '1AaCxdLHRFplinshrSXvctukgw:', long: { color: { arg: 'optional' }, 'full-time': {}, 'group-directories-first': {}, help: {} } })
      : getopt(ctx.argv.slice(1), { short: 'abcdfghiklmnopqrstuvw:xABCDFGHI:LNQRST:UXZ1', long: LONGS as never });
  } catch (e) {
    if (bb && e instanceof OptError) return busyboxOptError(ctx, e);
    return usageError(ctx, e, 2);
  }
  const base = envBlockSize(ctx.env, 'LS_BLOCK_SIZE');
  const envFile = ctx.env.get('LS_BLOCK_SIZE') || ctx.env.get('BLOCK_SIZE');
  const cfg: LsConfig = {
    format: tty ? 'vertical' : 'one', show: 'default', directory: false, recursive: false, sort: 'name', reverse: false, time: 'mtime',
    inode: false, blocks: false, owner: true, group: true, author: false, numeric: false, indicator: 'none', deref: 'never', color: false,
    dirsFirst: false, ignore: [], hide: [], ignoreBackups: false, timeFormats: STYLE_FORMATS.locale!, lineLength: 80, tabsize: 8,
    quoting: 'literal', qmark: tty, fileSize: envFile ? base : { opts: 0, size: 1 }, blockSize: base, zero: false, context: false,
    busybox: bb, bbFullTime: false,
  };
  let sortOpt: SortKey | null = null;
  let deref: Deref | null = null;
  let colorWhen: number = bb && tty ? 2 : -1;
  let timeStyle: string | null = null;
  let quoting: QuotingStyle | null = null;
  let kib = false;
  let width: string | null = null;
  const bad = async (arg: string, what: string, groups: readonly (readonly string[])[], kind: 'invalid' | 'ambiguous') => {
    await argmatchFail(ctx, arg, what, groups, kind);
    return 1;
  };
  for (const [k, v] of opts.list) {
    switch (k) {
      case 'a': cfg.show = 'all'; break;
      case 'A': cfg.show = 'almost'; break;
      case 'b': quoting = 'escape'; break;
      case 'B': cfg.ignoreBackups = true; break;
      case 'c': cfg.time = 'ctime'; break;
      case 'C': cfg.format = 'vertical'; break;
      case 'd': cfg.directory = true; break;
      case 'D': cfg.format = 'long'; break;
      case 'f':
        cfg.show = 'all';
        sortOpt = 'none';
        if (cfg.format === 'long') cfg.format = tty ? 'vertical' : 'one';
        cfg.blocks = false;
        colorWhen = 1;
        break;
      case 'F': case 'classify': {
        let ind: Indicator = 'classify';
        if (v !== undefined) {
          const w = argmatch(v, WHEN_ARGS);
          if (typeof w !== 'number') return bad(v, '--classify', WHEN_ARGS, w);
          if (w === 1 || (w === 2 && !tty)) ind = 'none';
        }
        cfg.indicator = ind;
        break;
      }
      case 'file-type': cfg.indicator = 'file-type'; break;
      case 'p': cfg.indicator = 'slash'; break;
      case 'indicator-style': {
        const w = argmatch(v!, INDICATORS);
        if (typeof w !== 'number') return bad(v!, '--indicator-style', INDICATORS, w);
        cfg.indicator = (['none', 'slash', 'file-type', 'classify'] as const)[w];
        break;
      }
      case 'g': cfg.format = 'long'; cfg.owner = false; break;
      case 'o': cfg.format = 'long'; cfg.group = false; break;
      case 'G': cfg.group = false; break;
      case 'l': cfg.format = 'long'; break;
      case 'n': cfg.format = 'long'; cfg.numeric = true; break;
      case 'e': case 'full-time':
        cfg.format = 'long';
        if (bb) cfg.bbFullTime = true;
        else timeStyle = 'full-iso';
        break;
      case '1': cfg.format = 'one'; break;
      case 'x': cfg.format = 'horizontal'; break;
      case 'm': cfg.format = 'commas'; break;
      case 'format': {
        const w = argmatch(v!, FORMATS);
        if (typeof w !== 'number') return bad(v!, '--format', FORMATS, w);
        cfg.format = FORMAT_OF[w]!;
        break;
      }
      case 'h': cfg.blockSize = cfg.fileSize = { opts: H.autoscale | H.SI | H.base1024, size: 1 }; break;
      case 'si': cfg.blockSize = cfg.fileSize = { opts: H.autoscale | H.SI, size: 1 }; break;
      case 'block-size': {
        const b = parseBlockSize(v!);
        if (!b) {
          await ctx.stderr.write(`${ctx.name}: invalid --block-size argument ${quote(v!)}\n`);
          return 2;
        }
        cfg.blockSize = cfg.fileSize = b;
        break;
      }
      case 'k': kib = true; break;
      case 'H': deref = 'cmdline'; break;
      case 'dereference-command-line-symlink-to-dir': deref = 'cmdline-dir'; break;
      case 'L': deref = 'always'; break;
      case 'hide': cfg.hide.push(v!); break;
      case 'I': cfg.ignore.push(v!); break;
      case 'i': cfg.inode = true; break;
      case 'N': quoting = 'literal'; break;
      case 'Q': quoting = 'c'; break;
      case 'quoting-style': {
        const w = argmatch(v!, QUOTING_STYLES.map((s) => [s]));
        if (typeof w !== 'number') return bad(v!, '--quoting-style', QUOTING_STYLES.map((s) => [s]), w);
        quoting = QUOTING_STYLES[w]!;
        break;
      }
      case 'q': cfg.qmark = true; break;
      case 'show-control-chars': cfg.qmark = false; break;
      case 'r': cfg.reverse = true; break;
      case 'R': cfg.recursive = true; break;
      case 's': cfg.blocks = true; break;
      case 'S': sortOpt = 'size'; break;
      case 't': sortOpt = 'time'; break;
      case 'U': sortOpt = 'none'; break;
      case 'v': sortOpt = 'version'; break;
      case 'X': sortOpt = 'extension'; break;
      case 'sort': {
        const w = argmatch(v!, SORTS);
        if (typeof w !== 'number') return bad(v!, '--sort', SORTS, w);
        sortOpt = SORTS[w]![0] as SortKey;
        break;
      }
      case 'u': cfg.time = 'atime'; break;
      case 'time': {
        const w = argmatch(v!, TIMES);
        if (typeof w !== 'number') return bad(v!, '--time', TIMES, w);
        cfg.time = (['atime', 'ctime', 'birth'] as const)[w];
        break;
      }
      case 'time-style': timeStyle = v!; break;
      case 'T': {
        const n = Number(v);
        if (!/^\d+$/.test(v!) || n > 2 ** 31) {
          await ctx.stderr.write(`${ctx.name}: invalid tab size: ${quote(v!)}\n`);
          return 2;
        }
        cfg.tabsize = n;
        break;
      }
      case 'w': width = v!; break;
      case 'color': {
        if (v === undefined) colorWhen = 0;
        else {
          const w = argmatch(v, WHEN_ARGS);
          if (typeof w !== 'number') return bad(v, '--color', WHEN_ARGS, w);
          colorWhen = w;
        }
        break;
      }
      case 'group-directories-first': cfg.dirsFirst = true; break;
      case 'Z': case 'context': cfg.context = true; break;
      case 'zero': cfg.zero = true; break;
      case 'author': cfg.author = true; break;
      case 'hyperlink': case 'help': case 'version': break;
    }
  }
  if (width !== null) {
    if (!/^\d+$/.test(width)) {
      await ctx.stderr.write(bb ? `${ctx.name}: invalid number '${width}'\n` : `${ctx.name}: invalid line width: ${quote(width)}\n`);
      return bb ? 1 : 2;
    }
    cfg.lineLength = Number(width);
  } else {
    const cols = ctx.env.get('COLUMNS');
    if (cols && /^\d+$/.test(cols) && Number(cols) > 0) cfg.lineLength = Number(cols);
    // busybox keeps one column free ("go one less") unless -w says otherwise.
    if (bb) cfg.lineLength--;
  }
  const tabEnv = ctx.env.get('TABSIZE');
  if (!opts.list.some(([k]) => k === 'T') && tabEnv && /^\d+$/.test(tabEnv)) cfg.tabsize = Number(tabEnv);
  if (kib) cfg.blockSize = { opts: 0, size: 1024 };
  // Without -S/-t/…, -c and -u sort by that time unless a long listing shows it.
  cfg.sort = sortOpt ?? (cfg.format !== 'long' && cfg.time !== 'mtime' ? 'time' : 'name');
  cfg.deref = deref ?? (cfg.directory || cfg.indicator === 'classify' || cfg.format === 'long' ? 'never' : 'cmdline-dir');
  const lsColors = ctx.env.get('LS_COLORS');
  cfg.color = colorWhen === 0 || (colorWhen === 2 && tty) || (colorWhen === -1 && tty);
  if (cfg.color && !lsColors && !ctx.env.get('COLORTERM') && !COLOR_TERMS.test(ctx.env.get('TERM') ?? '')) cfg.color = false;
  if (cfg.color) cfg.tabsize = 0;
  const qs = quoting ?? envQuoting(ctx.env.get('QUOTING_STYLE')) ?? (tty && !bb ? 'shell-escape' : 'literal');
  cfg.quoting = qs;
  if (cfg.format === 'long' && !bb) {
    const fmts = await timeFormats(ctx, timeStyle ?? ctx.env.get('TIME_STYLE') ?? 'locale');
    if (typeof fmts === 'number') return fmts;
    cfg.timeFormats = fmts;
  }
  return { cfg, operands: opts.operands };
}

function envQuoting(v: string | undefined): QuotingStyle | null {
  return v && (QUOTING_STYLES as readonly string[]).includes(v) ? (v as QuotingStyle) : null;
}

async function timeFormats(ctx: AppletContext, styleIn: string): Promise<[string, string] | number> {
  let style = styleIn;
  // posix-STYLE applies only outside the POSIX locale; the model's programs run in C.
  while (style.startsWith('posix-')) style = 'locale';
  if (style.startsWith('+')) {
    const fmt = style.slice(1);
    const nl = fmt.indexOf('\n');
    if (nl < 0) return [fmt, fmt];
    if (fmt.indexOf('\n', nl + 1) >= 0) {
      await ctx.stderr.write(`${ctx.name}: invalid time style format ${quote(fmt)}\n`);
      return 2;
    }
    return [fmt.slice(0, nl), fmt.slice(nl + 1)];
  }
  const w = argmatch(style, TIME_STYLES.map((s) => [s]));
  if (typeof w !== 'number') {
    let msg = `${ctx.name}: ${w} argument ${quote(style)} for 'time style'\nValid arguments are:\n`;
    for (const s of TIME_STYLES) msg += `  - [posix-]${s}\n`;
    msg += `  - +FORMAT (e.g., +%H:%M) for a 'date'-style format\nTry '${ctx.name} --help' for more information.\n`;
    await ctx.stderr.write(msg);
    return 2;
  }
  return STYLE_FORMATS[TIME_STYLES[w]!]!;
}
