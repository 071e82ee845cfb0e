import type { AppletContext } from '../types.ts';

/** systemd's special glyphs: UTF-8 ones when the locale is UTF-8, ASCII stand-ins otherwise. */
export interface Glyphs {
  active: string;
  inactive: string;
  failed: string;
  arrow: string;
  treeLast: string;
  treeBranch: string;
}

export function glyphs(ctx: AppletContext): Glyphs {
  const locale = ctx.env.get('LC_ALL') || ctx.env.get('LC_CTYPE') || ctx.env.get('LANG') || '';
  const utf8 = /utf-?8/i.test(locale);
  return utf8
    ? { active: '\u25cf', inactive: '\u25cb', failed: '\u00d7', arrow: '\u2192', treeLast: '\u2514\u2500', treeBranch: '\u251c\u2500' }
    : { active: '*', inactive: '*', failed: 'x', arrow: '->', treeLast: '`-', treeBranch: '|-' };
}

/** Text for the terminal as bytes (the model's streams carry UTF-8 as latin1 bytes). */
export function bytes(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** format_bytes: 1024-based, one decimal truncated (`30.1M`), plain bytes below 1K (`0B`). */
export function formatBytes(n: number): string {
  const units: [string, number][] = [['E', 2 ** 60], ['P', 2 ** 50], ['T', 2 ** 40], ['G', 2 ** 30], ['M', 2 ** 20], ['K', 2 ** 10]];
  for (const [s, f] of units) {
    if (n >= f) return `${Math.floor(n / f)}.${Math.floor((n * 10) / f) % 10}${s}`;
  }
  return `${n}B`;
}

/** format_timespan at millisecond accuracy: `412ms`, `1.234s`, `2min 3.100s`. */
export function formatCpu(ms: number): string {
  if (ms <= 0) return '0';
  if (ms < 1000) return `${Math.floor(ms)}ms`;
  const min = Math.floor(ms / 60000);
  const rest = ms - min * 60000;
  const sec = `${Math.floor(rest / 1000)}${rest % 1000 ? `.${String(Math.floor(rest % 1000)).padStart(3, '0').replace(/0+$/, '')}` : ''}s`;
  return min ? `${min}min ${sec}` : sec;
}

/** format_timestamp_relative of systemd 249 (`5min ago`, `1h 2min ago`, `3 days ago`). */
export function relative(nowMs: number, thenMs: number): string {
  const d = (nowMs - thenMs) * 1000;
  const S = 1e6, MIN = 60 * S, H = 60 * MIN, D = 24 * H, W = 7 * D;
  const f = Math.floor;
  if (d >= W) return `${f(d / W)} weeks ${f((d % W) / D)} days ago`;
  if (d >= 2 * D) return `${f(d / D)} days ago`;
  if (d >= 25 * H) return `1 day ${f((d - D) / H)}h ago`;
  if (d >= 6 * H) return `${f(d / H)}h ago`;
  if (d >= H) return `${f(d / H)}h ${f((d % H) / MIN)}min ago`;
  if (d >= 5 * MIN) return `${f(d / MIN)}min ago`;
  if (d >= MIN) return `${f(d / MIN)}min ${f((d % MIN) / S)}s ago`;
  if (d >= S) return `${f(d / S)}s ago`;
  if (d >= 1000) return `${f(d / 1000)}ms ago`;
  if (d > 0) return `${f(d)}us ago`;
  return 'now';
}

/** Unprivileged callers are refused by polkit (no agent can ask for a password here). */
export function isRoot(ctx: AppletContext): boolean {
  return ctx.proc.creds.uid === 0;
}

export const AUTH_REQUIRED = 'Interactive authentication required.';
