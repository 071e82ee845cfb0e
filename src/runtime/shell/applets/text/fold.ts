import type { Applet } from '../types.ts';
import { mapRecords, openInput } from './input.ts';
import { lquote } from './locale.ts';
import { quotef } from './quote-name.ts';
import { parseOpts } from './usage.ts';
import { busyboxHelp, helpOrVersion, HELP_LONGS } from './gnu-info.ts';

const LONGS = { bytes: { key: 'b' }, spaces: { key: 's' }, width: { arg: 'required' as const, key: 'w' } };

/** fold [-bs] [-w WIDTH | -WIDTH] [FILE...] */
const fold: Applet = {
  async run(ctx) {
    const bb = ctx.flavor === 'busybox';
    const bbHelp = await busyboxHelp(ctx);
    if (bbHelp !== undefined) return bbHelp;
    const args: string[] = [];
    const raw = ctx.argv.slice(1);
    for (let i = 0; i < raw.length; i++) {
      const a = raw[i]!;
      if (a === '--') {
        args.push(...raw.slice(i));
        break;
      }
      // The value of a separate -w stays as it is, even when it looks like -N.
      if (/^-[bs]*w$/.test(a) || a === '--width' || (a.length > 2 && '--width'.startsWith(a))) {
        args.push(a, ...raw.slice(i + 1, i + 2));
        i++;
        continue;
      }
      const m = /^-(\d.*)$/.exec(a);
      args.push(...(m ? ['-w', m[1]!] : [a]));
    }
    const opts = await parseOpts(ctx, args, { short: 'bsw:', long: bb ? {} : { ...LONGS, ...HELP_LONGS } }, 1, true);
    if (typeof opts === 'number') return opts;
    const info = await helpOrVersion(ctx, opts);
    if (info !== undefined) return info;
    let bytes = false;
    let spaces = false;
    let width = 80;
    for (const [k, v] of opts.list) {
      if (k === 'b') bytes = true;
      else if (k === 's') spaces = true;
      else {
        const ok = /^\s*\+?\d+$/.test(v!);
        const n = ok ? Number(v) : NaN;
        let err: string | undefined;
        if (bb) {
          if (!/^\d+$/.test(v!)) err = `invalid number '${v}'`;
          else if (n < 1 || n > 10000) err = `number ${v} is not in 1..10000 range`;
        } else if (!ok) err = `invalid number of columns: ${lquote(ctx, v!)}`;
        else if (n === 0) err = `invalid number of columns: ${lquote(ctx, v!)}: Numerical result out of range`;
        else if (n > 0xffffffffffffffff) err = `invalid number of columns: ${lquote(ctx, v!)}: Value too large for defined data type`;
        if (err) {
          await ctx.stderr.write(`fold: ${err}\n`);
          return 1;
        }
        width = n;
      }
    }
    let status = 0;
    for (const f of opts.operands.length ? opts.operands : ['-']) {
      const o = openInput(ctx, f);
      if (!o.ok) {
        await ctx.stderr.write(`fold: ${bb ? f : quotef(f)}: ${bb && o.atRead ? 'Input/output error' : o.text}\n`);
        status = 1;
        continue;
      }
      await mapRecords(ctx, o.stream, (rec) => foldLine(rec, width, bytes, spaces));
    }
    return status;
  },
};
export default fold;

function adjust(col: number, c: string, bytes: boolean): number {
  if (bytes) return col + 1;
  if (c === '\b') return col > 0 ? col - 1 : 0;
  if (c === '\r') return 0;
  if (c === '\t') return col + 8 - (col % 8);
  return col + 1;
}

/** coreutils fold_file for one input line (with its newline, if any). */
function foldLine(line: string, width: number, bytes: boolean, spaces: boolean): string {
  let out = '';
  let buf = '';
  let col = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\n') {
      out += `${buf}\n`;
      buf = '';
      col = 0;
      continue;
    }
    for (;;) {
      col = adjust(col, c, bytes);
      if (col <= width) {
        buf += c;
        break;
      }
      if (spaces) {
        let end = buf.length;
        while (end > 0 && buf[end - 1] !== ' ' && buf[end - 1] !== '\t') end--;
        if (end > 0) {
          out += `${buf.slice(0, end)}\n`;
          buf = buf.slice(end);
          col = 0;
          for (const ch of buf) col = adjust(col, ch, bytes);
          continue;
        }
      }
      if (buf === '') {
        buf = c;
        break;
      }
      out += `${buf}\n`;
      buf = '';
      col = 0;
    }
  }
  return out + buf;
}
