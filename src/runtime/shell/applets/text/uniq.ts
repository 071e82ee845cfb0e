import type { Applet, AppletContext } from '../types.ts';
import { lquote } from './locale.ts';
import { errText } from '../errors.ts';
import { openInput, slurp } from './input.ts';
import { quoteaf, quotef } from './quote-name.ts';
import { busyboxUsage, parseOpts, usageFail } from './usage.ts';
import { busyboxHelp, helpOrVersion, HELP_LONGS } from './gnu-info.ts';

const LONGS = {
  count: { key: 'c' },
  repeated: { key: 'd' },
  'all-repeated': { arg: 'optional' as const, key: 'D' },
  group: { arg: 'optional' as const },
  'ignore-case': { key: 'i' },
  'skip-fields': { arg: 'required' as const, key: 'f' },
  'skip-chars': { arg: 'required' as const, key: 's' },
  'check-chars': { arg: 'required' as const, key: 'w' },
  unique: { key: 'u' },
  'zero-terminated': { key: 'z' },
};
const BIG = Number.MAX_SAFE_INTEGER;

interface Cfg {
  fields: number;
  chars: number;
  width: number;
  fold: boolean;
}

/** uniq [-cdDiuz] [-f N] [-s N] [-w N] [--group] [INPUT [OUTPUT]] */
const uniq: Applet = {
  async run(ctx) {
    const bb = ctx.flavor === 'busybox';
    const bbHelp = await busyboxHelp(ctx);
    if (bbHelp !== undefined) return bbHelp;
    const args = bb ? ctx.argv.slice(1) : obsolete(ctx.argv.slice(1));
    const opts = await parseOpts(ctx, args, { short: bb ? 'cduizf:s:w:' : 'cdDf:is:uw:z', long: bb ? {} : { ...LONGS, ...HELP_LONGS } }, 1, true);
    if (typeof opts === 'number') return opts;
    const info = await helpOrVersion(ctx, opts);
    if (info !== undefined) return info;
    const cfg: Cfg = { fields: 0, chars: 0, width: BIG, fold: false };
    let count = false;
    let dups = false;
    let uniques = false;
    let all: string | undefined;
    let group: string | undefined;
    let delim = '\n';
    for (const [k, v] of opts.list) {
      if (k === 'c') count = true;
      else if (k === 'd') dups = true;
      else if (k === 'u') uniques = true;
      else if (k === 'i') cfg.fold = true;
      else if (k === 'z') delim = '\0';
      else if (k === 'D' || k === 'group') {
        const words = k === 'D' ? ['none', 'prepend', 'separate'] : ['prepend', 'append', 'separate', 'both'];
        const hit = v === undefined ? [k === 'D' ? 'none' : 'separate'] : words.filter((w) => v !== '' && w.startsWith(v));
        if (hit.length !== 1) {
          const opt = k === 'D' ? 'all-repeated' : 'group';
          return usageFail(ctx, `${hit.length ? 'ambiguous' : 'invalid'} argument ${lquote(ctx, v!)} for '--${opt}'\nValid arguments are:\n${words.map((w) => `  - '${w}'`).join('\n')}`);
        }
        if (k === 'D') all = hit[0];
        else group = hit[0];
      } else {
        const n = /^\d+$/.test(v!) ? Math.min(Number(v), BIG) : NaN;
        if (Number.isNaN(n)) {
          const what = k === 'f' ? 'fields to skip' : k === 's' ? 'bytes to skip' : 'bytes to compare';
          await ctx.stderr.write(bb ? `uniq: invalid number '${v}'\n` : `uniq: ${v}: invalid number of ${what}\n`);
          return 1;
        }
        if (k === 'f') cfg.fields = n;
        else if (k === 's') cfg.chars = n;
        else cfg.width = n;
      }
    }
    const ops = opts.operands;
    if (ops.length > 2) {
      if (bb) {
        await busyboxUsage(ctx);
        return 1;
      }
      return usageFail(ctx, `extra operand ${lquote(ctx, ops[2]!)}`);
    }
    if (group !== undefined && (count || dups || uniques || all !== undefined)) return usageFail(ctx, '--group is mutually exclusive with -c/-d/-D/-u');
    if (count && all !== undefined) return usageFail(ctx, 'printing all duplicated lines and repeat counts is meaningless');
    const input = ops[0] ?? '-';
    const o = openInput(ctx, input);
    if (!o.ok) {
      if (bb) await ctx.stderr.write(o.atRead ? `uniq: ${input}: I/O error\n` : `uniq: can't open '${input}': ${o.text}\n`);
      else await ctx.stderr.write(o.atRead ? `uniq: error reading ${quoteaf(input)}\n` : `uniq: ${quotef(input)}: ${o.text}\n`);
      return 1;
    }
    const data = await slurp(ctx, o.stream);
    o.stream.close();
    const lines = data === '' ? [] : data.split(delim);
    if (data.endsWith(delim)) lines.pop();
    const out: string[] = [];
    let groupNo = 0;
    for (let i = 0; i < lines.length; ) {
      const k = key(lines[i]!, cfg);
      let j = i + 1;
      while (j < lines.length && key(lines[j]!, cfg) === k) j++;
      const n = j - i;
      if (group !== undefined) {
        if (group === 'prepend' || group === 'both' || groupNo > 0) out.push('');
        out.push(...lines.slice(i, j));
      } else if (all !== undefined) {
        if (n > 1) {
          if (all === 'prepend' || (all === 'separate' && groupNo > 0)) out.push('');
          out.push(...lines.slice(i, j));
        }
      } else if ((n > 1 && !uniques) || (n === 1 && !dups)) out.push(count ? `${String(n).padStart(7)} ${lines[i]}` : lines[i]!);
      if (all === undefined || n > 1) groupNo++;
      i = j;
      if (groupNo % 4096 === 0) await ctx.tick(1);
    }
    if (group !== undefined && lines.length && (group === 'append' || group === 'both')) out.push('');
    return write(ctx, ops[1], out.map((l) => l + delim).join(''));
  },
};
export default uniq;

