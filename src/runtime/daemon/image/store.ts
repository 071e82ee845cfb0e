import type { Image } from './image.ts';
import { familiarRepo, parseReference, type Reference, tagString, withDefaultTag } from './reference.ts';

export class NoSuchImage extends Error {
  constructor(readonly ref: string) {
    super(`No such image: ${ref}`);
  }
}

/** The engine's image store: images by id, `repo:tag` references to ids. */
export class ImageStore {
  readonly byId = new Map<string, Image>();
  /** `docker.io/library/busybox:latest` → image id. */
  private readonly tags = new Map<string, string>();

  all(): Image[] {
    return [...this.byId.values()];
  }

  add(img: Image): Image {
    const existing = this.byId.get(img.id);
    if (existing) return existing;
    this.byId.set(img.id, img);
    return img;
  }

  /** Points `repo:tag` at the image, taking the name away from any image that had it. */
  tag(img: Image, repo: string, tag: string, when: string): void {
    const key = `${repo}:${tag}`;
    const old = this.tags.get(key);
    if (old === img.id) return;
    if (old) this.untagFrom(this.byId.get(old)!, repo, tag);
    this.tags.set(key, img.id);
    img.repoTags.push(tagString(repo, tag));
    // The reference store lists an image's names sorted by their fully qualified form.
    const full = (t: string) => {
      const i = t.lastIndexOf(':');
      return `${parseReference(t.slice(0, i)).repo}:${t.slice(i + 1)}`;
    };
    img.repoTags.sort((a, b) => (full(a) < full(b) ? -1 : full(a) > full(b) ? 1 : 0));
    img.lastTagTime = when;
  }

  private untagFrom(img: Image, repo: string, tag: string): void {
    const name = tagString(repo, tag);
    img.repoTags = img.repoTags.filter((t) => t !== name);
  }

  /** Removes one reference; returns the image it pointed at. */
  untag(repo: string, tag: string): Image | undefined {
    const key = `${repo}:${tag}`;
    const id = this.tags.get(key);
    if (!id) return undefined;
    this.tags.delete(key);
    const img = this.byId.get(id)!;
    this.untagFrom(img, repo, tag);
    return img;
  }

  delete(img: Image): void {
    for (const t of img.repoTags) {
      const r = parseReference(t);
      this.tags.delete(`${r.repo}:${r.tag}`);
    }
    this.byId.delete(img.id);
  }

  byTag(ref: Reference): Image | undefined {
    const r = withDefaultTag(ref);
    if (r.tag === null) return undefined;
    const id = this.tags.get(`${r.repo}:${r.tag}`);
    return id ? this.byId.get(id) : undefined;
  }

  /**
   * The daemon's GetImage: a reference (tag), a full or `sha256:`-prefixed id, or an unambiguous
   * id prefix. Throws NoSuchImage with the text the engine prints.
   */
  get(text: string): Image {
    const img = this.find(text);
    if (img) return img;
    let shown = text;
    try {
      const r = parseReference(text);
      const t = withDefaultTag(r);
      shown = `${familiarRepo(t.repo)}${t.tag !== null ? `:${t.tag}` : ''}${t.digest ? `@${t.digest}` : ''}`;
    } catch {
      // ids and bad names are shown as typed
    }
    throw new NoSuchImage(shown);
  }

  find(text: string): Image | undefined {
    const hex = text.startsWith('sha256:') ? text.slice(7) : text;
    if (/^[0-9a-f]{64}$/.test(hex)) return this.byId.get(`sha256:${hex}`);
    try {
      const img = this.byTag(parseReference(text));
      if (img) return img;
    } catch {
      // not a valid name: may still be an id prefix
    }
    if (/^[0-9a-f]+$/.test(hex) && hex.length > 0) {
      const hits = this.all().filter((i) => i.id.slice(7).startsWith(hex));
      if (hits.length === 1) return hits[0];
    }
    return undefined;
  }

  /** Images whose parent is `img` (rmi refuses to delete those without -f... and prune walks them). */
  children(img: Image): Image[] {
    return this.all().filter((i) => i.parent === img.id);
  }
}
