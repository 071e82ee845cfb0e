import { MemFs } from '../../kernel/fs/memfs.ts';
import type { Engine } from '../engine.ts';
import { sha256 } from '../ids.ts';
import { imageId } from '../image/from-spec.ts';
import type { Image, ImageConfig, Layer } from '../image/image.ts';
import { familiarString, type Reference } from '../image/reference.ts';
import { snapshotUpper } from './changes.ts';
import { applyChanges } from './commit-changes.ts';
import type { Container } from './container.ts';
import { layerTar } from './archive.ts';

export interface CommitRequest {
  /** Already parsed repository[:tag] (tag defaulted), or null for an untagged image. */
  ref: Reference | null;
  author: string;
  comment: string;
  changes: string[];
  pause: boolean;
}

/**
 * POST /commit: the container's upper layer becomes one new layer on top of its image's, the
 * config is the container's with the `--change` instructions applied, and the history gets the
 * row the engine writes for commits (the container's command line as CREATED BY).
 */
export function commitContainer(engine: Engine, c: Container, req: CommitRequest): Image {
  const config = applyChanges(c.config, req.changes);
  const pauseNow = req.pause && c.state.Running && !c.state.Paused;
  if (pauseNow) engine.pause(c);
  try {
    const host = engine.host;
    const created = engine.now();
    const fs = new MemFs({ fstype: 'overlay', dev: host.allocDev(), now: () => host.clock.now });
    const snap = snapshotUpper(c, fs);
    const layer: Layer = { diffId: `sha256:${sha256(layerTar(fs))}`, fs, size: snap.size };
    // A container that changed nothing commits no layer, only a history row marked empty.
    const unchanged = (c.upper.rootInode.entries?.size ?? 0) === 0;
    const history = {
      created, ...(req.author ? { author: req.author } : {}), created_by: [c.path, ...c.args].join(' '), ...(req.comment ? { comment: req.comment } : {}),
      ...(unchanged ? { empty_layer: true } : {}),
    };
    const img: Image = {
      id: '', parent: c.image.id, comment: req.comment, created, container: c.id,
      containerConfig: structuredClone(c.config) as unknown as ImageConfig, dockerVersion: '20.10.24+dfsg1',
      author: req.author, config: config as unknown as ImageConfig, architecture: c.image.architecture, os: c.image.os,
      layers: unchanged ? [...c.image.layers] : [...c.image.layers, layer], history: [...c.image.history, history], repoTags: [], repoDigests: [], lastTagTime: '',
    };
    img.id = imageId(img);
    const stored = engine.images.add(img);
    engine.events.add('container', 'commit', c, {
      comment: req.comment, imageID: stored.id, imageRef: req.ref ? familiarString(req.ref) : '',
    });
    if (req.ref) {
      engine.images.tag(stored, req.ref.repo, req.ref.tag ?? 'latest', engine.now());
      engine.events.add('image', 'tag', { id: stored.id, attributes: { name: familiarString(req.ref) } });
    }
    return stored;
  } finally {
    if (pauseNow && c.state.Paused) engine.unpause(c);
  }
}
