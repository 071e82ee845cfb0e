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

/** dockerd keeps the last 256 events for `docker events --since` (moby daemon/events: eventsLimit). */
export const EVENTS_LIMIT = 256;

/** What `docker events` replays: the latest state changes, stamped with the virtual clock. */
export class EventLog {
  readonly events: EngineEvent[] = [];
  private lastNs = 0;
  private added = 0;
  constructor(private readonly now: () => number) {}

  /** Puts back a saved log (persist/): later events keep counting from its last time. */
  restore(events: EngineEvent[]): void {
    this.events.length = 0;
    for (const e of events.slice(-EVENTS_LIMIT)) this.events.push(e);
    this.added = events.length;
    const last = events[events.length - 1];
    this.lastNs = last ? last.time * 1e6 + last.nanos : 0;
  }

  add(type: EngineEvent['type'], action: string, c: Container | { id: string; attributes?: Record<string, string> }, extra: Record<string, string> = {}): void {
    const attributes = 'config' in c ? { ...c.config.Labels, image: c.config.Image, name: c.name, ...extra } : { ...(c.attributes ?? {}), ...extra };
    const time = this.now();
    // Strictly increasing within a millisecond, as the engine's clock would make them.
    const ns = Math.max(time * 1e6, this.lastNs + 1000 + ((this.added++ * 7919) % 90000));
    this.lastNs = ns;
    this.events.push(new LoggedEvent(time, ns - time * 1e6, type, action, c.id, attributes));
    if (this.events.length > EVENTS_LIMIT) this.events.shift();
  }
}

/** An event as logged; its attributes are put in Go's (sorted) map order only when someone reads them. */
class LoggedEvent implements EngineEvent {
  private sorted: Record<string, string> | null = null;
  constructor(
    readonly time: number,
    readonly nanos: number,
    readonly type: EngineEvent['type'],
    readonly action: string,
    readonly id: string,
    private readonly raw: Record<string, string>,
  ) {}
  get attributes(): Record<string, string> {
    return (this.sorted ??= sortAttrs(this.raw));
  }
}

function sortAttrs(a: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(a).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}
