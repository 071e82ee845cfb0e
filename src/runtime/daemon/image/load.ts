import { gunzipSync } from 'node:zlib';
import type { Engine } from '../engine.ts';
import { DaemonError } from '../errors.ts';
import { sha256 } from '../ids.ts';
import { chainIds, parseConfigFile } from './config-file.ts';
import type { Image, Layer } from './image.ts';
import { memFsFromTar, tarContentSize } from './layer-tar.ts';
import { parseReference, tagString, withDefaultTag } from './reference.ts';
import { readTar, TarError } from './ustar.ts';

/** A load failure printed as is (no `Error response from daemon:` prefix, like the real CLI shows them). */
export class LoadError extends DaemonError {}

interface ManifestItem {
  Config: string;
  RepoTags: string[] | null;
  Layers: string[];
}

/** Layer blobs may be gzip-compressed in OCI layouts; docker-archive layers are plain tars. */
const maybeGunzip = (s: string) => (s.startsWith('\x1f\x8b') ? gunzipSync(Buffer.from(s, 'latin1')).toString('latin1') : s);

/** An existing layer with this chain position (layers are shared, not copied, like the layer store). */
function findLayer(engine: Engine, chain: string): Layer | undefined {
  for (const img of engine.images.all()) {
    const chains = chainIds(img.layers.map((l) => l.diffId));
    const i = chains.indexOf(chain);
    if (i >= 0) return img.layers[i];
  }
  return undefined;
}

/**
 * POST /images/load of Engine 20.10 (tarexport.Load): docker-archive with manifest.json (also the
 * newer CLI's OCI+docker tars, whose manifest points into blobs/). Returns the lines the quiet
 * stream prints. Nothing changes in the store unless the whole archive reads.
 */
export function loadArchive(engine: Engine, raw: string, tmpName: string): string[] {
  try {
    return loadChecked(engine, raw, tmpName);
  } catch (e) {
    if (e instanceof TarError) throw new LoadError(`Error processing tar file(exit status 1): ${e.message}`);
    if (e instanceof SyntaxError) throw new LoadError(`json: cannot unmarshal: ${e.message}`);
    throw e;
  }
}

function loadChecked(engine: Engine, raw: string, tmpName: string): string[] {
  let entries;
  try {
    entries = readTar(raw);
  } catch (e) {
    if (e instanceof TarError) throw new LoadError(`Error processing tar file(exit status 1): ${e.message}`);
    throw e;
  }
  const files = new Map(entries.map((e) => [e.name.replace(/^\.\//, ''), e]));
  const read = (name: string) => {
    const f = files.get(name.replace(/^\.\//, ''));
    if (!f) throw new LoadError(`open /var/lib/docker/tmp/${tmpName}/${name}: no such file or directory`);
    return f.data;
  };
  if (!files.has('manifest.json')) read('repositories');
  let manifest: ManifestItem[];
  try {
    manifest = JSON.parse(read('manifest.json')) as ManifestItem[];
  } catch (e) {
    if (e instanceof LoadError) throw e;
    throw new LoadError('invalid character in manifest.json');
  }
  const staged: { img: Image; tags: string[] }[] = [];
  for (const m of manifest) {
    const text = read(m.Config);
    const cfg = parseConfigFile(text);
    if (cfg.diffIds.length !== m.Layers.length) throw new LoadError(`invalid manifest, layers length mismatch: expected ${cfg.diffIds.length}, got ${m.Layers.length}`);
    const chains = chainIds(cfg.diffIds);
    const layers: Layer[] = m.Layers.map((path, i) => {
      const known = findLayer(engine, chains[i]!) ?? staged.flatMap((s) => s.img.layers).find((l) => l.diffId === cfg.diffIds[i]);
      if (known) return known;
      const tar = readTar(maybeGunzip(read(path)));
      const now = () => engine.host.clock.now;
      return { diffId: cfg.diffIds[i]!, fs: memFsFromTar(tar, engine.host.allocDev(), now), size: tarContentSize(tar) };
    });
    const img: Image = {
      id: `sha256:${sha256(text)}`, parent: '', comment: cfg.comment, created: cfg.created, container: cfg.container,
      containerConfig: cfg.containerConfig, dockerVersion: cfg.dockerVersion, author: cfg.author, config: cfg.config,
      architecture: cfg.architecture, os: cfg.os, layers, history: cfg.history, repoTags: [], repoDigests: [], lastTagTime: '',
    };
    staged.push({ img, tags: m.RepoTags ?? [] });
  }
  const lines: string[] = [];
  for (const { img, tags } of staged) {
    const stored = engine.images.add(img);
    engine.events.add('image', 'load', { id: stored.id, attributes: { name: stored.id } });
    for (const t of tags) {
      const ref = withDefaultTag(parseReference(t));
      const old = engine.images.byTag(ref);
      if (old && old.id !== stored.id) {
        lines.push(`The image ${tagString(ref.repo, ref.tag!)} already exists, renaming the old one with ID ${old.id} to empty string`);
      }
      engine.images.tag(stored, ref.repo, ref.tag!, engine.now());
      lines.push(`Loaded image: ${tagString(ref.repo, ref.tag!)}`);
    }
    if (tags.length === 0) lines.push(`Loaded image ID: ${stored.id}`);
  }
  return lines;
}
