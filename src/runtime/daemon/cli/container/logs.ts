import type { LogEntry } from '../../container/logs.ts';
import { readableLogs } from '../../container/log-driver.ts';
import { type Command, daemonFailure } from '../command.ts';

/** The CLI prints log times as RFC3339NanoFixed: always nine fraction digits, unlike Go's RFC3339Nano. */
function fixedNano(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}.${String(ms % 1000).padStart(3, '0')}000000Z`;
}

const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60000, h: 3600000 };

/** Go's time.ParseDuration in milliseconds, or null. */
function goDuration(text: string): number | null {
  const m = /^([-+]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(text);
  if (!m) return text === '0' ? 0 : null;
  let ms = 0;
  for (const [, n, u] of text.slice(m[1]!.length).matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) ms += Number(n) * UNIT_MS[u!]!;
  return m[1] === '-' ? -ms : ms;
}

/** `--since`/`--until`: RFC 3339 times, Unix seconds, or durations back from now (10m, 1h30m). */
export function parseSince(text: string, now: number): number {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const d = goDuration(text);
  if (d !== null) return now - d;
  if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?$/.test(text)) {
    const t = Date.parse(/[T ]/.test(text) && !/(Z|[+-]\d{2}:\d{2})$/.test(text) ? `${text}Z` : text);
    if (!Number.isNaN(t)) return t;
  }
  return NaN;
}

const logs: Command = async (call) => {
  const o = call.opts;
  const now = call.host.clock.now;
  const since = o.changed('since') && o.str('since') !== '' ? parseSince(o.str('since'), now) : -Infinity;
  const until = o.changed('until') && o.str('until') !== '' ? parseSince(o.str('until'), now) : Infinity;
  for (const [flag, v] of [['since', since], ['until', until]] as const) {
    if (Number.isNaN(v)) {
      await call.err(`invalid value for "${flag}": failed to parse value as time or duration: "${o.str(flag)}"\n`);
      return 1;
    }
  }
  let c;
  try {
    c = call.engine.get(call.args[0]!);
  } catch (e) {
    return daemonFailure(call, e);
  }
  if (!readableLogs(c)) {
    await call.err('Error response from daemon: configured logging driver does not support reading\n');
    return 1;
  }
  const stamps = o.bool('timestamps');
  const tailText = o.changed('tail') ? o.str('tail') : 'all';
  let entries = c.logs.entries.filter((e) => e.time >= since && e.time <= until);
  if (tailText !== 'all') {
    const n = Number(tailText);
    if (Number.isInteger(n) && n >= 0) entries = n === 0 ? [] : entries.slice(-n);
  }
  const emit = async (e: LogEntry) => {
    // --details puts the log's extra attributes (none here) and a space before each line.
    const data = o.bool('details') ? ` ${e.data}` : e.data;
    const text = stamps ? `${fixedNano(e.time)} ${data}` : data;
    await (e.stream === 'stdout' ? call.ctx.stdout : call.ctx.stderr).write(text);
  };
  for (const e of entries) await emit(e);
  if (o.bool('follow') && c.state.Running) {
    let i = c.logs.entries.length;
    for (;;) {
      while (i < c.logs.entries.length) await emit(c.logs.entries[i++]!);
      if (!c.state.Running) break;
      await Promise.race([c.logs.next(), c.whenStopped()]);
    }
  }
  return 0;
};

export default logs;
