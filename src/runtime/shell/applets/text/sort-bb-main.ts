import type { ParsedOpts } from '../getopt.ts';
import type { AppletContext } from '../types.ts';
import { errText } from '../errors.ts';
import { BbKeyError, bbCompare, glibcMsort, parseBbKey, useStrverscmp, type BbKey, type BbOrdering } from './sort-busybox.ts';
import { strverscmp } from './sort-compare.ts';
import { readRecords } from './sort-input.ts';

useStrverscmp(strverscmp);

const die = async (ctx: AppletContext, msg: string): Promise<number> => {
  await ctx.stderr.write(`sort: ${msg}\n`);
  return 2;
};

/** busybox sort after option parsing: its key syntax, checks and messages. */
export async function busyboxSort(ctx: AppletContext, opts: ParsedOpts): Promise<number> {
  let global = '';
  const keys: BbKey[] = [];
  let sep: string | undefined;
  let output: string | undefined;
  let delim = '\n';
  let check = false;
  let unique = false;
  let stable = false;
  for (const [k, v] of opts.list) {
    if ('ngMbrdfiV'.includes(k)) global += k;
    else if (k === 'c') check = true;
    else if (k === 'u') unique = true;
    else if (k === 's') stable = true;
    else if (k === 'z') delim = '\0';
    else if (k === 'o') output = v;
    else if (k === 't') {
      if (v!.length !== 1) return die(ctx, 'bad -t parameter');
      sep = v;
    } else if (k === 'k') {
      try {
        keys.push(parseBbKey(v!));
      } catch (e) {
        if (!(e instanceof BbKeyError)) throw e;
        return die(ctx, e.message);
      }
    }
  }
  if (!keys.length) keys.push({ range: [1, 0, 0, 0], flags: '' });
  if (global.includes('b')) global += 'B';
  const lines: string[] = [];
  for (const f of opts.operands.length ? opts.operands : ['-']) {
    const recs = await readRecords(ctx, f, delim);
    if (typeof recs === 'number') return recs;
    lines.push(...recs);
  }
  const ord: BbOrdering = { keys, global, sep, stable, noTieBreak: false };
  try {
    if (check) {
      for (let i = 1; i < lines.length; i++) {
        if (bbCompare(ord, lines[i - 1]!, lines[i]!, i - 1, i) > (unique ? -1 : 0)) {
          await ctx.stderr.write(`Check line ${i}\n`);
          return 1;
        }
      }
      return 0;
    }
    const idx = glibcMsort(lines.map((_, i) => i), (a, b) => bbCompare(ord, lines[a]!, lines[b]!, a, b));
    await ctx.tick(Math.ceil(lines.length / 4096));
    let sorted = idx.map((i) => lines[i]!);
    if (unique) {
      const once: BbOrdering = { ...ord, noTieBreak: true };
      const kept: string[] = [];
      for (const l of sorted) if (!kept.length || bbCompare(once, kept[kept.length - 1]!, l, 0, 0) !== 0) kept.push(l);
      sorted = kept;
    }
    const text = sorted.map((l) => l + delim).join('');
    if (output === undefined) {
      await ctx.stdout.write(text);
      return 0;
    }
    let stream;
    try {
      stream = ctx.fs.openWrite(output);
    } catch (e) {
      return die(ctx, `can't open '${output}': ${errText(e)}`);
    }
    await stream.write(ctx.proc, text);
    stream.close();
    return 0;
  } catch (e) {
    if (!(e instanceof BbKeyError)) throw e;
    return die(ctx, e.message);
  }
}
