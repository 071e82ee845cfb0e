import { stableDigest } from './digest.ts';
import type { HistoryEntry, ImageConfig, ImageSpec } from './types.ts';

export interface SpecInput {
  repo: string;
  tags: string[];
  config: ImageConfig;
  history: HistoryEntry[];
  description: string;
  stars: number;
  official?: boolean;
  author?: string;
  comment?: string;
  dockerVersion?: string;
}

/** An image spec whose creation time is its last history row and whose digest derives from its first tag. */
export function image(s: SpecInput): ImageSpec {
  return {
    repo: s.repo,
    tags: s.tags,
    digest: stableDigest(s.repo, s.tags[0]!),
    created: s.history[s.history.length - 1]!.created,
    architecture: 'amd64',
    os: 'linux',
    ...(s.dockerVersion !== undefined ? { dockerVersion: s.dockerVersion } : {}),
    ...(s.author !== undefined ? { author: s.author } : {}),
    ...(s.comment !== undefined ? { comment: s.comment } : {}),
    config: s.config,
    history: s.history,
    description: s.description,
    stars: s.stars,
    official: s.official ?? true,
  };
}

/** A metadata-only history row, in the legacy builder's spelling (`/bin/sh -c #(nop)  CMD ["sh"]`). */
export function nop(created: string, instruction: string): HistoryEntry {
  return { created, createdBy: `/bin/sh -c #(nop)  ${instruction}`, emptyLayer: true };
}

/** A metadata-only row as BuildKit records it (`CMD ["nginx" "-g" "daemon off;"]`). */
export function bkNop(created: string, instruction: string): HistoryEntry {
  return { created, createdBy: instruction, comment: 'buildkit.dockerfile.v0', emptyLayer: true };
}

/** A row that adds a layer. */
export function layer(created: string, createdBy: string, size: number, write: HistoryEntry['layer'], comment?: string): HistoryEntry {
  return { created, createdBy, size, layer: write, ...(comment !== undefined ? { comment } : {}) };
}

/** The RFC 3339 time `seconds` after `t` (consecutive build steps). */
export function timeAfter(t: string, seconds: number): string {
  return new Date(Date.parse(t) + seconds * 1000).toISOString().replace(/\.000Z$/, 'Z');
}
