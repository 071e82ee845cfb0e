import type { Applet, AppletContext } from '../types.ts';
import { lquote } from './locale.ts';
import { errText } from '../errors.ts';
import { openInput, slurp } from './input.ts';
import { quoteaf, quotef } from './quote-name.ts';
import { defaultCompare, incompatible, KeyError, newKey, parseKeySpec, setOrdering, type Key } from './sort-keys.ts';
import { makeCompare, type Ordering } from './sort-order.ts';
import { debugAnnotate, debugWarnings } from './sort-debug.ts';
import { SORT_LONGS, sortOptionError, sortUsage } from './sort-options.ts';
import { parseOpts } from './usage.ts';
import { readRecords } from './sort-input.ts';
import { busyboxSort } from './sort-bb-main.ts';
import { busyboxHelp, helpOrVersion, HELP_LONGS } from './gnu-info.ts';

const SORT_WORDS: Record<string, string> = { 'general-numeric': 'g', 'human-numeric': 'h', month: 'M', numeric: 'n', random: 'R', version: 'V' };

/** sort [-bdfghiMnRrVcCmsuz] [-k KEYDEF]... [-t SEP] [-o FILE] [FILE...] */
const sort: Applet = {
  async run(ctx) {
    const bb = ctx.flavor === 'busybox';
    const bbHelp = await busyboxHelp(ctx);
    if (bbHelp !== undefined) return bbHelp;
    const opts = await parseOpts(ctx, ctx.argv.slice(1), { short: bb ? 'ngMucszbrdfimVS:T:o:k:t:' : 'bcCdfghik:mMno:rRsS:t:T:uVy::z', long: bb ? {} : { ...SORT_LONGS, ...HELP_LONGS } }, 2, true);
    if (typeof opts === 'number') return opts;
    const info = await helpOrVersion(ctx, opts);
    if (info !== undefined) return info;
    if (bb) return busyboxSort(ctx, opts);
    const g = newKey();
    const keys: Key[] = [];
    let tab: string | undefined;
    let check: 'diagnose' | 'quiet' | undefined;
    let unique = false;
    let stable = false;
    let merge = false;
    let output: string | undefined;
    let delim = '\n';
    let files0: string | undefined;
    let debug = false;
    for (const [k, v] of opts.list) {
      if ('bdfghiMnRrV'.includes(k) && k.length === 1) setOrdering(k, g, undefined);
      else if (k === 'sort') {
        const hit = Object.keys(SORT_WORDS).filter((w) => w.startsWith(v!));
        if (v === '' || hit.length !== 1) return sortUsage(ctx, `invalid argument ${lquote(ctx, v!)} for '--sort'\nValid arguments are:\n${Object.keys(SORT_WORDS).map((w) => `  - '${w}'`).join('\n')}`, 1);
        setOrdering(SORT_WORDS[hit[0]!]!, g, undefined);
      } else if (k === 'k') {
        try {
          keys.push(parseKeySpec(v!));
        } catch (e) {
          if (!(e instanceof KeyError)) throw e;
          return sortOptionError(ctx, e.message);
        }
      } else if (k === 't') {
        let t = v!;
        if (t === '') return sortOptionError(ctx, 'empty tab');
        if (t.length > 1) {
          if (t === '\\0') t = '\0';
          else return sortOptionError(ctx, `multi-character tab ${lquote(ctx, t)}`);
        }
        if (tab !== undefined && tab !== t) return sortOptionError(ctx, 'incompatible tabs');
        tab = t;
      } else if (k === 'c' || k === 'C' || k === 'check') {
        const words: Record<string, 'diagnose' | 'quiet'> = { quiet: 'quiet', silent: 'quiet', 'diagnose-first': 'diagnose' };
        const hit = Object.keys(words).filter((w) => v !== undefined && v !== '' && w.startsWith(v));
        let mode: 'diagnose' | 'quiet' | undefined;
        if (k !== 'check') mode = k === 'c' ? 'diagnose' : 'quiet';
        else if (v === undefined) mode = 'diagnose';
        else if (hit.length === 1 || (hit.length > 1 && hit.every((h) => words[h] === words[hit[0]!]))) mode = words[hit[0]!];
        if (mode && check && mode !== check) return sortOptionError(ctx, "options '-cC' are incompatible");
        if (mode) check = mode;
        else return sortUsage(ctx, `${hit.length ? 'ambiguous' : 'invalid'} argument ${lquote(ctx, v!)} for '--check'\nValid arguments are:\n  - 'quiet', 'silent'\n  - 'diagnose-first'`, 1);
      } else if (k === 'u') unique = true;
      else if (k === 's') stable = true;
      else if (k === 'm') merge = true;
      else if (k === 'o') {
        if (output !== undefined && output !== v) return sortOptionError(ctx, 'multiple output files specified');
        output = v;
      } else if (k === 'z') delim = '\0';
      else if (k === 'debug') debug = true;
      else if (k === 'files0-from') files0 = v;
      else if (k === 'S') {
        if (!/^\d+(%|[bkKmMgGtTpPeEzZyY])?$/.test(v!)) return sortOptionError(ctx, /^\d/.test(v!) ? `invalid suffix in -S argument '${v}'` : `invalid -S argument '${v}'`);
      } else if (k === 'parallel') {
        if (!/^\d+$/.test(v!)) return sortOptionError(ctx, `invalid --parallel argument '${v}'`);
        if (Number(v) === 0) return sortOptionError(ctx, 'number in parallel must be nonzero');
      } else if (k === 'batch-size') {
        if (!/^\d+$/.test(v!)) return sortOptionError(ctx, `invalid --batch-size argument '${v}'`);
        if (Number(v) < 2) return sortOptionError(ctx, `invalid --batch-size argument '${v}'\nsort: minimum --batch-size argument is '2'`);
      }
    }
    if (debug && (check || output !== undefined)) return sortOptionError(ctx, `options '-${check ? (check === 'quiet' ? 'C' : 'c') : 'o'} --debug' are incompatible`);
    if (check && output !== undefined) return sortOptionError(ctx, `options '-${check === 'quiet' ? 'C' : 'c'}o' are incompatible`);
    for (const key of keys) {
      if (defaultCompare(key) && !key.reverse) Object.assign(key, { ignore: g.ignore, translate: g.translate, skipsblanks: g.skipsblanks, skipeblanks: g.skipeblanks, month: g.month, numeric: g.numeric, general: g.general, human: g.human, version: g.version, random: g.random, reverse: g.reverse });
    }
    const gkeyOnly = !keys.length && !defaultCompare(g);
    if (gkeyOnly) keys.push({ ...g });
    for (const key of keys) {
      const bad = incompatible(key);
      if (bad) return sortOptionError(ctx, `options '-${bad}' are incompatible`);
    }
    if (debug) for (const msg of debugWarnings(keys, g, gkeyOnly, tab, stable, unique)) await ctx.stderr.write(`sort: ${msg}\n`);
    let files = opts.operands;
    if (files0 !== undefined) {
      if (files.length) return sortUsage(ctx, `extra operand ${lquote(ctx, files[0]!)}\nfile operands cannot be combined with --files0-from`);
      const o = openInput(ctx, files0);
      if (!o.ok) return sortOptionError(ctx, `open failed: ${quotef(files0)}: ${o.text}`);
      const list = await slurp(ctx, o.stream);
      files = list === '' ? [] : list.replace(/\0$/, '').split('\0');
      const empty = files.indexOf('');
      if (empty >= 0) return sortOptionError(ctx, `${quotef(files0)}:${empty + 1}: invalid zero-length file name`);
      if (!files.length) return sortOptionError(ctx, `no input from ${quoteaf(files0)}`);
    }
    if (!files.length) files = ['-'];
    const ord: Ordering = { keys, tab, unique, stable, reverse: g.reverse, salt: ctx.kernel.random.nextU32() };
    const cmp = makeCompare(ord);
    if (check) {
      if (files.length > 1) return sortOptionError(ctx, `extra operand ${lquote(ctx, files[1]!)} not allowed with -${check === 'quiet' ? 'C' : 'c'}`);
      const recs = await readRecords(ctx, files[0]!, delim);
      if (typeof recs === 'number') return recs;
      for (let i = 1; i < recs.length; i++) {
        const d = cmp(recs[i - 1]!, recs[i]!);
        if (d > 0 || (unique && d === 0)) {
          if (check === 'diagnose') await ctx.stderr.write(`sort: ${quotef(files[0]!)}:${i + 1}: disorder: ${recs[i]}\n`);
          return 1;
        }
        if (i % 4096 === 0) await ctx.tick(1);
      }
      return 0;
    }
    const inputs: string[][] = [];
    for (const f of files) {
      const recs = await readRecords(ctx, f, delim);
      if (typeof recs === 'number') return recs;
      inputs.push(recs);
    }
    const lines = merge ? mergeRuns(inputs, cmp) : inputs.flat().sort(cmp);
    await ctx.tick(Math.ceil(lines.length / 4096));
    const out: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (unique && i > 0 && cmp(out[out.length - 1]!, lines[i]!) === 0) continue;
      out.push(lines[i]!);
    }
    const text = out.map((l) => (debug ? debugAnnotate(l, keys, tab, stable, unique) : l + delim)).join('');
    if (output === undefined) {
      await ctx.stdout.write(text);
      return 0;
    }
    let stream;
    try {
      stream = ctx.fs.openWrite(output);
    } catch (e) {
      return sortOptionError(ctx, `open failed: ${quotef(output)}: ${errText(e)}`);
    }
    await stream.write(ctx.proc, text);
    stream.close();
    return 0;
  },
};
export default sort;

/** -m: inputs are taken as already sorted; ties go to the earlier file. */
function mergeRuns(runs: string[][], cmp: (a: string, b: string) => number): string[] {
  const pos = runs.map(() => 0);
  const out: string[] = [];
  for (;;) {
    let best = -1;
    for (let i = 0; i < runs.length; i++) {
      if (pos[i]! >= runs[i]!.length) continue;
      if (best < 0 || cmp(runs[i]![pos[i]!]!, runs[best]![pos[best]!]!) < 0) best = i;
    }
    if (best < 0) return out;
    out.push(runs[best]![pos[best]!++]!);
  }
}
