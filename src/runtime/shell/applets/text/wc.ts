import type { Applet, AppletContext } from '../types.ts';
import { openInput, slurp } from './input.ts';
import { utf8Locale } from './locale.ts';
import { quoteaf, quotef } from './quote-name.ts';
import { stdinStat } from './stdin-stat.ts';
import { parseOpts, usageFail } from './usage.ts';
import { Counter, type Counts } from './wc-count.ts';
import { busyboxHelp, helpOrVersion, HELP_LONGS } from './gnu-info.ts';

const LONGS = {
  bytes: { key: 'c' },
  chars: { key: 'm' },
  lines: { key: 'l' },
  words: { key: 'w' },
  'max-line-length': { key: 'L' },
  'files0-from': { arg: 'required' as const },
};
const ORDER: (keyof Counts)[] = ['lines', 'words', 'chars', 'bytes', 'maxLen'];
const FLAG: Record<string, keyof Counts> = { l: 'lines', w: 'words', m: 'chars', c: 'bytes', L: 'maxLen' };

/** wc [-clmwL] [--files0-from=F] [FILE...] */
const wc: Applet = {
  async run(ctx) {
    const bb = ctx.flavor === 'busybox';
    const bbHelp = await busyboxHelp(ctx);
    if (bbHelp !== undefined) return bbHelp;
    const opts = await parseOpts(ctx, ctx.argv.slice(1), { short: 'cmlwL', long: bb ? {} : { ...LONGS, ...HELP_LONGS } }, 1, true);
    if (typeof opts === 'number') return opts;
    const info = await helpOrVersion(ctx, opts);
    if (info !== undefined) return info;
    const want = new Set<keyof Counts>();
    let files0: string | undefined;
    for (const [k, v] of opts.list) {
      if (k === 'files0-from') files0 = v;
      else want.add(FLAG[k]!);
    }
    if (want.size === 0) ['lines', 'words', 'bytes'].forEach((k) => want.add(k as keyof Counts));
    const cols = ORDER.filter((k) => want.has(k));
    let status = 0;
    let names: string[];
    let streamed = false;
    if (files0 !== undefined) {
      if (opts.operands.length) return usageFail(ctx, `extra operand ${quoteaf(opts.operands[0]!)}\nfile operands cannot be combined with --files0-from`);
      const o = openInput(ctx, files0);
      if (!o.ok) {
        await ctx.stderr.write(`wc: cannot open ${quoteaf(files0)} for reading: ${o.text}\n`);
        return 1;
      }
      const list = await slurp(ctx, o.stream);
      o.stream.close();
      names = list === '' ? [] : list.replace(/\0$/, '').split('\0');
      streamed = files0 === '-' && stdinStat(ctx)?.type !== 'file';
    } else names = opts.operands.length ? opts.operands : ['-'];
    const implicitStdin = files0 === undefined && opts.operands.length === 0;
    const width = bb ? bbWidth(cols.length, opts.operands.length) : streamed ? 1 : gnuWidth(ctx, names, cols.length);
    const fmt = (c: Counts, name: string | undefined): string => {
      const nums = cols.map((k, i) => (bb || i === 0 ? '' : ' ') + String(c[k]).padStart(width)).join(bb ? ' ' : '');
      return name === undefined ? `${nums}\n` : `${nums} ${name}\n`;
    };
    const total: Counts = { lines: 0, words: 0, chars: 0, bytes: 0, maxLen: 0 };
    const utf8 = utf8Locale(ctx);
    for (const [i, name] of names.entries()) {
      if (files0 !== undefined && name === '') {
        await ctx.stderr.write(`wc: ${quotef(files0)}:${i + 1}: invalid zero-length file name\n`);
        status = 1;
        continue;
      }
      if (files0 === '-' && name === '-') {
        await ctx.stderr.write(`wc: when reading file names from stdin, no file name of ${quoteaf('-')} allowed\n`);
        status = 1;
        continue;
      }
      const o = openInput(ctx, name);
      const shown = bb ? name : quotef(name);
      if (!o.ok && !o.atRead) {
        await ctx.stderr.write(`wc: ${shown}: ${o.text}\n`);
        status = 1;
        continue;
      }
      const counter = new Counter(utf8, bb);
      if (o.ok) {
        for (;;) {
          const chunk = await o.stream.read(ctx.proc);
          if (chunk === null) break;
          counter.feed(chunk);
          await ctx.tick(1);
        }
        o.stream.close();
      } else {
        await ctx.stderr.write(`wc: ${shown}: ${o.text}\n`);
        status = 1;
      }
      const c = counter.finish();
      for (const k of ORDER) total[k] = k === 'maxLen' ? Math.max(total[k], c[k]) : total[k] + c[k];
      await ctx.stdout.write(fmt(c, implicitStdin ? undefined : name));
    }
    if (names.length > 1) await ctx.stdout.write(fmt(total, 'total'));
    return status;
  },
};
export default wc;

/** coreutils: digits of the summed sizes of regular files, at least 7 if any input is not regular. */
function gnuWidth(ctx: AppletContext, names: string[], ncols: number): number {
  if (names.length === 1 && ncols === 1) return 1;
  let min = 1;
  let total = 0;
  for (const n of names) {
    const st = n === '-' ? stdinStat(ctx) ?? null : tryStat(ctx, n);
    if (st === undefined) continue;
    if (st && st.type === 'file') total += st.size;
    else min = 7;
  }
  return Math.max(min, String(total).length);
}

function tryStat(ctx: AppletContext, n: string) {
  try {
    return ctx.fs.stat(n);
  } catch {
    return undefined;
  }
}

function bbWidth(ncols: number, nfiles: number): number {
  return ncols === 1 && nfiles <= 1 ? 0 : 9;
}
