import type { MemFs } from '../../kernel/fs/memfs.ts';

/** The image config fields a container inherits (Docker's container.Config subset kept in images). */
export interface ImageConfig {
  Hostname?: string;
  Domainname?: string;
  User: string;
  ExposedPorts?: Record<string, object>;
  Env: string[] | null;
  Cmd: string[] | null;
  Healthcheck?: { Test: string[]; Interval?: number; Timeout?: number; StartPeriod?: number; Retries?: number };
  ArgsEscaped?: boolean;
  Image?: string;
  Volumes: Record<string, object> | null;
  WorkingDir: string;
  Entrypoint: string[] | null;
  OnBuild: string[] | null;
  Labels: Record<string, string> | null;
  StopSignal?: string;
  Shell?: string[];
}

/** One read-only layer: a filesystem diff shared by every image and container built on it. */
export interface Layer {
  /** sha256:… of the uncompressed layer tar (diff id). */
  diffId: string;
  fs: MemFs;
  /** Bytes the layer accounts for (what `docker images` and `history` add up). */
  size: number;
}

export interface HistoryItem {
  created: string;
  created_by?: string;
  author?: string;
  comment?: string;
  empty_layer?: boolean;
}

export interface Image {
  /** sha256:<64 hex>, the digest of the config. */
  id: string;
  parent: string;
  comment: string;
  created: string;
  container: string;
  containerConfig: ImageConfig | null;
  dockerVersion: string;
  author: string;
  config: ImageConfig;
  architecture: string;
  os: string;
  /** Bottom layer first. */
  layers: Layer[];
  history: HistoryItem[];
  /** Familiar `repo:tag` names, in the order they were added. */
  repoTags: string[];
  repoDigests: string[];
  lastTagTime: string;
}

export const imageSize = (img: Image): number => img.layers.reduce((n, l) => n + l.size, 0);

export function emptyConfig(): ImageConfig {
  return { User: '', Env: null, Cmd: null, Volumes: null, WorkingDir: '', Entrypoint: null, OnBuild: null, Labels: null };
}
