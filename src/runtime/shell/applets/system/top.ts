import { fail } from '../errors.ts';
import type { Applet, AppletContext } from '../types.ts';
import { Accounts } from './accounts.ts';
import { HZ, type ProcRow, buildRows } from './proc-table.ts';
import { memStats, uptimeLine } from './sysinfo.ts';
import { TOP_FIELDS, TOP_USAGE, scaleKb, topSortKey } from './top-fields.ts';

interface TopOpts {
  batch: boolean;
  iterations: number;
  delay: number;
  pids: number[];
  sort: { field: string; ascending: boolean };
  cmdline: boolean;
  idle: boolean;
  user?: { uid: number; any: boolean };
  width?: number;
  summaryScale: string;
  taskScale: string;
}

class TopError extends Error {}

function parse(ctx: AppletContext, accounts: Accounts): TopOpts | 'help' | 'version' | 'fields' {
  const o: TopOpts = { batch: false, iterations: -1, delay: 3, pids: [], sort: { field: '%CPU', ascending: false }, cmdline: false, idle: true, summaryScale: 'm', taskScale: 'k' };
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (!word.startsWith('-') || word === '-') throw new TopError(`unknown option '${word}'`);
    for (let j = 1; j < word.length; j++) {
      const c = word[j]!;
      const value = (): string | undefined => {
        const rest = word.slice(j + 1);
        j = word.length;
        if (rest) return rest.replace(/^=/, '');
        return args[i + 1] !== undefined ? args[++i] : undefined;
      };
      if (c === 'b') o.batch = true;
      else if (c === 'c') o.cmdline = !o.cmdline;
      else if (c === 'i') o.idle = !o.idle;
      else if (c === 'H' || c === 'S' || c === 's' || c === '1') continue;
      else if (c === 'h') return 'help';
      else if (c === 'V') return 'version';
      else if (c === 'O') return 'fields';
      else if (c === 'n') {
        const v = value() ?? '';
        if (!/^\d+$/.test(v) || Number(v) < 1) throw new TopError(`bad iterations argument '${v}'`);
        o.iterations = Number(v);
      } else if (c === 'd') {
        const v = value() ?? '';
        const n = Number(v.replace(',', '.'));
        if (v === '' || Number.isNaN(n)) throw new TopError(`bad delay interval '${v}'`);
        if (n < 0) throw new TopError('-d requires positive argument');
        o.delay = n;
      } else if (c === 'p') {
        for (const p of (value() ?? '').split(',')) {
          if (!/^\d+$/.test(p) || Number(p) < 1) throw new TopError(`bad pid '${p}'`);
          o.pids.push(Number(p));
        }
      } else if (c === 'o') {
        const v = value() ?? '';
        const name = v.replace(/^[+-]/, '');
        if (!TOP_FIELDS.includes(name)) throw new TopError(`unrecognized field name '${v}'`);
        o.sort = { field: name, ascending: v.startsWith('-') };
      } else if (c === 'u' || c === 'U') {
        const v = value() ?? '';
        const u = /^\d+$/.test(v) ? accounts.userById(Number(v)) ?? { uid: Number(v) } : accounts.userByName(v);
        if (!u) throw new TopError('Invalid user');
        o.user = { uid: u.uid, any: c === 'U' };
      } else if (c === 'w') {
        const rest = word.slice(j + 1).replace(/^=/, '');
        const next = rest || (args[i + 1] !== undefined && /^\d+$/.test(args[i + 1]!) ? args[++i]! : '');
        j = word.length;
        o.width = next ? Number(next) : Number(ctx.env.get('COLUMNS')) || 512;
      } else if (c === 'E' || c === 'e') {
        const v = value() ?? '';
        if (!/^[kmgtpe]$/.test(v) || (c === 'e' && v === 'e')) throw new TopError(`bad memory scaling arg '${v}'`);
        if (c === 'E') o.summaryScale = v;
        else o.taskScale = v;
      } else throw new TopError(`invalid option -- '${c}'`);
    }
  }
  return o;
}

