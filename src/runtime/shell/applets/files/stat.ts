import { FsError } from '../../../kernel/fs/errors.ts';
import { usageError } from '../errors.ts';
import { getopt, OptError } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { argmatch, argmatchFail } from './argmatch.ts';
import { busyboxOptError, busyboxUsage } from './busybox-usage.ts';
import { fsUsage } from './fs-usage.ts';
import { IdNames } from './id-names.ts';
import { backslashEscape, parseSpec } from './printf-spec.ts';
import { quoteaf, quotearg, type QuotingStyle, QUOTING_STYLES } from './quote.ts';
import { type FileFacts, fileDirective, fsDirective } from './stat-format.ts';
import { statPath } from './stat-path.ts';

const GNU_FILE = '  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\n';
const GNU_DEV = 'Device: %Hd,%Ld\tInode: %-10i  Links: %h\n';
const GNU_DEV_SPECIAL = 'Device: %Hd,%Ld\tInode: %-10i  Links: %-5h Device type: %Hr,%Lr\n';
const ACCESS = 'Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\n';
const TIMES = 'Access: %x\nModify: %y\nChange: %z\n';
const BB_DEV = 'Device: %Dh/%dd\tInode: %-10i  Links: %-5h';
const FS_GNU = '  File: "%n"\n    ID: %-8i Namelen: %-7l Type: %T\nBlock size: %-10s Fundamental block size: %S\nBlocks: Total: %-10b Free: %-10f Available: %a\nInodes: Total: %-10c Free: %d\n';
const FS_BB = '  File: "%n"\n    ID: %-8i Namelen: %-7l Type: %T\nBlock size: %-10s\nBlocks: Total: %-10b Free: %-10f Available: %a\nInodes: Total: %-10c Free: %d\n';

/** Thrown for `%5%`: GNU has already printed what came before it. */
class InvalidDirective extends Error {
  constructor(
    message: string,
    readonly partial: string,
  ) {
    super(message);
  }
}

/** Expands a stat format. */
async function render(ctx: AppletContext, fmt: string, escapes: boolean, directive: (conv: string, spec: ReturnType<typeof parseSpec>['spec']) => string | null): Promise<string> {
  let out = '';
  for (let i = 0; i < fmt.length; ) {
    const c = fmt[i]!;
    if (c === '\\' && escapes) {
      const e = backslashEscape(fmt, i);
      if (e.unknown !== undefined) await ctx.stderr.write(`${ctx.name}: warning: unrecognized escape '\\${e.unknown}'\n`);
      out += e.text;
      i = e.next;
      continue;
    }
    if (c !== '%') {
      out += c;
      i++;
      continue;
    }
    if (i + 1 >= fmt.length) {
      out += '%';
      break;
    }
    const p = parseSpec(fmt, i + 1);
    let conv = p.conv!;
    let next = p.next;
    if (conv === '%') {
      if (p.text !== '%%') throw new InvalidDirective(`${quotearg(p.text, 'locale')}: invalid directive`, out);
      out += '%';
      i = next;
      continue;
    }
    if ((conv === 'H' || conv === 'L') && (fmt[next] === 'd' || fmt[next] === 'r')) conv += fmt[next++];
    const r = directive(conv, p.spec);
    out += r ?? (ctx.flavor === 'busybox' ? conv : '?');
    i = next;
  }
  return out;
}

/** --cached only tunes network filesystems; the model checks the word and ignores it. */
const CACHED = [['default'], ['never'], ['always']] as const;

const stat: Applet = {
  async run(ctx) {
    const bb = ctx.flavor === 'busybox';
    let opts;
    try {
      opts = getopt(ctx.argv.slice(1), {
        short: 'c:fLt',
        long: bb ? {} : { dereference: { key: 'L' }, 'file-system': { key: 'f' }, format: { arg: 'required', key: 'c' }, printf: { arg: 'required' }, terse: { key: 't' }, cached: { arg: 'required' } },
      });
    } catch (e) {
      if (bb && e instanceof OptError) return busyboxOptError(ctx, e);
      return usageError(ctx, e);
    }
    let format: string | null = null;
    let escapes = false;
    let newline = false;
    let follow = false;
    let fsMode = false;
    let terse = false;
    for (const [k, v] of opts.list) {
      if (k === 'c') [format, escapes, newline] = [v!, false, true];
      else if (k === 'printf') [format, escapes, newline] = [v!, true, false];
      else if (k === 'L') follow = true;
      else if (k === 'f') fsMode = true;
      else if (k === 't') terse = true;
      else if (k === 'cached') {
        const m = argmatch(v!, CACHED);
        if (typeof m !== 'number') {
          await argmatchFail(ctx, v!, '--cached', CACHED, m);
          return 1;
        }
      }
    }
    if (opts.operands.length === 0) {
      if (bb) return busyboxUsage(ctx, null);
      await ctx.stderr.write(`${ctx.name}: missing operand\nTry '${ctx.name} --help' for more information.\n`);
      return 1;
    }
    const envQ = ctx.env.get('QUOTING_STYLE');
    const quoting: QuotingStyle = envQ && (QUOTING_STYLES as readonly string[]).includes(envQ) ? (envQ as QuotingStyle) : 'shell-escape-always';
    const ids = new IdNames(ctx.fs);
    let status = 0;
    for (const name of opts.operands) {
      let text: string;
      try {
        if (fsMode) {
          const loc = ctx.fs.locate(name, true);
          const facts = { name, fstype: loc.mount.fs.fstype, u: fsUsage(loc.mount) };
          const fmt = format ?? (terse ? '%n %i %l %t %s %S %b %f %a %c %d\n' : bb ? FS_BB : FS_GNU);
          text = await render(ctx, fmt, escapes, (c, s) => fsDirective(c, s, facts));
        } else {
          const ps = statPath(ctx.fs, name, follow);
          const facts: FileFacts = { name, st: ps.st, blocks: ps.blocks, fstype: ps.fstype, mountPoint: ps.mount.target, ids, quoting: format ? quoting : null, busybox: bb };
          if (ps.st.type === 'symlink') facts.linkTarget = ctx.fs.readlink(name);
          const special = ps.st.type === 'chr' || ps.st.type === 'blk';
          let fmt = format;
          if (fmt === null && terse) fmt = bb ? '%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %o\n' : '%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o\n';
          if (fmt === null && bb) fmt = `${GNU_FILE}${BB_DEV}${special ? ' Device type: %t,%T' : ''}\n${ACCESS}${TIMES}`;
          fmt ??= `${GNU_FILE}${special ? GNU_DEV_SPECIAL : GNU_DEV}${ACCESS}${TIMES} Birth: %w\n`;
          text = await render(ctx, fmt, escapes, (c, s) => fileDirective(c, s, facts));
        }
      } catch (e) {
        if (e instanceof FsError) {
          if (bb) await ctx.stderr.write(`${ctx.name}: can't ${fsMode ? 'read file system information for' : 'stat'} '${name}': ${e.text}\n`);
          else await ctx.stderr.write(`${ctx.name}: ${fsMode ? 'cannot read file system information for' : 'cannot statx'} ${quoteaf(name)}: ${e.text}\n`);
          status = 1;
          continue;
        }
        if (e instanceof InvalidDirective) {
          await ctx.stdout.write(e.partial);
          await ctx.stderr.write(`${ctx.name}: ${e.message}\n`);
          return 1;
        }
        throw e;
      }
      await ctx.stdout.write(newline ? `${text}\n` : text);
    }
    return status;
  },
};
export default stat;
