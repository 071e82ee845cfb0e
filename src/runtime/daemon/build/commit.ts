/**
 * How each build step becomes an image (moby builder/dockerfile/internals.go): the cache probe
 * (a child of the current image whose container config matches), the intermediate container the
 * legacy builder creates for metadata steps, and the commit with its history row.
 */
import type { MemFs } from '../../kernel/fs/memfs.ts';
import { defaultHostConfig } from '../container/config.ts';
import type { Container } from '../container/container.ts';
import { createContainer } from '../container/create.ts';
import { layerTar } from '../container/archive.ts';
import { sha256 } from '../ids.ts';
import { commitKit, kitCache } from './kit-image.ts';
import { cacheKey } from './cache-key.ts';
import { imageId } from '../image/from-spec.ts';
import { emptyConfig, type Image, type ImageConfig, type Layer } from '../image/image.ts';
import type { Builder, StageState } from './state.ts';

const DEFAULT_SHELL = ['/bin/sh', '-c'];

export const shellOf = (config: ImageConfig): string[] => config.Shell ?? DEFAULT_SHELL;

/** withCmdComment: `/bin/sh -c #(nop)  CMD …` (two arguments, hence two spaces). */
export const nopCmd = (config: ImageConfig, comment: string): string[] => [...shellOf(config), '#(nop) ', comment];
/** withCmdCommentString (WORKDIR, COPY, ADD): one argument, one space. */
export const nopCmdString = (config: ImageConfig, comment: string): string[] => [...shellOf(config), `#(nop) ${comment}`];


/** A cached image for this step, printed as ` ---> Using cache` when found. */
export async function probeCache(b: Builder, state: StageState, containerConfig: ImageConfig): Promise<boolean> {
  if (b.options.noCache) return false;
  const parent = state.image?.id ?? '';
  const key = cacheKey(containerConfig);
  const hit = b.kit
    ? kitCache(b.engine).get(`${parent}\n${key}`)
    : b.engine.images.all().find((img) => img.parent === parent && cacheKey(img.containerConfig) === key && (parent !== '' || img.layers.length <= 1));
  if (!hit) return false;
  await b.progress.cached();
  state.image = hit;
  return true;
}

/** An empty image standing for `scratch` (containers need one to start from). */
export function scratchImage(): Image {
  return {
    id: '', parent: '', comment: '', created: '', container: '', containerConfig: null, dockerVersion: '', author: '', config: emptyConfig(),
    architecture: 'amd64', os: 'linux', layers: [], history: [], repoTags: [], repoDigests: [], lastTagTime: '',
  };
}

/** The builder's intermediate container: the step's config, the entrypoint cleared. */
export async function createStepContainer(b: Builder, state: StageState, cmd: string[], env: string[] = []): Promise<Container> {
  const config = state.config;
  const c = createContainer(b.engine, {
    name: null, image: state.image ?? scratchImage(), imageRef: state.image?.id ?? '', cmd, entrypoint: '', env, labels: {}, workdir: config.WorkingDir || null,
    user: config.User || null, hostname: null, domainname: '', tty: false, openStdin: false, attach: { stdin: false, stdout: true, stderr: true },
    exposedPorts: {}, volumes: {}, stopSignal: null, stopTimeout: null, hostConfig: { ...defaultHostConfig(), ...b.options.hostConfig },
  });
  await b.progress.running(c.id);
  return c;
}

/** dispatch()'s deferred RemoveAll: with --rm (the default) after a step that succeeded. */
export async function removeStepContainer(b: Builder, c: Container): Promise<void> {
  if (!b.kit && !b.options.rm && !b.options.forceRm) return;
  await b.engine.remove(c, true, true);
  await b.progress.removed(c.id);
}

/** A metadata step (ENV, CMD, LABEL...): probe, else an intermediate container committed with no layer. */
export async function commitNop(b: Builder, state: StageState, cmd: string[]): Promise<void> {
  const containerConfig = { ...structuredClone(state.config), Cmd: cmd };
  if (await probeCache(b, state, containerConfig)) return;
  const c = await createStepContainer(b, state, cmd);
  commitImage(b, state, containerConfig, null, c.id);
  await removeStepContainer(b, c);
}

/** Stores the step's image: the state's config, the layer (if it changed anything) and its history row. */
export function commitImage(b: Builder, state: StageState, containerConfig: ImageConfig, layerFs: MemFs | null, containerId: string, size = 0): Image {
  const parent = state.image;
  const created = b.engine.now();
  const empty = !layerFs || (layerFs.rootInode.entries?.size ?? 0) === 0;
  const layers: Layer[] = [...(parent?.layers ?? [])];
  if (!empty) layers.push({ diffId: `sha256:${sha256(layerTar(layerFs))}`, fs: layerFs, size });
  const config = { ...structuredClone(state.config), Image: parent?.id ?? '' };
  const img: Image = {
    id: '', parent: parent?.id ?? '', comment: '', created, container: containerId,
    containerConfig: { ...structuredClone(containerConfig), Image: parent?.id ?? '' }, dockerVersion: '20.10.24+dfsg1',
    author: state.maintainer, config, architecture: parent?.architecture ?? 'amd64', os: parent?.os ?? 'linux', layers,
    history: [...(parent?.history ?? []), { created, ...(state.maintainer ? { author: state.maintainer } : {}), created_by: (containerConfig.Cmd ?? []).join(' '), ...(empty ? { empty_layer: true } : {}) }],
    repoTags: [], repoDigests: [], lastTagTime: '',
  };
  if (b.kit) return commitKit(b, state, img, containerConfig);
  img.id = imageId(img);
  state.image = b.engine.images.add(img);
  return state.image;
}
