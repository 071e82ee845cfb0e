import type { Host } from '../host.ts';
import type { Engine } from '../daemon/engine.ts';

/**
 * The host's Docker engine once created (engine-of.ts registers it). dockerd's start and stop
 * work on it without importing the engine's code, so a host boots without loading the engine.
 */
const engines = new WeakMap<Host, Engine>();

export function registerEngine(host: Host, engine: Engine): void {
  engines.set(host, engine);
}

export function registeredEngine(host: Host): Engine | undefined {
  return engines.get(host);
}
