import { busyboxHelp } from './bb-usage.ts';
import { lquote } from '../text/locale.ts';
import { gnuInfo } from './gnu-info.ts';
import { formatFloat } from '../../format/printf.ts';
import { parseOpts, usageFail, busyboxUsage } from '../text/usage.ts';
import type { Applet, AppletContext } from '../types.ts';
import { formatOne, parseCFloat } from './cfloat.ts';
import { defaultFormat, type FormatSpec, type Operand, parseSeqFormat, scanArg } from './seq-args.ts';

const LONGS = { format: { arg: 'required' as const, key: 'f' }, separator: { arg: 'required' as const, key: 's' }, 'equal-width': { key: 'w' } };

/** seq [-w] [-s SEP] [-f FMT] [FIRST [INC]] LAST; a `-` followed by a digit or `.` is a number. */
const seq: Applet = {
  async run(ctx) {
    if (await busyboxHelp(ctx)) return 0;
    if (ctx.flavor === 'busybox') return busyboxSeq(ctx);
    const args = ctx.argv.slice(1);
    const end = optionsEnd(args);
    if (await gnuInfo(ctx, args.slice(0, end))) return 0;
    const p = await parseOpts(ctx, args.slice(0, end), { short: 'f:s:w', long: LONGS, stopAtOperand: true });
    if (typeof p === 'number') return p;
    const operands = [...p.operands, ...args.slice(end)];
    let sep = '\n';
    let fmt: string | undefined;
    let equal = false;
    for (const [k, v] of p.list) {
      if (k === 's') sep = v!;
      else if (k === 'f') fmt = v!;
      else if (k === 'w') equal = true;
    }
    if (operands.length === 0) return usageFail(ctx, 'missing operand');
    if (operands.length > 3) return usageFail(ctx, `extra operand ${lquote(ctx, operands[3]!)}`);
    let spec: FormatSpec | undefined;
    if (fmt !== undefined) {
      const f = parseSeqFormat(fmt);
      if (typeof f === 'string') {
        await ctx.stderr.write(`seq: ${f}\n`);
        return 1;
      }
      spec = f;
      if (equal) return usageFail(ctx, 'format string may not be specified when printing equal width strings');
    }
    const ops: Operand[] = [];
    for (let i = 0; i < operands.length; i++) {
      const s = scanArg(operands[i]!);
      if (!s.ok) return usageFail(ctx, s.nan ? `invalid 'not-a-number' argument: ${lquote(ctx, operands[i]!)}` : `invalid floating point argument: ${lquote(ctx, operands[i]!)}`);
      if (operands.length === 3 && i === 1 && s.op.value === 0) return usageFail(ctx, `invalid Zero increment value: ${lquote(ctx, operands[i]!)}`);
      ops.push(s.op);
    }
    const one: Operand = { value: 1, width: 1, precision: 0, text: '1' };
    const first = ops.length > 1 ? ops[0]! : one;
    const step = ops.length === 3 ? ops[1]! : one;
    const last = ops[ops.length - 1]!;
    let show: (x: number) => string;
    if (spec) {
      const sp = spec;
      show = (x) => sp.prefix + formatOne(x, sp.flags, sp.width, sp.prec, sp.conv) + sp.suffix;
    } else {
      const d = defaultFormat(first, step, last, equal);
      if (!d) show = (x) => formatFloat(x, 'g', 6, '');
      else show = (x) => formatOne(x, d.width ? '0' : '', d.width || undefined, d.prec, 'f');
      if (d && d.prec === 0 && [first, step, last].every((o) => /^\s*[-+]?\d+$/.test(o.text) && !/^\s*-0+$/.test(o.text))) {
        return integers(ctx, BigInt(first.text.trim()), BigInt(step.text.trim()), BigInt(last.text.trim()), sep, d.width);
      }
    }
    await floats(ctx, first.value, step.value, last.value, sep, show);
    return 0;
  },
};
export default seq;

