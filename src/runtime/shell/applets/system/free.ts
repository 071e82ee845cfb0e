import { fmtF } from '../../format/cfloat.ts';
import { OptError, getopt } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { BB_BANNER, FREE_USAGE, PROCPS_VERSION } from './procps-usage.ts';
import { readMeminfo } from './sysinfo.ts';

interface Scale {
  /** 0 kibibytes as read, 1 bytes, n ≥ 2 bytes / base^(n-1). */
  exponent: number;
  si: boolean;
  human: boolean;
}

/** procps scale_size: the text of one cell (sizes are in kB as /proc/meminfo has them). */
function scaleSize(kb: number, s: Scale): string {
  const base = s.si ? 1000 : 1024;
  const bytes = kb * 1024;
  if (!s.human) {
    if (s.exponent === 0) return String(kb);
    if (s.exponent === 1) return String(bytes);
    return String(Math.trunc(bytes / base ** (s.exponent - 1)));
  }
  if (`${bytes}B`.length <= 4) return `${bytes}B`;
  const units = 'KMGTP';
  let text = '';
  for (let i = 1; i <= units.length; i++) {
    const u = units[i - 1]!;
    const v = bytes / base ** i;
    const width = s.si ? 4 : 5;
    const suffix = s.si ? u : `${u}i`;
    text = `${fmtF(Math.fround(v), 1, false)}${suffix}`;
    if (text.length <= width) return text;
    text = `${Math.trunc(v)}${suffix}`;
    if (text.length <= width) return text;
  }
  return text;
}

const LONG = {
  bytes: { key: 'b' }, kilo: { key: 'kilo' }, mega: { key: 'mega' }, giga: { key: 'giga' }, tera: { key: 'tera' }, peta: { key: 'peta' },
  kibi: { key: 'k' }, mebi: { key: 'm' }, gibi: { key: 'g' }, tebi: { key: 'tebi' }, pebi: { key: 'pebi' }, human: { key: 'h' },
  si: { key: 'si' }, lohi: { key: 'l' }, total: { key: 't' }, committed: { key: 'v' }, seconds: { arg: 'required', key: 's' },
  count: { arg: 'required', key: 'c' }, wide: { key: 'w' }, help: { key: 'help' }, version: { key: 'V' },
} as const;

const UNIT_OPTS: Record<string, [number, boolean]> = {
  b: [1, false], k: [2, false], m: [3, false], g: [4, false], tebi: [5, false], pebi: [6, false],
  kilo: [2, true], mega: [3, true], giga: [4, true], tera: [5, true], peta: [6, true],
};

class FreeExit extends Error {
  constructor(readonly text: string, readonly usage: boolean) {
    super(text);
  }
}

const free: Applet = {
  async run(ctx) {
    if (ctx.flavor === 'busybox') return busyboxFree(ctx);
    const scale: Scale = { exponent: 0, si: false, human: false };
    const flags = new Set<string>();
    let interval = 1;
    let count = 0;
    try {
      const p = getopt(ctx.argv.slice(1), { short: 'bkmghltvc:ws:V', long: LONG as never });
      let unitSet = false;
      for (const [k, v] of p.list) {
        const unit = UNIT_OPTS[k];
        if (unit) {
          if (unitSet) throw new FreeExit(`Multiple unit options don't make sense.`, false);
          unitSet = true;
          scale.exponent = unit[0];
          if (unit[1]) scale.si = true;
        } else if (k === 'h') scale.human = true;
        else if (k === 'si') scale.si = true;
        else if (k === 's') {
          flags.add('repeat');
          if (!/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v!)) throw new FreeExit(`seconds argument failed: '${v}': Invalid argument`, false);
          interval = Number(v);
          if (interval * 1000000 < 1) throw new FreeExit(`seconds argument \`${v}' is not positive number`, false);
        } else if (k === 'c') {
          flags.add('repeat').add('count');
          if (!/^\s*[+-]?\d+$/.test(v!)) throw new FreeExit(`failed to parse count argument: '${v}'`, false);
          count = Number(v);
          if (count < 1) throw new FreeExit(`failed to parse count argument: '${v}': Numerical result out of range`, false);
        } else if (k === 'help') {
          await ctx.stdout.write(FREE_USAGE);
          return 0;
        } else if (k === 'V') {
          await ctx.stdout.write(PROCPS_VERSION('free'));
          return 0;
        } else flags.add(k);
      }
      if (p.operands.length > 0) throw new FreeExit('', true);
    } catch (e) {
      if (!(e instanceof OptError || e instanceof FreeExit)) throw e;
      if (e.message) await ctx.stderr.write(`free: ${e.message}\n`);
      if (e instanceof OptError || e.usage) await ctx.stderr.write(FREE_USAGE);
      return 1;
    }
    for (;;) {
      await ctx.stdout.write(report(ctx, scale, flags));
      if (flags.has('count') && --count < 1) return 0;
      if (!flags.has('repeat')) return 0;
      await ctx.stdout.write('\n');
      await ctx.sleep(interval * 1000);
    }
  },
};

