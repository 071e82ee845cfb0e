import type { Applet, AppletContext } from '../types.ts';
import type { OptSpec } from '../getopt.ts';
import { mapRecords, openInput } from './input.ts';
import { quotef } from './quote-name.ts';
import { obsoleteTabs, TabStops } from './tab-stops.ts';
import { parseOpts } from './usage.ts';
import { busyboxHelp, helpOrVersion, HELP_LONGS } from './gnu-info.ts';

/** Shared front end of expand and unexpand: options, tab stops, and the per-line loop. */
export async function tabTool(ctx: AppletContext, unexpand: boolean): Promise<number> {
  const bb = ctx.flavor === 'busybox';
  const bbHelp = await busyboxHelp(ctx);
  if (bbHelp !== undefined) return bbHelp;
  const longs: OptSpec['long'] = unexpand ? { all: { key: 'a' }, 'first-only': {}, tabs: { arg: 'required' as const, key: 't' } } : { initial: { key: 'i' }, tabs: { arg: 'required' as const, key: 't' } };
  const short = unexpand ? (bb ? 'ft:a' : 'at:') : 'it:';
  const old = bb ? { args: ctx.argv.slice(1), specs: [] } : obsoleteTabs(ctx.argv.slice(1));
  const opts = await parseOpts(ctx, old.args, { short, long: bb ? {} : { ...longs, ...HELP_LONGS } }, 1, true);
  if (typeof opts === 'number') return opts;
  const info = await helpOrVersion(ctx, opts);
  if (info !== undefined) return info;
  const tabs = new TabStops();
  for (const spec of old.specs) tabs.parse(spec);
  let flag = false;
  let all = false;
  let firstOnly = false;
  for (const [k, v] of opts.list) {
    if (k === 'i') flag = true;
    else if (k === 'a') all = true;
    else if (k === 'first-only' || k === 'f') firstOnly = true;
    else if (k === 't') {
      if (bb) {
        const msg = !/^\d+$/.test(v!) ? `invalid number '${v}'` : Number(v) < 1 || Number(v) > 4294967295 ? `number ${v} is not in 1..4294967295 range` : undefined;
        if (msg) {
          await ctx.stderr.write(`${ctx.name}: ${msg}\n`);
          return 1;
        }
      }
      tabs.parse(v!);
      all = true;
    }
  }
  if (tabs.errors.length) {
    for (const e of tabs.errors) await ctx.stderr.write(`${ctx.name}: ${e}\n`);
    return 1;
  }
  const bad = tabs.finish();
  if (bad) {
    await ctx.stderr.write(`${ctx.name}: ${bad}\n`);
    return 1;
  }
  const whole = unexpand ? all && !firstOnly : !flag;
  let status = 0;
  for (const f of opts.operands.length ? opts.operands : ['-']) {
    const o = openInput(ctx, f);
    if (!o.ok) {
      await ctx.stderr.write(`${ctx.name}: ${bb ? f : quotef(f)}: ${o.text}\n`);
      status = 1;
      continue;
    }
    await mapRecords(ctx, o.stream, (rec) => (unexpand ? unexpandLine(rec, tabs, whole) : expandLine(rec, tabs, whole)));
  }
  return status;
}

const isBlank = (c: string): boolean => c === ' ' || c === '\t';

function expandLine(line: string, tabs: TabStops, whole: boolean): string {
  let out = '';
  let col = 0;
  let convert = true;
  const idx = { i: 0 };
  for (let c of line) {
    if (convert) {
      if (c === '\t') {
        let next = tabs.next(col, idx);
        if (next < 0) next = col + 1;
        while (++col < next) out += ' ';
        c = ' ';
      } else if (c === '\b') {
        if (col) col--;
        if (idx.i) idx.i--;
      } else col++;
      convert &&= whole || isBlank(c);
    }
    out += c;
  }
  return out;
}

function unexpandLine(line: string, tabs: TabStops, whole: boolean): string {
  let out = '';
  let col = 0;
  let convert = true;
  const idx = { i: 0 };
  let oneBefore = false;
  let prevBlank = true;
  let pending: string[] = [];
  const chars = [...line, ''];
  for (let c of chars) {
    if (convert) {
      const blank = c !== '' && isBlank(c);
      if (blank) {
        const next = tabs.next(col, idx);
        if (next < 0) convert = false;
        if (convert) {
          if (c === '\t') {
            col = next;
            if (pending.length) pending[0] = '\t';
          } else {
            col++;
            if (!(prevBlank && col === next)) {
              if (col === next) oneBefore = true;
              pending.push(c);
              prevBlank = true;
              continue;
            }
            pending[0] = c = '\t';
          }
          pending = oneBefore ? pending.slice(0, 1) : [];
        }
      } else if (c === '\b') {
        if (col) col--;
        if (idx.i) idx.i--;
      } else col++;
      if (pending.length) {
        if (pending.length > 1 && oneBefore) pending[0] = '\t';
        out += pending.join('');
        pending = [];
        oneBefore = false;
      }
      prevBlank = blank;
      convert &&= whole || blank;
    }
    out += c;
  }
  return out;
}

/** expand [-i] [-t LIST] [FILE...] */
const expand: Applet = { run: (ctx) => tabTool(ctx, false) };
export default expand;
