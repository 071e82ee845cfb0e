import type { AppletContext } from '../types.ts';
import { loginSessions, uptimeSeconds } from './proc-table.ts';
import { breakDown, strftime } from './timefmt.ts';
import { zoneFromEnv } from './timezone.ts';

/** /proc/meminfo in kB, as free and top read it (missing fields are 0). */
export function readMeminfo(ctx: AppletContext): (key: string) => number {
  const values = new Map<string, number>();
  try {
    for (const line of ctx.fs.readFile('/proc/meminfo').split('\n')) {
      const m = /^([\w()]+):\s+(\d+)/.exec(line);
      if (m) values.set(m[1]!, Number(m[2]));
    }
  } catch {
    // no /proc mounted: everything reads as 0
  }
  return (key) => values.get(key) ?? 0;
}

/** The derived numbers procps computes from meminfo. */
export function memStats(ctx: AppletContext) {
  const m = readMeminfo(ctx);
  const total = m('MemTotal');
  const free = m('MemFree');
  const available = m('MemAvailable') || free;
  const cached = m('Cached') + m('SReclaimable');
  return {
    total, free, available, shared: m('Shmem'), buffers: m('Buffers'), cached, used: total - available,
    swapTotal: m('SwapTotal'), swapFree: m('SwapFree'), swapUsed: m('SwapTotal') - m('SwapFree'),
    lowTotal: m('LowTotal') || total, lowFree: m('LowFree') || free, highTotal: m('HighTotal'), highFree: m('HighFree'),
    commitLimit: m('CommitLimit'), committed: m('Committed_AS'),
  };
}

export function loadAverage(ctx: AppletContext): [string, string, string] {
  try {
    const f = ctx.fs.readFile('/proc/loadavg').split(' ');
    return [f[0] ?? '0.00', f[1] ?? '0.00', f[2] ?? '0.00'];
  } catch {
    return ['0.00', '0.00', '0.00'];
  }
}

/** procps' uptime text: `up 2 days,  3:04` or, pretty, `up 2 days, 3 hours, 4 minutes`. */
export function uptimeText(secs: number, pretty: boolean): string {
  const parts: string[] = [];
  let s = secs;
  const unit = (n: number, word: string) => parts.push(`${n} ${word}${n !== 1 ? 's' : ''}`);
  const take = (size: number): number => {
    if (s <= size) return 0;
    const n = Math.floor(s / size);
    s -= n * size;
    return n;
  };
  if (pretty) {
    const decades = take(315360000);
    const years = take(31536000);
    const weeks = take(604800);
    if (decades) unit(decades, 'decade');
    if (years) unit(years, 'year');
    if (weeks) unit(weeks, 'week');
  }
  const days = take(86400);
  const hours = take(3600);
  const minutes = take(60);
  if (days) unit(days, 'day');
  if (pretty) {
    if (hours) unit(hours, 'hour');
    if (minutes || s <= 60) unit(minutes, 'minute');
    return `up ${parts.join(', ')}`;
  }
  parts.push(hours ? `${String(hours).padStart(2)}:${String(minutes).padStart(2, '0')}` : `${minutes} min`);
  return `up ${parts.join(', ')}`;
}

/** The `uptime` / top first line: ` 08:00:00 up 0 min,  1 user,  load average: 0.00, 0.00, 0.00`. */
export function uptimeLine(ctx: AppletContext): string {
  const now = strftime('%H:%M:%S', breakDown(ctx.kernel.clock.now, zoneFromEnv(ctx.env.get('TZ'))));
  const users = loginSessions(ctx).length;
  const [a, b, c] = loadAverage(ctx);
  return ` ${now} ${uptimeText(uptimeSeconds(ctx.kernel), false)}, ${String(users).padStart(2)} user${users > 1 ? 's' : ''},  load average: ${a}, ${b}, ${c}`;
}
