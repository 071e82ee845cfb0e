import { type Image, type ImageConfig, imageSize } from '../image/image.ts';

/** An image config rendered as the full container.Config struct the engine stores. */
export function configJson(c: ImageConfig | null): Record<string, unknown> {
  const x = c ?? { User: '', Env: null, Cmd: null, Volumes: null, WorkingDir: '', Entrypoint: null, OnBuild: null, Labels: null };
  return {
    Hostname: x.Hostname ?? '', Domainname: x.Domainname ?? '', User: x.User ?? '', AttachStdin: false, AttachStdout: false, AttachStderr: false,
    ...(x.ExposedPorts ? { ExposedPorts: x.ExposedPorts } : {}),
    Tty: false, OpenStdin: false, StdinOnce: false, Env: x.Env ?? null, Cmd: x.Cmd ?? null,
    ...(x.Healthcheck ? { Healthcheck: x.Healthcheck } : {}),
    ...(x.ArgsEscaped ? { ArgsEscaped: true } : {}),
    Image: x.Image ?? '', Volumes: x.Volumes ?? null, WorkingDir: x.WorkingDir ?? '', Entrypoint: x.Entrypoint ?? null,
    OnBuild: x.OnBuild ?? null, Labels: x.Labels ?? null,
    ...(x.StopSignal ? { StopSignal: x.StopSignal } : {}),
    ...(x.Shell ? { Shell: x.Shell } : {}),
  };
}

/** overlay2's cache id of a layer chain: stable per (layer, position) in the model. */
const cacheId = (img: Image, i: number): string => img.layers[i]!.diffId.slice(7);

/** GET /images/{id}/json of Engine 20.10. */
export function imageJson(img: Image): Record<string, unknown> {
  const base = '/var/lib/docker/overlay2';
  const n = img.layers.length;
  const data: Record<string, string> = {};
  if (n > 1) data.LowerDir = img.layers.slice(0, -1).map((_, i) => `${base}/${cacheId(img, i)}/diff`).reverse().join(':');
  if (n > 0) {
    const top = `${base}/${cacheId(img, n - 1)}`;
    Object.assign(data, { MergedDir: `${top}/merged`, UpperDir: `${top}/diff`, WorkDir: `${top}/work` });
  }
  const size = imageSize(img);
  return {
    Id: img.id, RepoTags: img.repoTags, RepoDigests: img.repoDigests, Parent: img.parent, Comment: img.comment,
    Created: img.created, Container: img.container, ContainerConfig: configJson(img.containerConfig),
    DockerVersion: img.dockerVersion, Author: img.author, Config: configJson(img.config), Architecture: img.architecture,
    Os: img.os, Size: size, VirtualSize: size, GraphDriver: { Data: data, Name: 'overlay2' },
    RootFS: { Type: 'layers', ...(n ? { Layers: img.layers.map((l) => l.diffId) } : {}) },
    Metadata: { LastTagTime: img.lastTagTime || '0001-01-01T00:00:00Z' },
  };
}
