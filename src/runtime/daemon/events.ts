import type { Container } from './container/container.ts';

export interface EngineEvent {
  /** Virtual ms, and the nanoseconds within it (event times print with nine digits). */
  time: number;
  nanos: number;
  type: 'container' | 'image' | 'network' | 'volume';
  action: string;
  id: string;
  attributes: Record<string, string>;
}

/** What `docker events` replays: every state change, stamped with the virtual clock. */
export class EventLog {
  readonly events: EngineEvent[] = [];
  private lastNs = 0;
  constructor(private readonly now: () => number) {}

  add(type: EngineEvent['type'], action: string, c: Container | { id: string; attributes?: Record<string, string> }, extra: Record<string, string> = {}): void {
    const attributes = 'config' in c ? { ...c.config.Labels, image: c.config.Image, name: c.name, ...extra } : { ...(c.attributes ?? {}), ...extra };
    const time = this.now();
    // Strictly increasing within a millisecond, as the engine's clock would make them.
    const ns = Math.max(time * 1e6, this.lastNs + 1000 + ((this.events.length * 7919) % 90000));
    this.lastNs = ns;
    this.events.push({ time, nanos: ns - time * 1e6, type, action, id: c.id, attributes: sortAttrs(attributes) });
  }
}

function sortAttrs(a: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(a).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}
