import type { LogEntry } from '../../container/logs.ts';
import { rfc3339Nano } from '../../ids.ts';
import { type Command, daemonFailure } from '../command.ts';

/** `--since`/`--until`: RFC 3339 times, Unix seconds, or durations back from now (10m, 1h30m). */
export function parseSince(text: string, now: number): number {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const d = /^(\d+(?:\.\d+)?)(ns|us|ms|s|m|h)$/.exec(text);
  if (d) return now - Number(d[1]) * ({ ns: 1e-6, us: 1e-3, ms: 1, s: 1000, m: 60000, h: 3600000 } as Record<string, number>)[d[2]!]!;
  const t = Date.parse(text);
  if (!Number.isNaN(t)) return t;
  return NaN;
}

const logs: Command = async (call) => {
  let c;
  try {
    c = call.engine.get(call.args[0]!);
  } catch (e) {
    return daemonFailure(call, e);
  }
  const o = call.opts;
  const now = call.host.clock.now;
  const since = o.changed('since') && o.str('since') !== '' ? parseSince(o.str('since'), now) : -Infinity;
  const until = o.changed('until') && o.str('until') !== '' ? parseSince(o.str('until'), now) : Infinity;
  const stamps = o.bool('timestamps');
  const tailText = o.changed('tail') ? o.str('tail') : 'all';
  let entries = c.logs.entries.filter((e) => e.time >= since && e.time <= until);
  if (tailText !== 'all') {
    const n = Number(tailText);
    if (Number.isInteger(n) && n >= 0) entries = n === 0 ? [] : entries.slice(-n);
  }
  const emit = async (e: LogEntry) => {
    const text = stamps ? `${rfc3339Nano(e.time)} ${e.data}` : e.data;
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
