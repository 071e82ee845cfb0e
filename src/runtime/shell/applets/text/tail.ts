import type { Applet, AppletContext } from '../types.ts';
import { openInput, slurp, splitRecords } from './input.ts';
import { lquote } from './locale.ts';
import { parseSize, toCount } from './numbers.ts';
import { usageFail, parseOpts } from './usage.ts';
import { helpOrVersion, HELP_LONGS } from './gnu-info.ts';
import { follow, type Followed } from './tail-follow.ts';

export interface TailMode {
  lines: boolean;
  count: number;
  fromStart: boolean;
  delim: string;
}

const LONGS = {
  bytes: { arg: 'required' as const, key: 'c' },
  lines: { arg: 'required' as const, key: 'n' },
  follow: { arg: 'optional' as const, key: 'follow' },
  retry: {},
  pid: { arg: 'required' as const },
  'max-unchanged-stats': { arg: 'required' as const },
  'sleep-interval': { arg: 'required' as const, key: 's' },
  quiet: { key: 'q' },
  silent: { key: 'q' },
  verbose: { key: 'v' },
  'zero-terminated': { key: 'z' },
  ...HELP_LONGS,
};

/** tail [-c|-n [+]N] [-f|-F] [-q|-v] [-s SEC] [--pid PID] [-z] [FILE...] */
const tail: Applet = {
  async run(ctx) {
    const mode: TailMode = { lines: true, count: 10, fromStart: false, delim: '\n' };
    let args = ctx.argv.slice(1);
    let followHow: 'name' | 'descriptor' | undefined;
    const ob = obsolete(args);
    if (ob) {
      Object.assign(mode, ob.mode);
      if (ob.forever) followHow = 'descriptor';
      args = ob.rest;
    }
    const bb = ctx.flavor === 'busybox';
    const opts = await parseOpts(ctx, args, { short: bb ? 'fFn:c:qs:v' : 'c:n:fFqs:vz0123456789', long: bb ? {} : LONGS });
    if (typeof opts === 'number') return opts;
    const info = await helpOrVersion(ctx, opts);
    if (info !== undefined) return info;
    let headers: boolean | undefined;
    let retry = false;
    let interval = 1000;
    let pid: number | undefined;
    for (const [k, v] of opts.list) {
      if (/^\d$/.test(k)) {
        await ctx.stderr.write(`tail: option used in invalid context -- ${k}\n`);
        return 1;
      }
      if (k === 'n' || k === 'c') {
        if (!(await setCount(ctx, mode, k === 'n', v!))) return 1;
      } else if (k === 'f') followHow = 'descriptor';
      else if (k === 'F') {
        followHow = 'name';
        retry = true;
      } else if (k === 'follow') {
        if (v === undefined || 'descriptor'.startsWith(v) && v !== '') followHow = 'descriptor';
        else if ('name'.startsWith(v) && v !== '') followHow = 'name';
        else {
          const q = (s: string) => lquote(ctx, s);
          return usageFail(ctx, `invalid argument ${q(v)} for ${q('--follow')}\nValid arguments are:\n  - ${q('descriptor')}\n  - ${q('name')}`);
        }
      } else if (k === 'retry') retry = true;
      else if (k === 'q') headers = false;
      else if (k === 'v') headers = true;
      else if (k === 'z') mode.delim = '\0';
      else if (k === 's') {
        const n = /^\s*(\d+\.?\d*|\.\d+)$/.test(v!) ? Number(v) : NaN;
        if (Number.isNaN(n)) {
          await ctx.stderr.write(`tail: invalid number of seconds: ${lquote(ctx, v!)}\n`);
          return 1;
        }
        interval = n * 1000;
      } else if (k === 'pid') {
        if (!/^\d+$/.test(v!)) {
          await ctx.stderr.write(`tail: invalid PID: ${lquote(ctx, v!)}\n`);
          return 1;
        }
        pid = Number(v);
      } else if (k === 'max-unchanged-stats') {
        if (!/^\d+$/.test(v!)) {
          await ctx.stderr.write(`tail: invalid maximum number of unchanged stats between opens: ${lquote(ctx, v!)}\n`);
          return 1;
        }
      }
    }
    const files = opts.operands.length ? opts.operands : ['-'];
    if (followHow === 'name' && files.includes('-')) {
      await ctx.stderr.write(`tail: cannot follow '-' by name\n`);
      return 1;
    }
    const show = headers ?? files.length > 1;
    let status = 0;
    let first = true;
    const followed: Followed[] = [];
    for (const f of files) {
      const o = openInput(ctx, f);
      const label = f === '-' ? 'standard input' : f;
      if (!o.ok && !o.atRead) {
        await ctx.stderr.write(bb ? `tail: can't open '${f}': ${o.text}\n` : `tail: cannot open ${qa(f)} for reading: ${o.text}\n`);
        status = 1;
        if (followHow === 'name' && retry) followed.push({ name: f, label, offset: 0, present: false, gone: false });
        continue;
      }
      if (show) await ctx.stdout.write(`${first ? '' : '\n'}==> ${label} <==\n`);
      first = false;
      if (!o.ok) {
        await ctx.stderr.write(bb ? `tail: read error: ${o.text}\n` : `tail: error reading ${qa(f)}: ${o.text}\n`);
        status = 1;
        if (followHow) await ctx.stderr.write(`tail: ${f}: cannot follow end of this type of file; giving up on this name\n`);
        continue;
      }
      const data = await slurp(ctx, o.stream);
      o.stream.close();
      await ctx.stdout.write(select(data, mode));
      if (followHow && f !== '-') followed.push({ name: f, label, offset: data.length, present: true, gone: false });
    }
    if (!followHow || (files.length === 1 && files[0] === '-')) return status;
    if (followed.length === 0) {
      await ctx.stderr.write('tail: no files remaining\n');
      return 1;
    }
    await follow(ctx, followed, { byName: followHow === 'name', retry, interval, pid, headers: show, last: followed[followed.length - 1]!.label });
    return status;
  },
};
export default tail;

