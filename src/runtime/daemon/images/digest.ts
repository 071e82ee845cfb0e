import { createHash } from 'node:crypto';

/**
 * A stable stand-in for a registry manifest digest. The lab has no registry, so the value
 * only has to be a well-formed sha256 that never changes for the same image.
 */
export function stableDigest(repo: string, tag: string): string {
  return `sha256:${createHash('sha256').update(`container-lab image ${repo}:${tag}`).digest('hex')}`;
}

/** Content-hash word of a legacy-builder `ADD file:<hex> in /` line. */
export function fileHash(seed: string): string {
  return createHash('sha256').update(`container-lab layer ${seed}`).digest('hex');
}
