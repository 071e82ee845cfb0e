import type { PodmanCommand } from '../call.ts';

/** podman 4.3.1 as Debian bookworm builds it (no build date recorded, hence the epoch). */
export const version: PodmanCommand = async (call) => {
  const f = call.opts.str('format');
  if (f === '{{.Client.Version}}' || f === '{{.Version}}') return call.out('4.3.1\n').then(() => 0);
  await call.out('Client:       Podman Engine\nVersion:      4.3.1\nAPI Version:  4.3.1\nGo Version:   go1.19.8\nBuilt:        Thu Jan  1 00:00:00 1970\nOS/Arch:      linux/amd64\n');
  return 0;
};

/** The basic `podman info` fields the lessons read; the full report is not modelled yet. */
export const info: PodmanCommand = async (call) => {
  const rootless = call.uid !== 0;
  const home = call.ctx.env.get('HOME') ?? '/root';
  const images = call.engine.images.all().length;
  const ctrs = [...call.engine.containers.values()];
  const running = ctrs.filter((c) => c.state.Running).length;
  const graph = rootless ? `${home}/.local/share/containers/storage` : '/var/lib/containers/storage';
  const run = rootless ? `/run/user/${call.uid}/containers` : '/run/containers/storage';
  await call.out(`host:\n  arch: amd64\n  buildahVersion: 1.28.2\n  cgroupManager: cgroupfs\n  cgroupVersion: v1\n  hostname: ${call.host.rootNs.uts.hostname}\n  os: linux\n  security:\n    rootless: ${rootless}\n` +
    `store:\n  containerStore:\n    number: ${ctrs.length}\n    paused: 0\n    running: ${running}\n    stopped: ${ctrs.length - running}\n  graphDriverName: overlay\n  graphRoot: ${graph}\n  imageStore:\n    number: ${images}\n  runRoot: ${run}\n` +
    `version:\n  APIVersion: 4.3.1\n  Built: 0\n  BuiltTime: Thu Jan  1 00:00:00 1970\n  GitCommit: ""\n  GoVersion: go1.19.8\n  Os: linux\n  OsArch: linux/amd64\n  Version: 4.3.1\n`);
  return 0;
};