function qa(f: string): string {
  return f === '-' ? "'standard input'" : `'${f}'`;
}

async function setCount(ctx: AppletContext, mode: TailMode, lines: boolean, v: string): Promise<boolean> {
  mode.lines = lines;
  mode.fromStart = v.startsWith('+');
  const s = v.startsWith('+') || v.startsWith('-') ? v.slice(1) : v;
  const r = parseSize(s);
  if (!r.ok || /^\s*[-+]/.test(s)) {
    if (ctx.flavor === 'busybox') await ctx.stderr.write(`tail: invalid number '${v}'\n`);
    else await ctx.stderr.write(`tail: invalid number of ${lines ? 'lines' : 'bytes'}: ${lquote(ctx, v)}${r.ok === false && r.overflow ? ': Value too large for defined data type' : ''}\n`);
    return false;
  }
  mode.count = toCount(r.value);
  return true;
}

/** The obsolete `tail -N[bcl][f]` / `tail +N…` form, valid only with at most one file. */
function obsolete(args: string[]): { mode: Partial<TailMode>; forever: boolean; rest: string[] } | null {
  const a1 = args[0];
  if (a1 === undefined) return null;
  const ok = args.length === 1 || (args.length === 2 && !(args[1]!.startsWith('-') && args[1]!.length > 1)) || (args.length >= 2 && args.length <= 3 && args[1] === '--');
  if (!ok) return null;
  const m = /^([-+])(\d*)([bcl]?)(f?)$/.exec(a1);
  if (!m) return null;
  const [, sign, digits, unit, f] = m;
  if (sign === '-' && digits === '' && unit !== 'c' && unit !== 'b' && unit !== 'l' && f === '') return null;
  if (sign === '-' && digits === '' && unit === 'c' && f === '') return null;
  let count = digits === '' ? 10 : Number(digits);
  if (unit === 'b') count *= 512;
  return { mode: { lines: unit === '' || unit === 'l', count, fromStart: sign === '+' }, forever: f === 'f', rest: args.slice(1) };
}

export function select(data: string, mode: TailMode): string {
  if (!mode.lines) {
    if (mode.fromStart) return data.slice(Math.max(0, mode.count - 1));
    return mode.count === 0 ? '' : data.slice(Math.max(0, data.length - mode.count));
  }
  const recs = splitRecords(data, mode.delim);
  if (mode.fromStart) return recs.slice(Math.max(0, mode.count - 1)).join('');
  return mode.count === 0 ? '' : recs.slice(Math.max(0, recs.length - mode.count)).join('');
}
