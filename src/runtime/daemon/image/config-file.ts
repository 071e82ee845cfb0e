import { sha256 } from '../ids.ts';
import { configJson } from '../inspect/image-json.ts';
import { jsonString } from '../inspect/json-text.ts';
import type { HistoryItem, Image, ImageConfig } from './image.ts';

/** Go's json.Marshal (compact, HTML-safe escapes), keys in the object's order. */
export function goJson(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return jsonString(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(goJson).join(',')}]`;
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
  return `{${entries.map(([k, x]) => `${jsonString(k)}:${goJson(x)}`).join(',')}}`;
}

export type ConfigSource = Pick<Image, 'architecture' | 'config' | 'created' | 'history' | 'os' | 'layers' | 'comment'> &
  Partial<Pick<Image, 'author' | 'container' | 'containerConfig' | 'dockerVersion'>>;

const historyJson = (h: HistoryItem) => ({
  created: h.created, author: h.author || undefined, created_by: h.created_by || undefined, comment: h.comment || undefined,
  empty_layer: h.empty_layer || undefined,
});

/**
 * The image config file exactly as Engine 20.10 stores it (image.Image.MarshalJSON: top-level keys
 * sorted, empty optional fields left out). Its sha256 is the image id, and `docker save` writes it.
 */
export function configFile(img: ConfigSource): string {
  return goJson({
    architecture: img.architecture,
    author: img.author || undefined,
    comment: img.comment || undefined,
    config: configJson(img.config),
    container: img.container || undefined,
    container_config: configJson(img.containerConfig ?? null),
    created: img.created,
    docker_version: img.dockerVersion || undefined,
    history: img.history.map(historyJson),
    os: img.os,
    rootfs: { type: 'layers', diff_ids: img.layers.map((l) => l.diffId) },
  });
}

/** Layer chain ids (the layer store's keys): the first diff id, then sha256("<parent chain> <diff id>"). */
export function chainIds(diffIds: string[]): string[] {
  const out: string[] = [];
  for (const d of diffIds) out.push(out.length === 0 ? d : `sha256:${sha256(`${out[out.length - 1]} ${d}`)}`);
  return out;
}

/** What load/import read back from a config file into the model's Image fields. */
export interface ParsedConfig {
  architecture: string;
  os: string;
  author: string;
  comment: string;
  created: string;
  container: string;
  dockerVersion: string;
  config: ImageConfig;
  containerConfig: ImageConfig | null;
  history: HistoryItem[];
  diffIds: string[];
}

function toConfig(raw: unknown): ImageConfig {
  const c = (raw ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c)) if (!['AttachStdin', 'AttachStdout', 'AttachStderr', 'Tty', 'OpenStdin', 'StdinOnce'].includes(k)) out[k] = v;
  return { User: '', Env: null, Cmd: null, Volumes: null, WorkingDir: '', Entrypoint: null, OnBuild: null, Labels: null, ...out } as ImageConfig;
}

/** Parses a config file (docker-archive `<id>.json` or OCI config blob); throws on bad JSON. */
export function parseConfigFile(text: string): ParsedConfig {
  // Byte strings stay byte strings: UTF-8 in the file is kept as the model's latin1 bytes.
  const j = JSON.parse(text) as Record<string, any>;
  return {
    architecture: j.architecture ?? 'amd64', os: j.os ?? 'linux', author: j.author ?? '', comment: j.comment ?? '',
    created: j.created ?? '0001-01-01T00:00:00Z', container: j.container ?? '', dockerVersion: j.docker_version ?? '',
    config: toConfig(j.config), containerConfig: j.container_config ? toConfig(j.container_config) : null,
    history: ((j.history ?? []) as HistoryItem[]).map((h) => ({ ...h })),
    diffIds: (j.rootfs?.diff_ids ?? []) as string[],
  };
}