/** Where GNU seq's option scan stops: the first operand, `--`, or a negative number. */
function optionsEnd(args: string[]): number {
  let i = 0;
  while (i < args.length) {
    const a = args[i]!;
    if (a === '--') return i + 1;
    if (!a.startsWith('-') || a === '-' || /^-[\d.]/.test(a)) return i;
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (!name.includes('=') && name !== '' && ['format', 'separator'].some((l) => l.startsWith(name)) && !'equal-width'.startsWith(name)) i++;
    } else {
      for (let j = 1; j < a.length; j++) {
        if (a[j] === 'f' || a[j] === 's') {
          if (j === a.length - 1) i++;
          break;
        }
      }
    }
    i++;
  }
  return Math.min(i, args.length);
}

/** Exact integers of any size (seq_fast), zero-padded to `width` with -w. */
async function integers(ctx: AppletContext, first: bigint, step: bigint, last: bigint, sep: string, width: number): Promise<number> {
  const show = (v: bigint) => (width ? (v < 0n ? `-${(-v).toString().padStart(width - 1, '0')}` : v.toString().padStart(width, '0')) : v.toString());
  if (step > 0n ? first > last : first < last) return 0;
  let buf = '';
  let n = 0;
  for (let v = first; step > 0n ? v <= last : v >= last; v += step) {
    buf += (n++ ? sep : '') + show(v);
    if (buf.length >= 8192) {
      await ctx.stdout.write(buf);
      buf = '';
      await ctx.tick(1);
    }
  }
  await ctx.stdout.write(`${buf}\n`);
  return 0;
}

/** print_numbers: x = first + i*step, with one extra number when it prints as LAST. */
async function floats(ctx: AppletContext, first: number, step: number, last: number, sep: string, show: (x: number) => string): Promise<void> {
  if (step < 0 ? first < last : last < first) return;
  let buf = '';
  let x = first;
  for (let i = 1; ; i++) {
    const x0 = x;
    buf += show(x);
    x = first + i * step;
    if (step < 0 ? x < last : last < x) {
      const xs = show(x);
      const back = parseCFloat(xs.trim());
      if (!(back === last && show(x0) !== xs)) break;
    }
    buf += sep;
    if (buf.length >= 8192) {
      await ctx.stdout.write(buf);
      buf = '';
      await ctx.tick(1);
    }
  }
  await ctx.stdout.write(`${buf}\n`);
}

/** busybox seq: strtod operands, width from integer parts, fraction digits from all but LAST. */
async function busyboxSeq(ctx: AppletContext): Promise<number> {
  const p = await parseOpts(ctx, ctx.argv.slice(1), { short: 'ws:', stopAtOperand: true });
  if (typeof p === 'number') return p;
  let sep = '\n';
  let equal = false;
  for (const [k, v] of p.list) {
    if (k === 's') sep = v!;
    else equal = true;
  }
  const ops = p.operands;
  const vals = ops.map((o) => parseCFloat(o));
  if (ops.length < 1 || ops.length > 3 || vals.some((v) => v === null)) {
    await busyboxUsage(ctx);
    return 1;
  }
  const last = vals[vals.length - 1]!;
  const first = ops.length > 1 ? vals[0]! : 1;
  const step = ops.length === 3 ? vals[1]! : 1;
  let width = 0;
  let frac = 0;
  ops.forEach((o, i) => {
    const dot = o.indexOf('.');
    width = Math.max(width, dot >= 0 ? dot : o.length);
    if (dot >= 0 && i < ops.length - 1) frac = Math.max(frac, o.length - dot - 1);
  });
  if (frac) width += frac + 1;
  if (!equal) width = 0;
  if (step > 0 ? first > last : first < last) return 0;
  let buf = '';
  for (let n = 0; ; n++) {
    const v = first + n * step;
    if (n && (step > 0 ? v > last : v < last)) break;
    buf += (n ? sep : '') + formatOne(v, '0', width || undefined, frac, 'f');
    if (buf.length >= 8192) {
      await ctx.stdout.write(buf);
      buf = '';
      await ctx.tick(1);
    }
  }
  await ctx.stdout.write(`${buf}\n`);
  return 0;
}
