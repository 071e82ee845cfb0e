import type { TreeBuilder } from '../../rootfs/tree-builder.ts';

/** Docker's image config (the `Config` of `docker image inspect`), fields as Docker spells them. */
export interface ImageConfig {
  User?: string;
  ExposedPorts?: Record<string, {}>;
  /** null for images made by `docker import` without ENV (busybox preset: `"Env": null`). */
  Env: string[] | null;
  Cmd: string[] | null;
  Entrypoint?: string[] | null;
  Volumes?: Record<string, {}> | null;
  WorkingDir: string;
  Labels?: Record<string, string> | null;
  StopSignal?: string;
  OnBuild?: string[] | null;
  Healthcheck?: { Test: string[]; Interval?: number; Timeout?: number; StartPeriod?: number; Retries?: number };
}

/** One row of the image's history; rows with a layer write that layer's files. */
export interface HistoryEntry {
  /** RFC 3339 */
  created: string;
  createdBy: string;
  comment?: string;
  author?: string;
  emptyLayer?: boolean;
  /** present iff not emptyLayer */
  layer?: (t: TreeBuilder) => void;
  /** bytes of the real layer (what `docker images`/`history` show); absent for empty layers */
  size?: number;
}

export interface ImageSpec {
  /** 'busybox', 'quay.io/coreos/flannel' */
  repo: string;
  tags: string[];
  /** repo digest `sha256:<64 hex>`, stable across runs */
  digest: string;
  created: string;
  architecture: 'amd64';
  os: 'linux';
  dockerVersion?: string;
  author?: string;
  comment?: string;
  config: ImageConfig;
  history: HistoryEntry[];
  /** registry search metadata */
  description: string;
  stars: number;
  official: boolean;
}

/** The PATH every official image sets. */
export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