function report(ctx: AppletContext, scale: Scale, flags: Set<string>): string {
  const m = readMeminfo(ctx);
  const total = m('MemTotal');
  const available = m('MemAvailable');
  const used = total - available;
  const cached = m('Cached') + m('SReclaimable');
  const swapUsed = m('SwapTotal') - m('SwapFree');
  const cell = (kb: number) => scaleSize(kb, scale).padStart(11);
  const row = (label: string, cells: number[]) => `${label.padEnd(9)}${cells.map(cell).join(' ')}\n`;
  let out = flags.has('w')
    ? '               total        used        free      shared     buffers       cache   available\n'
    : '               total        used        free      shared  buff/cache   available\n';
  const buffers = m('Buffers');
  out += row('Mem:', [total, used, m('MemFree'), m('Shmem'), ...(flags.has('w') ? [buffers, cached] : [buffers + cached]), available]);
  if (flags.has('l')) {
    const lowTotal = m('LowTotal') || total;
    const lowFree = m('LowFree') || m('MemFree');
    out += row('Low:', [lowTotal, lowTotal - lowFree, lowFree]);
    out += row('High:', [m('HighTotal'), m('HighTotal') - m('HighFree'), m('HighFree')]);
  }
  out += row('Swap:', [m('SwapTotal'), swapUsed, m('SwapFree')]);
  if (flags.has('t')) out += row('Total:', [total + m('SwapTotal'), used + swapUsed, m('MemFree') + m('SwapFree')]);
  if (flags.has('v')) out += row('Comm:', [m('CommitLimit'), m('Committed_AS'), m('CommitLimit') - m('Committed_AS')]);
  return out;
}

/** busybox make_human_readable_str: rounded to the unit, or auto-scaled with one decimal. */
function bbScale(kb: number, unit: number): string {
  if (kb === 0) return '0';
  let val = kb * 1024;
  if (unit) return String(Math.floor((val + Math.floor(unit / 2)) / unit));
  const suffixes = ['', 'K', 'M', 'G', 'T', 'P', 'E'];
  let u = 0;
  let frac = 0;
  while (val >= 1024) {
    u++;
    frac = Math.floor(((val % 1024) * 10 + 512) / 1024);
    val = Math.floor(val / 1024);
  }
  if (frac >= 10) {
    val++;
    frac = 0;
  }
  return u === 0 ? String(val) : `${val}.${frac}${suffixes[u]}`;
}

async function busyboxFree(ctx: AppletContext): Promise<number> {
  let unit = 1024;
  for (const a of ctx.argv.slice(1)) {
    if (!a.startsWith('-') || a === '-') continue;
    for (const c of a.slice(1)) {
      const u = { b: 1, k: 1024, m: 1 << 20, g: 1 << 30, h: 0 }[c];
      if (u === undefined) {
        await ctx.stderr.write(`${BB_BANNER}\nUsage: free [-bkmgh]\n\nDisplay free and used memory\n`);
        return 1;
      }
      unit = u;
    }
  }
  const m = readMeminfo(ctx);
  const cache = m('Buffers') + m('Cached') + m('SReclaimable');
  const cells = (vals: number[]) => vals.map((v) => bbScale(v, unit).padStart(12)).join('');
  let out = `       ${['total', 'used', 'free', 'shared', 'buff/cache', 'available'].map((h) => h.padStart(12)).join('')}\n`;
  out += `Mem:   ${cells([m('MemTotal'), m('MemTotal') - m('MemFree') - cache, m('MemFree'), m('Shmem'), cache, m('MemAvailable')])}\n`;
  out += `Swap:  ${cells([m('SwapTotal'), m('SwapTotal') - m('SwapFree'), m('SwapFree')])}\n`;
  await ctx.stdout.write(out);
  return 0;
}

export default free;
