import { fail } from '../errors.ts';
import { OptError, getopt } from '../getopt.ts';
import type { AppletContext } from '../types.ts';
import { type ProcRow, buildRows } from './proc-table.ts';

const MAX_WIDTH = 2 * 1024;
const USAGE = `BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.

Usage: ps [-o COL1,COL2=HEADER] [-T]

Show list of processes

\t-o COL1,COL2=HEADER\tSelect columns for display
\t-T\t\t\tShow threads
`;

interface Out {
  width: number;
  name: string;
  header: string;
  f: (r: ProcRow, size: number) => string;
}

/** smart_ulltoa4: four cells, scaled with a suffix past 9999 (`1234`, `9.2m`, ` 27g`). */
export function ulltoa4(value: number, scale = ' mgtpezy'): string {
  let ul = value;
  let idx = 0;
  if (ul > 9999) {
    ul *= 10;
    do {
      ul = Math.floor(ul / 1024);
      idx++;
    } while (ul >= 10000);
  }
  let u = Math.floor(ul / 10);
  let v = ul % 10;
  const D = '0123456789';
  let fmt = ' 123456789';
  if (!idx) {
    const a = ' 123456789'[Math.floor(u / 100)]!;
    if (a !== ' ') fmt = D;
    const b = fmt[Math.floor(u / 10) % 10]!;
    if (b !== ' ') fmt = D;
    return a + b + fmt[u % 10]! + D[v]!;
  }
  if (u >= 10) {
    const a = ' 123456789'[Math.floor(u / 100)]!;
    if (a !== ' ') fmt = D;
    v = u % 10;
    u = Math.floor(u / 10);
    return a + fmt[u % 10]! + D[v]! + scale[idx]!;
  }
  return `${D[u]}.${D[v]}${scale[idx]}`;
}

/** read_cmdline: argv joined; `{comm} ` first when argv[0] is not the comm; `[comm]` without one. */
function cmdline(r: ProcRow): string {
  if (!r.cmdline.length) return `[${r.comm}]`;
  const text = r.cmdline.join(' ').replace(/[\x00-\x1f]/g, ' ');
  let base = r.cmdline[0]!.split(' ')[0]!.split('/').pop()!;
  if (base.startsWith('-')) base = base.slice(1);
  return base.startsWith(r.comm) ? text : `{${r.comm}} ${text}`;
}

const pad = (s: string, n: number) => s.padStart(n);
const SPECS: Out[] = [
  { width: 8, name: 'user', header: 'USER', f: (r, n) => r.user.slice(0, n) },
  { width: 8, name: 'group', header: 'GROUP', f: (r, n) => r.group.slice(0, n) },
  { width: 16, name: 'comm', header: 'COMMAND', f: (r, n) => r.comm.slice(0, n) },
  { width: MAX_WIDTH, name: 'args', header: 'COMMAND', f: (r, n) => cmdline(r).slice(0, n) },
  { width: 5, name: 'pid', header: 'PID', f: (r, n) => pad(String(r.pid), n) },
  { width: 5, name: 'ppid', header: 'PPID', f: (r, n) => pad(String(r.ppid), n) },
  { width: 5, name: 'pgid', header: 'PGID', f: (r, n) => pad(String(r.pgid), n) },
  { width: 5, name: 'nice', header: 'NI', f: (r, n) => pad(String(r.nice), n) },
  { width: 8, name: 'rgroup', header: 'RGROUP', f: (r, n) => r.group.slice(0, n) },
  { width: 8, name: 'ruser', header: 'RUSER', f: (r, n) => r.user.slice(0, n) },
  { width: 6, name: 'tty', header: 'TT', f: (r, n) => (r.ttyNr ? `${r.ttyNr >> 8},${r.ttyNr & 255}`.slice(0, n) : '?') },
  { width: 4, name: 'vsz', header: 'VSZ', f: (r, n) => ulltoa4(r.vszKb).slice(0, n) },
  { width: 5, name: 'sid', header: 'SID', f: (r, n) => pad(String(r.sid), n) },
  { width: 4, name: 'stat', header: 'STAT', f: (r) => `${r.state}${r.vszKb === 0 && r.state !== 'Z' ? 'W' : ' '}${r.nice < 0 ? '<' : r.nice ? 'N' : ' '}` },
  { width: 4, name: 'rss', header: 'RSS', f: (r, n) => ulltoa4(r.rssKb).slice(0, n) },
];

function findSpec(name: string): Out {
  const hit = SPECS.find((s) => s.name.slice(0, 6) === name.slice(0, 6) && (name.length <= 6 ? s.name === name : s.name.length === 6));
  if (hit) return { ...hit };
  throw new OptError(`bad -o argument '${name}', supported arguments: ${SPECS.map((s) => s.name.slice(0, 6)).join(',')}`);
}

function parseO(opt: string, outs: Out[]): void {
  let rest = opt;
  for (;;) {
    const comma = rest.indexOf(',');
    const equal = rest.indexOf('=');
    if (comma >= 0 && (equal < 0 || equal > comma)) {
      outs.push(findSpec(rest.slice(0, comma)));
      rest = rest.slice(comma + 1);
      continue;
    }
    break;
  }
  const eq = rest.indexOf('=');
  const spec = findSpec(eq >= 0 ? rest.slice(0, eq) : rest);
  if (eq >= 0) {
    spec.header = rest.slice(eq + 1);
    if (spec.header) spec.width = spec.header.length;
  }
  outs.push(spec);
}

/**
 * busybox ps as Debian builds it (DESKTOP, without FEATURE_PS_TIME: no time/etime columns, the
 * default is `pid,user,args`; the docker busybox image of the golden recordings is this build).
 */
export async function psBusybox(ctx: AppletContext): Promise<number> {
  const outs: Out[] = [];
  try {
    const opts = getopt(ctx.argv.slice(1), { short: 'Zo:aAdeflT' });
    const os = opts.list.filter(([k]) => k === 'o').map(([, v]) => v!);
    for (const o of os.length ? os : ['pid,user,args']) parseO(o, outs);
  } catch (e) {
    if (!(e instanceof OptError)) throw e;
    await fail(ctx, e.message);
    if (e.message.startsWith('bad -o')) return 1;
    await ctx.stderr.write(USAGE);
    return 1;
  }
  const termWidth = ctx.stdout.tty ? Math.min(MAX_WIDTH, Number(ctx.env.get('COLUMNS') ?? 80) - 1) : MAX_WIDTH;
  const clip = (s: string) => `${s.slice(0, termWidth)}\n`;
  let out = '';
  if (outs.some((o) => o.header !== '')) out += clip(outs.map((o, i) => (i < outs.length - 1 ? `${o.header.padEnd(o.width)} ` : o.header)).join(''));
  for (const r of buildRows(ctx)) {
    out += clip(
      outs
        .map((o, i) => {
          const v = o.f(r, o.width) || '-';
          return i < outs.length - 1 ? v + ' '.repeat(Math.abs(o.width - v.length + 1)) : v;
        })
        .join(''),
    );
  }
  await ctx.stdout.write(out);
  return 0;
}
