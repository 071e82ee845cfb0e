import type { Applet } from '../types.ts';
import { mapRecords, openInput } from './input.ts';
import { quotef } from './quote-name.ts';
import { complement, END, ListError, parseBusyboxList, parseList, type Range } from './cut-list.ts';
import { busyboxUsage, parseOpts, usageFail } from './usage.ts';
import { busyboxHelp, helpOrVersion, HELP_LONGS } from './gnu-info.ts';

const LONGS = {
  bytes: { arg: 'required' as const, key: 'b' },
  characters: { arg: 'required' as const, key: 'c' },
  delimiter: { arg: 'required' as const, key: 'd' },
  fields: { arg: 'required' as const, key: 'f' },
  complement: {},
  'only-delimited': { key: 's' },
  'output-delimiter': { arg: 'required' as const, key: 'O' },
  'zero-terminated': { key: 'z' },
};

/** cut -b|-c|-f LIST [-d C] [-s] [--complement] [--output-delimiter=S] [-z] [FILE...] */
const cut: Applet = {
  async run(ctx) {
    const bb = ctx.flavor === 'busybox';
    const bbHelp = await busyboxHelp(ctx);
    if (bbHelp !== undefined) return bbHelp;
    const opts = await parseOpts(ctx, ctx.argv.slice(1), { short: bb ? 'b:c:d:f:nsO:D' : 'b:c:d:f:nsz', long: bb ? {} : { ...LONGS, ...HELP_LONGS } }, 1, true);
    if (typeof opts === 'number') return opts;
    const info = await helpOrVersion(ctx, opts);
    if (info !== undefined) return info;
    let mode: 'b' | 'f' | undefined;
    let list = '';
    let delim: string | undefined;
    let outDelim: string | undefined;
    let only = false;
    let comp = false;
    let eol = '\n';
    for (const [k, v] of opts.list) {
      if (k === 'b' || k === 'c' || k === 'f') {
        if (mode !== undefined) {
          if (bb) {
            await busyboxUsage(ctx);
            return 1;
          }
          return usageFail(ctx, 'only one list may be specified');
        }
        mode = k === 'f' ? 'f' : 'b';
        list = v!;
      } else if (k === 'd') {
        if (v!.length > 1 && !bb) return usageFail(ctx, 'the delimiter must be a single character');
        delim = v![0] ?? '\0';
      } else if (k === 'O') outDelim = v === '' && !bb ? '\0' : v;
      else if (k === 's') only = true;
      else if (k === 'complement') comp = true;
      else if (k === 'z') eol = '\0';
    }
    const fatal = async (msg: string) => {
      if (!bb) return usageFail(ctx, msg);
      await ctx.stderr.write(`cut: ${msg}\n`);
      return 1;
    };
    if (mode === undefined) return fatal(bb ? 'expected a list of bytes, characters, or fields' : 'you must specify a list of bytes, characters, or fields');
    if (delim !== undefined && mode !== 'f') return fatal(bb ? 'a delimiter may be specified only when operating on fields' : 'an input delimiter may be specified only when operating on fields');
    if (only && mode !== 'f') return fatal(bb ? 'suppressing non-delimited lines makes sense only when operating on fields' : 'suppressing non-delimited lines makes sense\n\tonly when operating on fields');
    let ranges: Range[];
    try {
      ranges = bb ? parseBusyboxList(list) : parseList(list, mode === 'b');
    } catch (e) {
      if (!(e instanceof ListError)) throw e;
      return fatal(e.message);
    }
    if (comp) ranges = complement(ranges);
    const d = delim ?? '\t';
    const od = outDelim ?? (mode === 'f' ? d : undefined);
    const fields = bb ? bbFields : cutFields;
    const pick = mode === 'f' ? (line: string) => fields(line, ranges, d, od!, only) : (line: string) => cutBytes(line, mergeRanges(ranges), bb ? undefined : od);
    let status = 0;
    for (const f of opts.operands.length ? opts.operands : ['-']) {
      const o = openInput(ctx, f);
      if (!o.ok) {
        await ctx.stderr.write(`cut: ${bb ? f : quotef(f)}: ${o.text}\n`);
        status = 1;
        continue;
      }
      await mapRecords(
        ctx,
        o.stream,
        (rec) => {
          const got = pick(rec.endsWith(eol) ? rec.slice(0, -1) : rec);
          return got === null ? '' : got + eol;
        },
        eol,
      );
    }
    return status;
  },
};
export default cut;

function cutBytes(line: string, ranges: Range[], od: string | undefined): string {
  let out = '';
  let first = true;
  for (const [a, b] of ranges) {
    if (a > line.length) break;
    if (od !== undefined && !first) out += od;
    out += line.slice(a - 1, b >= END ? undefined : b);
    first = false;
  }
  return out;
}

function cutFields(line: string, ranges: Range[], d: string, od: string, only: boolean): string | null {
  if (!line.includes(d)) return only ? null : line;
  const fields = line.split(d);
  const picked: string[] = [];
  for (const [a, b] of ranges) {
    if (a > fields.length) break;
    picked.push(...fields.slice(a - 1, b >= END ? undefined : b));
  }
  return picked.join(od);
}

/** busybox: each list item starting past the last field still costs one output delimiter. */
function bbFields(line: string, ranges: Range[], d: string, od: string, only: boolean): string | null {
  if (!line.includes(d)) return only ? null : line;
  const fields = line.split(d);
  const done = new Set<number>();
  let out = '';
  let n = 0;
  for (const [a, b] of ranges) {
    if (a > fields.length) {
      if (n++) out += od;
      continue;
    }
    for (let f = a; f <= Math.min(b, fields.length); f++) {
      if (done.has(f)) continue;
      done.add(f);
      if (n++) out += od;
      out += fields[f - 1];
    }
  }
  return out;
}

function mergeRanges(ranges: Range[]): Range[] {
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
