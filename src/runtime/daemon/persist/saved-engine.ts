import type { PortMap } from '../container/publish.ts';
import type { SavedFs } from '../../persist/memfs-image.ts';
import type { BridgeEndpoint, State } from '../container/container.ts';
import type { ContainerConfig, HostConfig } from '../container/config.ts';
import type { EngineEvent } from '../events.ts';
import type { Image } from '../image/image.ts';
import type { ApiMount, MountPoint } from '../volume/mountpoints.ts';
import type { Volume } from '../volume/store.ts';
import type { SavedNetworks } from '../network/store.ts';

/**
 * The Docker engine's part of a saved host: plain JSON. Catalog images and their layers are
 * stored as references to the catalog (the lab rebuilds them); everything the student made
 * (committed, imported, loaded layers; containers' writable layers) is stored in full.
 */
export interface SavedEngine {
  daemonId: string;
  networkId: string;
  /** Every layer some image uses, once (images share layer objects). */
  layers: SavedLayer[];
  /** The image store in its order, then images only containers still use (`stored: false`). */
  images: SavedImage[];
  /** In the engine's map order (creation order). */
  containers: SavedContainer[];
  volumes: Volume[];
  events: EngineEvent[];
  /** Bridge addresses in use: owner → host number in 172.17.0.0/16. */
  ipam: [string, number][];
  /** The network store (user networks, attachments), once something used networks; older files lack it. */
  networks?: SavedNetworks;
}

/** Which catalog entry: presets are the golden recordings' images, not in the pull catalog. */
export interface SpecRef {
  source: 'catalog' | 'preset';
  repo: string;
  digest: string;
}

export type SavedLayer = { spec: SpecRef; index: number } | { diffId: string; size: number; fs: SavedFs };

/** The fields of a catalog image that change after the pull (names, digests, a build parent). */
export interface SpecImage {
  spec: SpecRef;
  id: string;
  parent: string;
  repoTags: string[];
  repoDigests: string[];
  lastTagTime: string;
  stored: boolean;
}

export interface BuiltImage {
  meta: Omit<Image, 'layers'>;
  /** Indexes into SavedEngine.layers, bottom layer first. */
  layers: number[];
  stored: boolean;
}

export type SavedImage = SpecImage | BuiltImage;

/** One json-file log entry: stream, virtual ms, the line. */
export type SavedLogEntry = ['stdout' | 'stderr', number, string];

export interface SavedContainer {
  id: string;
  name: string;
  created: string;
  createdMs: number;
  path: string;
  args: string[];
  config: ContainerConfig;
  hostConfig: HostConfig;
  /** The image's id (an entry of SavedEngine.images). */
  image: string;
  layerId: string;
  state: State;
  restartCount: number;
  startedMs: number;
  finishedMs: number;
  manuallyStopped: boolean;
  hasBeenStarted: boolean;
  endpoint: BridgeEndpoint | null;
  /** Host ports bound while running (absent in files written before ports were allocated). */
  ports?: PortMap | null;
  sandboxId: string;
  execIds: string[];
  seq: number;
  /** The next pid of the container's own pid namespace (while running), so exec pids go on as before. */
  nsPidCounter: number | null;
  logs: SavedLogEntry[];
  /** The writable layer (whiteouts and opaque dirs included) and the engine's init layer. */
  upper: SavedFs;
  init: SavedFs;
  mounts: MountPoint[];
  apiMounts: ApiMount[];
}

/** A saved engine that cannot be rebuilt: the message says what is wrong. */
export class EngineStateError extends Error {}
