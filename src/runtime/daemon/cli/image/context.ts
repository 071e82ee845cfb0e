import { GoStruct } from '../../template/format.ts';
import { goTimeString, humanDuration, humanSize } from '../format/units.ts';
import type { ImageSummary } from '../../image/list.ts';
import { familiarOf } from '../../image/list.ts';

/** formatter.imageContext: one row of `docker images` (an image can give several rows). */
export class ImageContext extends GoStruct {
  readonly goType = '*formatter.imageContext';
  override get escapesHtml(): boolean {
    return true;
  }
  constructor(
    private readonly s: ImageSummary,
    private readonly now: number,
    private readonly trunc: boolean,
    private readonly repo: string,
    private readonly tag: string,
    private readonly digest: string,
  ) {
    super();
  }
  ID(): string {
    return this.trunc ? this.s.image.id.slice(7, 19) : this.s.image.id;
  }
  Repository(): string {
    return this.repo;
  }
  Tag(): string {
    return this.tag;
  }
  Digest(): string {
    return this.digest;
  }
  CreatedSince(): string {
    return `${humanDuration(this.now - Math.floor(Date.parse(this.s.image.created) / 1000) * 1000)} ago`;
  }
  CreatedAt(): string {
    return goTimeString(Math.floor(Date.parse(this.s.image.created) / 1000) * 1000);
  }
  Size(): string {
    return humanSize(this.s.size);
  }
  Containers(): string {
    return 'N/A';
  }
  VirtualSize(): string {
    return humanSize(this.s.size, 4);
  }
  SharedSize(): string {
    return 'N/A';
  }
  UniqueSize(): string {
    return 'N/A';
  }
  toJSON(): Record<string, unknown> {
    return {
      Containers: this.Containers(), CreatedAt: this.CreatedAt(), CreatedSince: this.CreatedSince(), Digest: this.Digest(), ID: this.ID(),
      Repository: this.Repository(), SharedSize: this.SharedSize(), Size: this.Size(), Tag: this.Tag(), UniqueSize: this.UniqueSize(),
      VirtualSize: this.VirtualSize(),
    };
  }
}

export const IMAGE_HEADERS: Record<string, string> = {
  ID: 'IMAGE ID', Repository: 'REPOSITORY', Tag: 'TAG', Digest: 'DIGEST', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT',
  Size: 'SIZE', Containers: 'CONTAINERS', VirtualSize: 'VIRTUAL SIZE', SharedSize: 'SHARED SIZE', UniqueSize: 'UNIQUE SIZE',
};

const isDangling = (s: ImageSummary) =>
  (s.repoTags.length === 0 && s.repoDigests.length === 0) ||
  (s.repoTags.length === 1 && s.repoTags[0] === '<none>:<none>' && s.repoDigests.length === 1 && s.repoDigests[0] === '<none>@<none>');

/**
 * imageFormatTaggedAndDigest: a row per repository:tag (sorted, as CLI 28 prints them), digests on
 * tag rows only with --digests, and `<none>` rows for digest-only repositories.
 */
export function imageRows(s: ImageSummary, now: number, trunc: boolean, digests: boolean): ImageContext[] {
  const row = (repo: string, tag: string, digest: string) => new ImageContext(s, now, trunc, repo, tag, digest);
  if (isDangling(s)) return [row('<none>', '<none>', '<none>')];
  const tags = new Map<string, string[]>();
  const dig = new Map<string, string[]>();
  for (const t of s.repoTags) {
    const i = t.lastIndexOf(':');
    const repo = familiarOf(t.slice(0, i));
    tags.set(repo, [...(tags.get(repo) ?? []), t.slice(i + 1)]);
  }
  for (const d of s.repoDigests) {
    const i = d.indexOf('@');
    const repo = familiarOf(d.slice(0, i));
    dig.set(repo, [...(dig.get(repo) ?? []), d.slice(i + 1)]);
  }
  const rows: ImageContext[] = [];
  for (const repo of [...tags.keys()].sort()) {
    const ds = digests ? (dig.get(repo) ?? []) : [];
    dig.delete(repo);
    for (const tag of tags.get(repo)!.sort()) {
      if (ds.length === 0) rows.push(row(repo, tag, '<none>'));
      else for (const d of ds) rows.push(row(repo, tag, d));
    }
  }
  for (const [repo, ds] of [...dig.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (digests) for (const d of ds) rows.push(row(repo, '<none>', d));
    else rows.push(row(repo, '<none>', ''));
  }
  return rows;
}