/** top in batch mode: the summary area and the task table, frame after frame in virtual time. */
const top: Applet = {
  async run(ctx) {
    const accounts = new Accounts(ctx);
    let o;
    try {
      o = parse(ctx, accounts);
    } catch (e) {
      if (!(e instanceof TopError)) throw e;
      await fail(ctx, e.message);
      return e.message.startsWith('invalid option') ? 0 : 1;
    }
    if (o === 'help') return ctx.stdout.write(TOP_USAGE).then(() => 0);
    if (o === 'version') return ctx.stdout.write('top from procps-ng 4.0.2\n').then(() => 0);
    if (o === 'fields') return ctx.stdout.write(TOP_FIELDS.map((f) => `${f}\n`).join('')).then(() => 0);
    if (!o.batch && !(ctx.stdout.tty && ctx.stdin.tty)) {
      await fail(ctx, 'failed tty get');
      return 1;
    }
    const width = o.width ?? (Number(ctx.env.get('COLUMNS')) > 0 ? Number(ctx.env.get('COLUMNS')) : 80);
    const frames = o.iterations > 0 ? o.iterations : o.batch ? Infinity : 1;
    let prev = new Map<number, number>();
    let prevTime = ctx.kernel.bootTime;
    for (let n = 0; n < frames; n++) {
      if (n > 0) await ctx.sleep(o.delay * 1000);
      const rows = buildRows(ctx, accounts);
      const elapsed = (ctx.kernel.clock.now - prevTime) / 1000;
      const cpu = new Map(rows.map((r) => [r.proc.id, r.cpuTicks - (prev.get(r.proc.id) ?? 0)]));
      prev = new Map(rows.map((r) => [r.proc.id, r.cpuTicks]));
      prevTime = ctx.kernel.clock.now;
      const frame = render(ctx, o, rows, (r) => (elapsed > 0 ? (cpu.get(r.proc.id)! * 100) / HZ / elapsed : 0), width);
      await ctx.stdout.write((n > 0 ? '\n' : '') + frame.map((l) => `${[...l].slice(0, width).join('')}\n`).join(''));
    }
    return 0;
  },
};
export default top;

function render(ctx: AppletContext, o: TopOpts, all: ProcRow[], pcpu: (r: ProcRow) => number, width: number): string[] {
  let rows = all.filter((r) => !o.pids.length || o.pids.includes(r.pid));
  if (o.user) rows = rows.filter((r) => r.uid === o.user!.uid);
  const count = (s: string) => rows.filter((r) => s.includes(r.state)).length;
  const mem = memStats(ctx);
  const scale = { k: 1, m: 1024, g: 1024 ** 2, t: 1024 ** 3, p: 1024 ** 4, e: 1024 ** 5 }[o.summaryScale]!;
  const label = { k: 'KiB', m: 'MiB', g: 'GiB', t: 'TiB', p: 'PiB', e: 'EiB' }[o.summaryScale]!;
  const f = (kb: number) => (kb / scale).toFixed(1).padStart(9);
  const lines = [
    `top -${uptimeLine(ctx)}`,
    `Tasks:${String(rows.length).padStart(4)} total,${String(count('R')).padStart(4)} running,${String(count('SDI')).padStart(4)} sleeping,${String(count('T')).padStart(4)} stopped,${String(count('Z')).padStart(4)} zombie`,
    '%Cpu(s):  0.0 us,  0.0 sy,  0.0 ni,100.0 id,  0.0 wa,  0.0 hi,  0.0 si,  0.0 st ',
    `${label} Mem :${f(mem.total)} total,${f(mem.free)} free,${f(mem.used)} used,${f(mem.buffers + mem.cached)} buff/cache     `,
    `${label} Swap:${f(mem.swapTotal)} total,${f(mem.swapFree)} free,${f(mem.swapUsed)} used.${f(mem.available)} avail Mem `,
    '',
  ];
  const heads = ['PID'.padStart(7), 'USER    ', ' PR', ' NI', '   VIRT', '   RES', '   SHR', 'S', ' %CPU', ' %MEM', '    TIME+'];
  // Columns that do not fit the width are left out; COMMAND takes what remains.
  let fit = 0;
  let used = -1;
  while (fit < heads.length && used + 1 + heads[fit]!.length <= width - 1) used += 1 + heads[fit++]!.length;
  const room = width - 1 - used - 1;
  lines.push(heads.slice(0, fit).join(' ') + (fit === heads.length && room > 0 ? ' COMMAND' : ''));
  const key = topSortKey(o.sort.field, pcpu);
  const shown = (o.idle ? rows : rows.filter((r) => r.state !== 'S' || pcpu(r) > 0))
    .map((r, i) => ({ r, i, k: key(r) }))
    .sort((a, b) => {
      const c = a.k < b.k ? -1 : a.k > b.k ? 1 : 0;
      return (o.sort.ascending ? c : -c) || a.i - b.i;
    });
  for (const { r } of shown) {
    const cmd = o.cmdline ? (r.cmdline.length ? r.cmdline.join(' ') : `[${r.comm}]`) : r.comm;
    const secs = r.cpuTicks / HZ;
    const time = `${Math.floor(secs / 60)}:${(secs % 60).toFixed(2).padStart(5, '0')}`;
    const user = r.user.length > 8 ? `${r.user.slice(0, 7)}+` : r.user.padEnd(8);
    const pmem = ((r.rssKb * 100) / mem.total).toFixed(1);
    const cells = [
      String(r.pid).padStart(7), user, String(20 + r.nice).padStart(3), String(r.nice).padStart(3), scaleKb(r.vszKb, 7, o.taskScale), scaleKb(r.rssKb, 6, o.taskScale),
      scaleKb(0, 6, o.taskScale), r.state, pcpu(r).toFixed(1).padStart(5), pmem.padStart(5), time.padStart(9),
    ].slice(0, fit);
    const tail = fit === heads.length && room > 0 ? ` ${cmd.length > room ? `${cmd.slice(0, room - 1)}+` : cmd}` : '';
    lines.push(cells.join(' ') + tail);
  }
  return lines;
}
