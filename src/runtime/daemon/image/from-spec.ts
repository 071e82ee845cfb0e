import { MemFs } from '../../kernel/fs/memfs.ts';
import { TreeBuilder } from '../../rootfs/tree-builder.ts';
import type { Host } from '../../host.ts';
import type { ImageSpec } from '../images/types.ts';
import { sha256 } from '../ids.ts';
import { type ConfigSource, configFile } from './config-file.ts';
import { emptyConfig, type HistoryItem, type Image, type ImageConfig, type Layer } from './image.ts';

/** Image ids are content addresses: the sha256 of the config file the engine stores (and `save` writes). */
export function imageId(img: ConfigSource): string {
  return `sha256:${sha256(configFile(img))}`;
}

/** Materialises a catalog spec: one MemFs per layer, written by the spec's layer functions. */
export function imageFromSpec(host: Host, spec: ImageSpec): Image {
  const now = () => host.clock.now;
  const layers: Layer[] = [];
  const history: HistoryItem[] = [];
  spec.history.forEach((h, i) => {
    const item: HistoryItem = { created: h.created, created_by: h.createdBy };
    if (h.author) item.author = h.author;
    if (h.comment) item.comment = h.comment;
    if (h.emptyLayer) item.empty_layer = true;
    history.push(item);
    if (h.emptyLayer || !h.layer) return;
    const fs = new MemFs({ fstype: 'overlay', dev: host.allocDev(), now: () => Date.parse(h.created) || now() });
    h.layer(new TreeBuilder(fs));
    layers.push({ diffId: `sha256:${sha256(`${spec.digest}/${i}`)}`, fs, size: h.size ?? 0 });
  });
  const config: ImageConfig = { ...emptyConfig(), ...spec.config, Env: spec.config.Env, User: spec.config.User ?? '' } as ImageConfig;
  const img: Image = {
    id: '', parent: '', comment: spec.comment ?? '', created: spec.created, container: '', containerConfig: null,
    dockerVersion: spec.dockerVersion ?? '20.10.24+dfsg1', author: spec.author ?? '', config, architecture: spec.architecture,
    os: spec.os, layers, history, repoTags: [], repoDigests: [], lastTagTime: '',
  };
  img.id = imageId(img);
  return img;
}
