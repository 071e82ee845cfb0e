import type { Host } from '../../host.ts';
import { Engine } from '../engine.ts';
import { registerEnginePersistence } from '../../persist/engine-hook.ts';
import type { EngineEvent } from '../events.ts';
import { existingEngineOf, setEngineOf } from '../engine-of.ts';
import { type Volume, volumesOf } from '../volume/store.ts';
import { existingNetworks, restoreNetworks } from '../network/store.ts';
import { restoreContainer, saveContainer } from './container-record.ts';
import { restoreImages, saveImages } from './image-table.ts';
import { reviveContainers } from './revive.ts';
import { EngineStateError, type SavedEngine } from './saved-engine.ts';

/** A rebuilt engine whose containers are not running yet: `revive` starts them once the host is back. */
export interface RestoredEngine {
  engine: Engine;
  revive(): void;
}

/** The host's Docker engine as data, or null if nothing on the host has used Docker yet. */
export function saveEngine(host: Host): SavedEngine | null {
  const engine = existingEngineOf(host);
  if (!engine) return null;
  const { layers, images } = saveImages(engine);
  return {
    daemonId: engine.daemonId,
    networkId: engine.bridge.networkId,
    layers,
    images,
    containers: [...engine.containers.values()].map(saveContainer),
    volumes: [...volumesOf(engine).volumes.values()].map(volumeRecord),
    events: engine.events.events.map(eventRecord),
    ipam: engine.bridge.allocations(),
    ...(existingNetworks(engine) ? { networks: existingNetworks(engine)!.save() } : {}),
  };
}

/**
 * Rebuilds the saved engine as the host's engine, nothing running yet (`revive` does that once
 * the rest of the host is back). Throws EngineStateError, or the error met on bad data.
 */
export function restoreEngine(host: Host, data: unknown): RestoredEngine {
  const saved = checkShape(data);
  const engine = new Engine(host, { daemonId: saved.daemonId, networkId: saved.networkId });
  const images = restoreImages(engine, saved.layers, saved.images);
  // Containers created after the restore must sort as newer, whatever the creation counter says.
  const seqBase = Math.max(0, ...saved.containers.map((c) => c.seq)) + 1;
  for (const s of saved.containers) {
    if (engine.containers.has(s.id) || engine.names.has(`/${s.name}`)) throw new EngineStateError(`container ${s.name} is saved twice`);
    engine.register(restoreContainer(engine, s, images, seqBase));
  }
  const volumes = volumesOf(engine);
  for (const v of saved.volumes) volumes.volumes.set(v.name, volumeRecord(v));
  engine.events.restore(saved.events.map(eventRecord));
  for (const [owner, n] of saved.ipam) engine.bridge.reserve(owner, n);
  if (saved.networks) restoreNetworks(engine, saved.networks);
  setEngineOf(host, engine);
  const nsPidCounters = new Map(saved.containers.filter((c) => typeof c.nsPidCounter === 'number').map((c) => [c.id, c.nsPidCounter!]));
  return { engine, revive: () => reviveContainers(engine, nsPidCounters) };
}

/** The event's fields as data (the log may keep events as objects with computed fields). */
const eventRecord = (e: EngineEvent): EngineEvent => ({ time: e.time, nanos: e.nanos, type: e.type, action: e.action, id: e.id, attributes: { ...e.attributes } });

const volumeRecord = (v: Volume): Volume => ({
  name: v.name, createdAt: v.createdAt, labels: v.labels && { ...v.labels }, options: v.options && { ...v.options }, anonymous: v.anonymous, createdMs: v.createdMs,
});

const LISTS = ['layers', 'images', 'containers', 'volumes', 'events', 'ipam'] as const;

function checkShape(data: unknown): SavedEngine {
  if (!data || typeof data !== 'object') throw new EngineStateError('not an engine record');
  const d = data as Record<string, unknown>;
  if (typeof d.daemonId !== 'string' || typeof d.networkId !== 'string') throw new EngineStateError('the engine ids are missing');
  for (const k of LISTS) if (!Array.isArray(d[k])) throw new EngineStateError(`the ${k} list is missing`);
  return data as SavedEngine;
}

registerEnginePersistence({ save: saveEngine, restore: restoreEngine });
