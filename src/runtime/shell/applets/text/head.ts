import type { Applet, AppletContext } from '../types.ts';
import { parseOpts } from './usage.ts';
import { helpOrVersion, HELP_LONGS } from './gnu-info.ts';
import { giveBackStdin, openInput, RecordReader, slurp, splitRecords } from './input.ts';
import { lquote } from './locale.ts';
import { parseSize, toCount } from './numbers.ts';
import type { InStream } from '../../../kernel/stream.ts';

interface Mode {
  lines: boolean;
  count: number;
  /** `-n -N` / `-c -N`: everything except the last N. */
  allBut: boolean;
  delim: string;
}

/** head [-n [-]N] [-c [-]N] [-q|-v] [-z] [FILE...] */
const head: Applet = {
  async run(ctx) {
    const args = expandObsolete(ctx.argv.slice(1));
    const opts = await parseOpts(ctx, args, {
      short: ctx.flavor === 'busybox' ? 'n:c:qv' : 'c:n:qvz0123456789',
      long: ctx.flavor === 'busybox' ? {} : { bytes: { arg: 'required', key: 'c' }, lines: { arg: 'required', key: 'n' }, quiet: { key: 'q' }, silent: { key: 'q' }, verbose: { key: 'v' }, 'zero-terminated': { key: 'z' }, ...HELP_LONGS },
    });
    if (typeof opts === 'number') return opts;
    const info = await helpOrVersion(ctx, opts);
    if (info !== undefined) return info;
    const mode: Mode = { lines: true, count: 10, allBut: false, delim: '\n' };
    let headers: boolean | undefined;
    for (const [k, v] of opts.list) {
      if (/^\d$/.test(k)) {
        await ctx.stderr.write(`head: invalid trailing option -- ${k}\nTry 'head --help' for more information.\n`);
        return 1;
      }
      if (k === 'q') headers = false;
      else if (k === 'v') headers = true;
      else if (k === 'z') mode.delim = '\0';
      else if (k === 'n' || k === 'c') {
        const ok = await setCount(ctx, mode, k === 'n', v!);
        if (!ok) return 1;
      }
    }
    const files = opts.operands.length ? opts.operands : ['-'];
    const show = headers ?? files.length > 1;
    let status = 0;
    let first = true;
    for (const [i, f] of files.entries()) {
      // busybox separates by operand position, coreutils by headers already printed.
      if (ctx.flavor === 'busybox') first = i === 0;
      const o = openInput(ctx, f);
      if (!o.ok && !o.atRead) {
        await ctx.stderr.write(ctx.flavor === 'busybox' ? `head: ${f}: ${o.text}\n` : `head: cannot open ${qaf(f)} for reading: ${o.text}\n`);
        status = 1;
        continue;
      }
      if (show) await ctx.stdout.write(`${first ? '' : '\n'}==> ${f === '-' ? 'standard input' : f} <==\n`);
      first = false;
      if (!o.ok) {
        await ctx.stderr.write(ctx.flavor === 'busybox' ? `head: ${f}: Input/output error\n` : `head: error reading ${qaf(f)}: ${o.text}\n`);
        status = 1;
        continue;
      }
      await copyHead(ctx, o.stream, mode, f === '-');
      o.stream.close();
    }
    return status;
  },
};
export default head;

function qaf(f: string): string {
  return f === '-' ? "'standard input'" : `'${f}'`;
}

async function setCount(ctx: AppletContext, mode: Mode, lines: boolean, v: string): Promise<boolean> {
  mode.lines = lines;
  let s = v;
  mode.allBut = false;
  if (s.startsWith('-')) {
    mode.allBut = true;
    s = s.slice(1);
  }
  const r = parseSize(s);
  if (!r.ok) {
    if (ctx.flavor === 'busybox') await ctx.stderr.write(`head: invalid number '${v}'\n`);
    else await ctx.stderr.write(`head: invalid number of ${lines ? 'lines' : 'bytes'}: ${lquote(ctx, s)}${r.overflow ? ': Value too large for defined data type' : ''}\n`);
    return false;
  }
  mode.count = toCount(r.value);
  return true;
}

/** `head -5`, `head -2c`, `head -1vq` are only recognised as the first argument. */
function expandObsolete(args: string[]): string[] {
  const m = /^-(\d+)([bkmcl]?)([qvz]*)$/.exec(args[0] ?? '');
  if (!m) return args;
  const [, n, unit, flags] = m;
  const mult = unit === 'b' ? 'b' : unit === 'k' ? 'K' : unit === 'm' ? 'M' : '';
  const opt = unit === 'l' || unit === '' ? '-n' : '-c';
  const out = [opt, n + mult];
  for (const f of flags!) out.push(`-${f}`);
  return [...out, ...args.slice(1)];
}

async function copyHead(ctx: AppletContext, stream: InStream, mode: Mode, isStdin: boolean): Promise<void> {
  if (mode.allBut) {
    const all = await slurp(ctx, stream);
    if (!mode.lines) {
      await ctx.stdout.write(all.slice(0, Math.max(0, all.length - mode.count)));
      return;
    }
    const recs = splitRecords(all, mode.delim);
    await ctx.stdout.write(recs.slice(0, Math.max(0, recs.length - mode.count)).join(''));
    return;
  }
  if (!mode.lines) {
    let left = mode.count;
    while (left > 0) {
      const c = await stream.read(ctx.proc);
      if (c === null) break;
      await ctx.stdout.write(c.slice(0, left));
      if (isStdin && c.length > left) giveBackStdin(ctx, c.slice(left));
      left -= c.length;
      await ctx.tick(1);
    }
    return;
  }
  if (mode.count === 0) return;
  const r = new RecordReader(ctx, stream, mode.delim);
  let out = '';
  for (let n = 0; n < mode.count; n++) {
    const rec = await r.next();
    if (rec === null) break;
    out += rec;
    if (out.length >= 65536) {
      await ctx.stdout.write(out);
      out = '';
    }
  }
  await ctx.stdout.write(out);
  if (isStdin) giveBackStdin(ctx, r.rest());
}
