import type { Engine } from '../engine.ts';
import { DaemonError } from '../errors.ts';
import { filterNetworks } from './filters.ts';
import { networksOf } from './store.ts';

/**
 * POST /networks/prune: every user network without an active endpoint goes (newest first, as the
 * engine walked them when recorded). Filters: until, label, label!. Returns the removed names.
 */
export function pruneNetworks(engine: Engine, filters: Map<string, string[]>): string[] {
  for (const k of filters.keys()) if (!['until', 'label', 'label!'].includes(k)) throw new DaemonError(`Invalid filter '${k}'`, 400);
  const store = networksOf(engine);
  const until = filters.get('until')?.[0];
  const limit = until === undefined ? Infinity : untilMs(until, engine.host.clock.now);
  const labels = filters.get('label');
  const notLabels = filters.get('label!') ?? [];
  const candidates = filterNetworks(engine, store.list(), labels ? new Map([['label', labels]]) : new Map()).reverse();
  const removed: string[] = [];
  for (const n of candidates) {
    if (n.predefined || store.endpoints(n).length || n.createdMs > limit) continue;
    if (notLabels.some((l) => filterNetworks(engine, [n], new Map([['label', [l]]])).length)) continue;
    store.remove(n);
    removed.push(n.name);
  }
  engine.events.add('network', 'prune', { id: '', attributes: { reclaimed: '0' } });
  return removed;
}

/** `until`: a Unix time in seconds or a Go duration back from now (10m, 1h30m). */
function untilMs(text: string, now: number): number {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (!parts.length || parts.map((p) => p[0]).join('') !== text) throw new DaemonError(`Cannot parse until filter: ${text}`, 400);
  return now - parts.reduce((sum, p) => sum + Number(p[1]) * units[p[2]!]!, 0);
}