async function write(ctx: AppletContext, path: string | undefined, text: string): Promise<number> {
  if (path === undefined || path === '-') {
    await ctx.stdout.write(text);
    return 0;
  }
  try {
    const s = ctx.fs.openWrite(path);
    await s.write(ctx.proc, text);
    s.close();
  } catch (e) {
    await ctx.stderr.write(ctx.flavor === 'busybox' ? `uniq: can't open '${path}': ${errText(e)}\n` : `uniq: ${quotef(path)}: ${errText(e)}\n`);
    return 1;
  }
  return 0;
}

const blank = (c: string | undefined): boolean => c === ' ' || c === '\t';

function key(line: string, cfg: Cfg): string {
  let i = 0;
  for (let f = 0; f < cfg.fields && i < line.length; f++) {
    while (i < line.length && blank(line[i])) i++;
    while (i < line.length && !blank(line[i])) i++;
  }
  i = Math.min(line.length, i + cfg.chars);
  const k = line.slice(i, cfg.width >= BIG ? undefined : i + cfg.width);
  return cfg.fold ? k.replace(/[a-z]+/g, (m) => m.toUpperCase()) : k;
}

/** `uniq -2 +3`: the obsolete spellings of `-f 2 -s 3`, before any `--` (an option's value stays as is). */
function obsolete(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') return [...out, ...args.slice(i)];
    const takesValue = a.length > 3 && !a.includes('=') && ['--skip-fields', '--skip-chars', '--check-chars'].some((l) => l.startsWith(a));
    if (/^-[cdDiuz]*[fsw]$/.test(a) || takesValue) {
      out.push(a, ...args.slice(i + 1, i + 2));
      i++;
      continue;
    }
    const m = /^-(\d+)$/.exec(a);
    if (m) out.push('-f', m[1]!);
    else if (/^\+\d+$/.test(a)) out.push('-s', a.slice(1));
    else out.push(a);
  }
  return out;
}
