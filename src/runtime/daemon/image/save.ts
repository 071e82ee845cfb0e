import type { Engine } from '../engine.ts';
import { DaemonError } from '../errors.ts';
import { sha256 } from '../ids.ts';
import { configJson } from '../inspect/image-json.ts';
import { chainIds, configFile, goJson } from './config-file.ts';
import type { Image } from './image.ts';
import { layerTar } from './layer-tar.ts';
import { daemonReference } from './lookup.ts';
import { familiarRepo } from './reference.ts';
import { END, type TarEntry, writeEntry } from './ustar.ts';

interface Assoc {
  img: Image;
  tags: string[];
}

/** Search: a full id, `sha256:` id or unique id prefix. */
function searchId(engine: Engine, name: string): Image {
  const hex = name.startsWith('sha256:') ? name.slice(7) : name;
  const hits = /^[0-9a-f]+$/.test(hex) ? engine.images.all().filter((i) => i.id.slice(7).startsWith(hex)) : [];
  if (hits.length !== 1) throw new DaemonError(`No such image: ${name}`, 404);
  return hits[0]!;
}

/** The saver's parseNames: ids, `repo` (every tag of it), `repo:tag`, in argument order, merged per image. */
export function resolveSaveNames(engine: Engine, names: string[]): Assoc[] {
  const out = new Map<string, Assoc>();
  const add = (img: Image, tag?: string) => {
    const a = out.get(img.id) ?? { img, tags: [] };
    out.set(img.id, a);
    if (tag && !a.tags.includes(tag)) a.tags.push(tag);
  };
  for (const name of names) {
    if (/^(sha256:)?[0-9a-f]{64}$/.test(name)) {
      add(searchId(engine, name));
      continue;
    }
    const ref = daemonReference(name);
    if (ref.repo === 'docker.io/library/sha256') {
      add(searchId(engine, name));
      continue;
    }
    if (ref.tag === null && ref.digest === null) {
      const repo = familiarRepo(ref.repo);
      const tagged = engine.images.all().flatMap((img) => img.repoTags.filter((t) => t.slice(0, t.lastIndexOf(':')) === repo).map((t) => [img, t] as const));
      for (const [img, t] of tagged.sort(([, a], [, b]) => (a < b ? -1 : 1))) add(img, t);
      if (tagged.length === 0) add(searchId(engine, name));
      continue;
    }
    const img = engine.images.byTag(ref);
    if (!img) throw new DaemonError('reference does not exist', 404);
    add(img, `${familiarRepo(ref.repo)}:${ref.tag}`);
  }
  return [...out.values()];
}

const EMPTY_V1 = { created: '1970-01-01T00:00:00Z', container_config: configJson(null) };

/** The v1 compatibility json of one layer directory; the top layer carries the image's config. */
function v1Json(img: Image, id: string, parent: string, top: boolean): string {
  if (!top) return goJson({ id, parent: parent || undefined, ...EMPTY_V1 });
  return goJson({
    id, parent: parent || undefined, comment: img.comment || undefined, created: img.created, container: img.container || undefined,
    container_config: configJson(img.containerConfig), docker_version: img.dockerVersion || undefined, author: img.author || undefined,
    config: configJson(img.config), architecture: img.architecture, os: img.os,
  });
}

/**
 * `docker save` of Engine 20.10: a docker-archive (manifest.json, repositories, `<id>.json`,
 * `<v1 id>/{VERSION,json,layer.tar}`), members in lexical walk order, layer files stamped with the
 * image's creation time, manifest.json and repositories with the epoch.
 */
export function saveArchive(engine: Engine, names: string[]): string {
  const assocs = resolveSaveNames(engine, names);
  const files = new Map<string, { data: string | null; mtime: number }>();
  const manifest: unknown[] = [];
  const repositories: Record<string, Record<string, string>> = {};
  for (const { img, tags } of assocs) {
    const mtime = Math.floor(Date.parse(img.created) / 1000);
    const chains = chainIds(img.layers.map((l) => l.diffId));
    const layers: string[] = [];
    let parent = '';
    img.layers.forEach((layer, i) => {
      const top = i === img.layers.length - 1;
      const id = sha256(`${chains[i]} ${parent}${top ? ` ${img.id}` : ''}`);
      if (!files.has(`${id}/`)) {
        files.set(`${id}/`, { data: null, mtime });
        files.set(`${id}/VERSION`, { data: '1.0', mtime });
        files.set(`${id}/json`, { data: v1Json(img, id, parent, top), mtime });
        files.set(`${id}/layer.tar`, { data: layerTar(layer.fs), mtime });
      }
      layers.push(`${id}/layer.tar`);
      parent = id;
    });
    files.set(`${img.id.slice(7)}.json`, { data: configFile(img), mtime });
    manifest.push({ Config: `${img.id.slice(7)}.json`, RepoTags: tags.length ? tags : null, Layers: layers });
    for (const t of tags) {
      const i = t.lastIndexOf(':');
      (repositories[t.slice(0, i)] ??= {})[t.slice(i + 1)] = parent;
    }
  }
  files.set('manifest.json', { data: `${goJson(manifest)}\n`, mtime: 0 });
  if (Object.keys(repositories).length > 0) files.set('repositories', { data: `${goJson(repositories)}\n`, mtime: 0 });
  const out: string[] = [];
  for (const name of [...files.keys()].sort()) {
    const f = files.get(name)!;
    const dir = f.data === null;
    const e: TarEntry = {
      name, type: dir ? '5' : '0', mode: dir ? 0o755 : 0o644, uid: 0, gid: 0, mtime: f.mtime, linkname: '', data: f.data ?? '',
      devmajor: 0, devminor: 0, uname: 'root', gname: 'root',
    };
    writeEntry(out, e);
  }
  out.push(END);
  return out.join('');
}
