import type { Container } from '../container/container.ts';
import type { Engine } from '../engine.ts';
import { DaemonError } from '../errors.ts';
import { shortId } from '../ids.ts';
import { chainIds } from './config-file.ts';
import type { Image } from './image.ts';
import { getImage, isIdPrefix } from './lookup.ts';
import { familiarRepo, familiarString, withDefaultTag } from './reference.ts';
import { daemonReference } from './lookup.ts';

/** One line of `docker rmi` output: `Untagged: x` or `Deleted: sha256:…`. */
export type DeleteRecord = { untagged: string } | { deleted: string };

const CHILD = 1;
const RUNNING = 2;
const REFERENCED = 4;
const STOPPED = 8;
const HARD = CHILD | RUNNING;
const SOFT = REFERENCED | STOPPED;

class Conflict extends DaemonError {
  constructor(img: Image, hard: boolean, message: string, readonly used = false) {
    super(`conflict: unable to delete ${shortId(img.id)} (${hard ? 'cannot be forced' : 'must be forced'}) - ${message}`, 409);
  }
}

const refsOf = (img: Image) => [...img.repoTags, ...img.repoDigests];
const users = (engine: Engine, img: Image): Container[] => engine.list().reverse().filter((c) => c.image.id === img.id);

function conflict(engine: Engine, img: Image, mask: number): Conflict | undefined {
  if (mask & CHILD && engine.images.children(img).length > 0) return new Conflict(img, true, 'image has dependent child images');
  const used = users(engine, img);
  const running = used.find((c) => c.state.Running);
  if (mask & RUNNING && running) return new Conflict(img, true, `image is being used by running container ${shortId(running.id)}`, true);
  if (mask & REFERENCED && refsOf(img).length > 0) return new Conflict(img, false, 'image is referenced in multiple repositories');
  const stopped = used.find((c) => !c.state.Running);
  if (mask & STOPPED && stopped) return new Conflict(img, false, `image is being used by stopped container ${shortId(stopped.id)}`, true);
  return undefined;
}

const repoOf = (name: string) => (name.includes('@') ? name.slice(0, name.indexOf('@')) : name.slice(0, name.lastIndexOf(':')));

/** isSingleReference: at most one tag, and digests only of that tag's repository. */
function isSingleReference(img: Image): boolean {
  const refs = refsOf(img);
  if (refs.length <= 1) return refs.length === 1;
  if (img.repoTags.length > 1) return false;
  const digestRepos = new Set(img.repoDigests.map(repoOf));
  const single = img.repoTags[0] ?? img.repoDigests[0]!;
  return digestRepos.size === 1 && digestRepos.has(repoOf(single));
}

function removeRef(engine: Engine, img: Image, name: string): void {
  if (name.includes('@')) {
    img.repoDigests = img.repoDigests.filter((d) => d !== name);
    return;
  }
  const r = daemonReference(name);
  engine.images.untag(r.repo, r.tag ?? 'latest');
}

/**
 * ImageService.ImageDelete of Engine 20.10: untag a reference, or delete by id, with the conflict
 * rules (children and running containers are hard; other tags and stopped containers yield to -f),
 * then prune untagged parents unless --no-prune.
 */
export function deleteImage(engine: Engine, text: string, force: boolean, prune: boolean): DeleteRecord[] {
  const img = getImage(engine, text);
  const records: DeleteRecord[] = [];
  let removedRef = false;
  if (!isIdPrefix(img, text)) {
    if (!force && isSingleReference(img)) {
      const c = users(engine, img)[0];
      if (c) {
        throw new DaemonError(`conflict: unable to remove repository reference ${JSON.stringify(text)} (must force) - container ${shortId(c.id)} is using its referenced image ${shortId(img.id)}`, 409);
      }
    }
    const ref = daemonReference(text);
    const name = familiarString(ref.digest !== null ? ref : withDefaultTag(ref));
    removeRef(engine, img, name);
    records.push({ untagged: name });
    engine.events.add('image', 'untag', { id: img.id, attributes: { name: img.id } });
    if (ref.digest === null && !img.repoTags.some((t) => repoOf(t) === familiarRepo(ref.repo))) {
      for (const d of img.repoDigests.filter((x) => repoOf(x) === familiarRepo(ref.repo))) {
        removeRef(engine, img, d);
        records.push({ untagged: d });
      }
    }
    if (refsOf(img).length > 0) return records;
    removedRef = true;
  } else if (isSingleReference(img)) {
    const c = conflict(engine, img, HARD | (force ? 0 : SOFT & ~REFERENCED));
    if (c) throw c;
    for (const name of refsOf(img)) {
      removeRef(engine, img, name);
      records.push({ untagged: name });
      engine.events.add('image', 'untag', { id: img.id, attributes: { name: img.id } });
    }
  }
  deleteHelper(engine, img, records, force, prune, removedRef);
  return records;
}

function deleteHelper(engine: Engine, img: Image, records: DeleteRecord[], force: boolean, prune: boolean, quiet: boolean): void {
  const c = conflict(engine, img, HARD | (force ? 0 : SOFT));
  if (c) {
    const dangling = refsOf(img).length === 0 && engine.images.children(img).length === 0;
    if (quiet && (!dangling || c.used)) return;
    throw c;
  }
  const parent = img.parent ? engine.images.byId.get(img.parent) : undefined;
  for (const name of refsOf(img)) {
    removeRef(engine, img, name);
    records.push({ untagged: name });
  }
  engine.images.delete(img);
  engine.events.add('image', 'delete', { id: img.id, attributes: { name: img.id } });
  records.push({ deleted: img.id });
  for (const chain of releasedLayers(engine, img)) records.push({ deleted: chain });
  if (prune && parent) deleteHelper(engine, parent, records, false, true, true);
}

/** Chain ids of the image's layers that no remaining image or container still holds, top first. */
function releasedLayers(engine: Engine, img: Image): string[] {
  const held = new Set<string>();
  const hold = (i: Image) => chainIds(i.layers.map((l) => l.diffId)).forEach((x) => held.add(x));
  engine.images.all().forEach(hold);
  for (const c of engine.containers.values()) hold(c.image);
  return chainIds(img.layers.map((l) => l.diffId)).filter((x) => !held.has(x)).reverse();
}
