/**
 * Docker image references (distribution/reference): `busybox`, `busybox:1.36`, `quay.io/org/x:tag`,
 * `x@sha256:…`. Names are kept fully qualified inside (`docker.io/library/busybox`) and shown familiar.
 */
export interface Reference {
  /** Fully qualified repository, e.g. `docker.io/library/busybox`. */
  repo: string;
  tag: string | null;
  digest: string | null;
}

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const DOMAIN = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?';
const NAME_RE = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*$`);
const TAG_RE = /^[\w][\w.-]{0,127}$/;
/** distribution/reference's digest: an algorithm, then at least 32 hex digits. */
const DIGEST_RE = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;

export class ReferenceError extends Error {}

function splitDomain(name: string): [string, string] {
  const i = name.indexOf('/');
  if (i < 0 || (!/[.:]/.test(name.slice(0, i)) && name.slice(0, i) !== 'localhost' && name.slice(0, i).toLowerCase() === name.slice(0, i))) {
    const rest = i < 0 ? name : name;
    return ['docker.io', rest.includes('/') ? rest : `library/${rest}`];
  }
  const domain = name.slice(0, i) === 'index.docker.io' ? 'docker.io' : name.slice(0, i);
  let rest = name.slice(i + 1);
  if (domain === 'docker.io' && !rest.includes('/')) rest = `library/${rest}`;
  return [domain, rest];
}

/** ParseNormalizedNamed: the rules and error texts of `docker pull/run/tag`. */
export function parseReference(text: string): Reference {
  if (/^[a-f0-9]{64}$/.test(text)) throw new ReferenceError(`invalid repository name (${text}), cannot specify 64-byte hexadecimal strings`);
  const [domain, remote] = splitDomain(text);
  const remoteName = remote.split(/[:@]/)[0]!;
  if (remoteName.toLowerCase() !== remoteName) throw new ReferenceError(`invalid reference format: repository name (${remoteName}) must be lowercase`);
  let rest = text;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST_RE.test(digest)) throw new ReferenceError('invalid reference format');
    checkDigest(digest);
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG_RE.test(tag)) throw new ReferenceError('invalid reference format');
  }
  if (!NAME_RE.test(rest) || rest.length > 255) throw new ReferenceError('invalid reference format');
  void domain;
  const [d, r] = splitDomain(rest);
  return { repo: `${d}/${r}`, tag, digest };
}

/** TagNameOnly: a reference without tag or digest means `:latest`. */
export function withDefaultTag(ref: Reference): Reference {
  return ref.tag === null && ref.digest === null ? { ...ref, tag: 'latest' } : ref;
}

/** `docker.io/library/busybox` → `busybox`; `docker.io/me/app` → `me/app`. */
export function familiarRepo(repo: string): string {
  if (repo.startsWith('docker.io/library/')) return repo.slice('docker.io/library/'.length);
  if (repo.startsWith('docker.io/')) return repo.slice('docker.io/'.length);
  return repo;
}

export function familiarString(ref: Reference): string {
  return `${familiarRepo(ref.repo)}${ref.tag !== null ? `:${ref.tag}` : ''}${ref.digest !== null ? `@${ref.digest}` : ''}`;
}

/** `busybox:latest` as stored in RepoTags. */
export const tagString = (repo: string, tag: string): string => `${familiarRepo(repo)}:${tag}`;

/** go-digest's Validate: a known algorithm with its exact length of lowercase hex. */
function checkDigest(d: string): void {
  const [alg, hex] = d.split(':') as [string, string];
  const size = ({ sha256: 64, sha384: 96, sha512: 128 } as Record<string, number>)[alg];
  if (size === undefined) throw new ReferenceError('unsupported digest algorithm');
  if (hex.length !== size) throw new ReferenceError('invalid checksum digest length');
  if (!/^[a-f0-9]+$/.test(hex)) throw new ReferenceError('invalid checksum digest format');
}
