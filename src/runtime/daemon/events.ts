import type { Container } from './container/container.ts';

export interface EngineEvent {
  /** Virtual ms. */
  time: number;
  type: 'container' | 'image' | 'network' | 'volume';
  action: string;
  id: string;
  attributes: Record<string, string>;
}

/** What `docker events` replays: every state change, stamped with the virtual clock. */
export class EventLog {
  readonly events: EngineEvent[] = [];
  constructor(private readonly now: () => number) {}

  add(type: EngineEvent['type'], action: string, c: Container | { id: string; attributes?: Record<string, string> }, extra: Record<string, string> = {}): void {
    const attributes = 'config' in c ? { ...c.config.Labels, image: c.config.Image, name: c.name, ...extra } : { ...(c.attributes ?? {}), ...extra };
    this.events.push({ time: this.now(), type, action, id: c.id, attributes });
  }
}
