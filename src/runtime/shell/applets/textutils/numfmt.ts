import { gnuInfo } from './gnu-info.ts';
import { badUsage, usageFail } from '../text/usage.ts';
import { getopt } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { type NumFormat, parseHuman, parseNumFormat, type Round, type Scale, toHuman } from './numfmt-core.ts';

const ARG = { arg: 'required' as const };
const LONGS = { from: ARG, 'from-unit': ARG, to: ARG, 'to-unit': ARG, padding: ARG, field: ARG, delimiter: { arg: 'required' as const, key: 'd' }, header: { arg: 'optional' as const }, suffix: ARG, format: ARG, round: ARG, invalid: ARG, grouping: {}, 'zero-terminated': { key: 'z' }, debug: {} };
const CHOICES: Record<string, string[]> = { from: ['none', 'auto', 'si', 'iec', 'iec-i'], to: ['none', 'si', 'iec', 'iec-i'], round: ['up', 'down', 'from-zero', 'towards-zero', 'nearest'], invalid: ['abort', 'fail', 'warn', 'ignore'] };

interface Cfg {
  from: Scale;
  to: Scale;
  fromUnit: number;
  toUnit: number;
  round: Round;
  invalid: string;
  padding: number;
  fields: (n: number) => boolean;
  delim?: string;
  suffix?: string;
  fmt?: NumFormat;
}

/** numfmt: converts numbers to and from human-readable units, per field of each line. */
const numfmt: Applet = {
  async run(ctx) {
    // busybox 1.35 has no numfmt; the model reaches here only because the name is registered.
    if (ctx.flavor === 'busybox') {
      await ctx.stderr.write('numfmt: applet not found\n');
      return 127;
    }
    if (await gnuInfo(ctx, ctx.argv.slice(1))) return 0;
    let p;
    try {
      p = getopt(ctx.argv.slice(1), { short: 'd:z', long: LONGS });
    } catch (e) {
      return badUsage(ctx, e, 1, true);
    }
    const cfg: Cfg = { from: 'none', to: 'none', fromUnit: 1, toUnit: 1, round: 'from-zero', invalid: 'abort', padding: 0, fields: (n) => n === 1 };
    let header = 0;
    let eol = '\n';
    const die = async (m: string) => {
      await ctx.stderr.write(`numfmt: ${m}\n`);
      return 1;
    };
    for (const [k, v] of p.list) {
      const val = v ?? '';
      if (CHOICES[k]) {
        const hit = CHOICES[k]!.filter((c) => c.startsWith(val));
        const exact = CHOICES[k]!.includes(val) ? val : hit.length === 1 ? hit[0] : undefined;
        if (!exact) {
          const list = CHOICES[k]!.map((c) => `  - '${c}'\n`).join('');
          return usageFail(ctx, `${hit.length > 1 ? 'ambiguous' : 'invalid'} argument '${val}' for '--${k}'\nValid arguments are:\n${list.slice(0, -1)}`);
        }
        if (k === 'from') cfg.from = exact as Scale;
        else if (k === 'to') cfg.to = exact as Scale;
        else if (k === 'round') cfg.round = exact as Round;
        else cfg.invalid = exact;
      } else if (k === 'from-unit' || k === 'to-unit') {
        const u = parseHuman(val, 'auto', undefined);
        if (!u.ok || u.value <= 0 || !Number.isInteger(u.value)) return die(`invalid unit size: '${val}'`);
        if (k === 'from-unit') cfg.fromUnit = u.value;
        else cfg.toUnit = u.value;
      } else if (k === 'padding') {
        if (!/^\s*[-+]?\d+$/.test(val) || Number(val) === 0) return die(`invalid padding value '${val}'`);
        cfg.padding = Number(val);
      } else if (k === 'field') {
        const f = parseFields(val);
        if (typeof f === 'string') return usageFail(ctx, f);
        cfg.fields = f;
      } else if (k === 'd') {
        if (val.length > 1) return die('the delimiter must be a single character');
        cfg.delim = val;
      } else if (k === 'header') {
        if (v !== undefined && !/^\d+$/.test(val)) return die(`invalid header value '${val}'`);
        header = v === undefined ? 1 : Number(val);
      } else if (k === 'suffix') cfg.suffix = val;
      else if (k === 'format') {
        const f = parseNumFormat(val);
        if (typeof f === 'string') return die(f);
        cfg.fmt = f;
      } else if (k === 'z') eol = '\0';
    }
    if (p.list.some(([k]) => k === 'debug') && cfg.from === 'none' && cfg.to === 'none' && cfg.fromUnit === 1 && cfg.toUnit === 1 && !cfg.fmt && !cfg.padding && !p.list.some(([k]) => k === 'grouping')) {
      await ctx.stderr.write('numfmt: no conversion option specified\n');
    }
    let bad = false;
    const line = async (l: string): Promise<boolean> => {
      const r = convertLine(l, cfg);
      if (r.error && cfg.invalid !== 'ignore') await ctx.stderr.write(`numfmt: ${r.error}\n`);
      if (r.error && cfg.invalid === 'abort') return false;
      if (r.error && cfg.invalid === 'fail') bad = true;
      await ctx.stdout.write(r.text + eol);
      return true;
    };
    if (p.operands.length) {
      for (const o of p.operands) if (!(await line(o))) return 2;
      return bad ? 2 : 0;
    }
    return readLines(ctx, eol, header, line, () => bad);
  },
};
export default numfmt;

