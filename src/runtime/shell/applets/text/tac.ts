import type { Applet } from '../types.ts';
import { RegexError, type Matcher } from '../regex/posix-regex.ts';
import { backwardMatches, compileEmacs } from './tac-regex.ts';
import { openInput, slurp } from './input.ts';
import { quoteaf, quotef } from './quote-name.ts';
import { parseOpts } from './usage.ts';
import { busyboxHelp, helpOrVersion, HELP_LONGS } from './gnu-info.ts';

const LONGS = { before: { key: 'b' }, regex: { key: 'r' }, separator: { arg: 'required' as const, key: 's' } };

/** tac [-b] [-r] [-s SEP] [FILE...]: records in reverse order. */
const tac: Applet = {
  async run(ctx) {
    const bb = ctx.flavor === 'busybox';
    const bbHelp = await busyboxHelp(ctx);
    if (bbHelp !== undefined) return bbHelp;
    const opts = await parseOpts(ctx, ctx.argv.slice(1), { short: bb ? '' : 'brs:', long: bb ? {} : { ...LONGS, ...HELP_LONGS } }, 1, true);
    if (typeof opts === 'number') return opts;
    const info = await helpOrVersion(ctx, opts);
    if (info !== undefined) return info;
    let before = false;
    let regex = false;
    let sep = '\n';
    for (const [k, v] of opts.list) {
      if (k === 'b') before = true;
      else if (k === 'r') regex = true;
      else sep = v === '' ? '\0' : v!;
    }
    let re: Matcher | null | undefined;
    if (regex) {
      try {
        re = compileEmacs(sep);
      } catch (e) {
        if (!(e instanceof RegexError)) throw e;
        await ctx.stderr.write(`tac: ${e.message}\n`);
        return 1;
      }
    }
    let status = 0;
    for (const f of opts.operands.length ? opts.operands : ['-']) {
      const o = openInput(ctx, f);
      if (!o.ok) {
        if (bb) await ctx.stderr.write(`tac: ${f}: ${o.text}\n`);
        else if (o.atRead) await ctx.stderr.write(`tac: ${quotef(f)}: read error: Invalid argument\n`);
        else await ctx.stderr.write(`tac: failed to open ${quoteaf(f)} for reading: ${o.text}\n`);
        status = 1;
        continue;
      }
      const data = await slurp(ctx, o.stream);
      o.stream.close();
      const recs = split(data, sep, re, before);
      await ctx.tick(Math.ceil(recs.length / 4096));
      await ctx.stdout.write(recs.reverse().join(''));
    }
    return status;
  },
};
export default tac;

/** Records with their separators: attached at the end, or at the start with -b. */
function split(data: string, sep: string, re: Matcher | null | undefined, before: boolean): string[] {
  let cuts: [number, number][] = [];
  if (re) cuts = backwardMatches(data, re);
  else if (re === null) cuts = [];
  else {
    for (let at = data.indexOf(sep); at >= 0; at = data.indexOf(sep, at + sep.length)) cuts.push([at, at + sep.length]);
  }
  const recs: string[] = [];
  let start = 0;
  for (const [a, b] of cuts) {
    const cut = before ? a : b;
    if (cut > start || !before) recs.push(data.slice(start, cut));
    start = cut;
  }
  if (start < data.length) recs.push(data.slice(start));
  return recs;
}
