import type { SavedEngine } from '../daemon/persist/saved-engine.ts';
import type { Host } from '../host.ts';

/**
 * How a host's Docker engine is saved and restored. The engine and its image catalog are large
 * modules that a lab run without docker never loads, so host-image.ts reaches them through this
 * hook: the persistence module registers itself when loaded (engine-of.ts loads it with any engine).
 */
export interface EnginePersistence {
  save(host: Host): SavedEngine | null;
  restore(host: Host, data: unknown): { revive(): void };
}

let registered: EnginePersistence | null = null;

export function registerEnginePersistence(p: EnginePersistence): void {
  registered = p;
}

/** The registered persistence; null means no engine module is loaded, so no host has an engine. */
export function enginePersistence(): EnginePersistence | null {
  return registered;
}

/** Loads the engine's persistence: call before restoring a saved state that holds an engine. */
export async function loadEnginePersistence(): Promise<void> {
  if (!registered) await import('../daemon/persist/engine-state.ts');
}