async function readLines(ctx: AppletContext, eol: string, header: number, line: (l: string) => Promise<boolean>, bad: () => boolean): Promise<number> {
  const s = ctx.open('-');
  let buf = '';
  let n = 0;
  for (;;) {
    const c = await s.read(ctx.proc);
    if (c !== null) buf += c;
    let at;
    while ((at = buf.indexOf(eol)) >= 0 || (c === null && buf !== '')) {
      const l = at >= 0 ? buf.slice(0, at) : buf;
      buf = at >= 0 ? buf.slice(at + 1) : '';
      if (n++ < header) await ctx.stdout.write(l + eol);
      else if (!(await line(l))) return 2;
    }
    if (c === null) break;
    await ctx.tick(1);
  }
  return bad() ? 2 : 0;
}

function parseFields(spec: string): ((n: number) => boolean) | string {
  if (spec === '-') return () => true;
  const parts: [number, number][] = [];
  for (const part of spec.split(/[,\s]+/)) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!m || (m[1] === '' && m[3] === '')) return `invalid field range`;
    const lo = m[1] ? Number(m[1]) : 1;
    const hi = m[2] ? (m[3] ? Number(m[3]) : Infinity) : lo;
    if (lo === 0 || hi === 0) return 'fields are numbered from 1';
    parts.push([lo, hi]);
  }
  return (n) => parts.some(([lo, hi]) => n >= lo && n <= hi);
}

function convertLine(l: string, cfg: Cfg): { text: string; error?: string } {
  const fields: string[] = cfg.delim !== undefined ? l.split(cfg.delim) : (l.match(/[ \t]*[^ \t]+/g) ?? []);
  const tail = cfg.delim !== undefined ? '' : l.slice(fields.join('').length);
  const out: string[] = [];
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (!cfg.fields(i + 1)) {
      out.push(f);
      continue;
    }
    const r = convertField(f, cfg);
    if (typeof r !== 'string') return { text: l, error: r.error };
    out.push(r);
  }
  return { text: out.join(cfg.delim ?? '') + tail };
}

function convertField(f: string, cfg: Cfg): string | { error: string } {
  const h = parseHuman(f, cfg.from, cfg.suffix);
  if (!h.ok) return { error: h.error };
  const v = (h.value * cfg.fromUnit) / cfg.toUnit;
  let s = toHuman(v, cfg.to, cfg.round, cfg.fmt?.precision ?? -1, h.precision);
  if (cfg.suffix) s += cfg.suffix;
  const fmt = cfg.fmt;
  if (fmt) {
    if (fmt.width && s.length < fmt.width) s = fmt.left ? s.padEnd(fmt.width) : fmt.zero ? (s.startsWith('-') ? `-${s.slice(1).padStart(fmt.width - 1, '0')}` : s.padStart(fmt.width, '0')) : s.padStart(fmt.width);
    s = fmt.prefix + s + fmt.suffix;
  }
  const width = cfg.padding !== 0 ? Math.abs(cfg.padding) : cfg.delim === undefined && !fmt && /^[ \t]/.test(f) ? f.length : 0;
  if (width && s.length < width) s = cfg.padding < 0 ? s.padEnd(width) : s.padStart(width);
  return s;
}
