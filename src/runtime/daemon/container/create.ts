import { attachPlanned, type NetworkingRequest, planNetwork } from '../network/attach.ts';
import { signalNumber, type Engine } from '../engine.ts';
import { DaemonError } from '../errors.ts';
import { randomId } from '../ids.ts';
import type { Image } from '../image/image.ts';
import { generateName } from '../names.ts';
import type { ContainerConfig, HostConfig } from './config.ts';
import { Container } from './container.ts';
import { containerRootfs } from './rootfs.ts';
import { validateModes } from './ns-modes.ts';
import { checkResources } from './resources.ts';
import { checkTmpfs } from './tmpfs-opts.ts';
import { checkLogConfig } from './log-driver.ts';
import type { ApiMount } from '../volume/mountpoints.ts';
import { setApiMounts, setMountPoints } from '../volume/mountpoints.ts';
import { prepareMounts } from '../volume/plan.ts';

/** What the CLI sends to POST /containers/create: the user's config over the image's. */
export interface CreateRequest {
  name: string | null;
  image: Image;
  /** The image as the user typed it (Config.Image). */
  imageRef: string;
  /** Positional command after IMAGE; null = use the image's Cmd. */
  cmd: string[] | null;
  /** --entrypoint: null = not given, '' = reset to none. */
  entrypoint: string | null;
  env: string[];
  labels: Record<string, string>;
  workdir: string | null;
  user: string | null;
  hostname: string | null;
  domainname: string;
  tty: boolean;
  openStdin: boolean;
  attach: { stdin: boolean; stdout: boolean; stderr: boolean };
  exposedPorts: Record<string, object>;
  volumes: Record<string, object>;
  /** `--mount` specs (HostConfig.Mounts). */
  mounts?: ApiMount[];
  stopSignal: string | null;
  stopTimeout: number | null;
  hostConfig: HostConfig;
  /** --ip / --network-alias for the network in --network (network/attach.ts). */
  networking?: NetworkingRequest;
}

let seq = 0;

export function createContainer(engine: Engine, req: CreateRequest): Container {
  const img = req.image;
  if (req.name !== null) engine.checkName(req.name);
  validateModes(engine, req.hostConfig, req.hostname !== null);
  const networking = req.networking ?? { ipv4: '', aliases: [] };
  const userNetwork = planNetwork(engine, req.hostConfig, networking);
  checkResources(req.hostConfig, engine.host.machine.cpus);
  checkTmpfs(req.hostConfig.Tmpfs ?? {});
  checkLogConfig(req.hostConfig);
  if (req.stopSignal) {
    const sig = signalNumber(req.stopSignal);
    if (sig === undefined || sig <= 0 || sig > 64) throw new DaemonError(`Invalid signal: ${req.stopSignal}`, 400);
  }
  if (req.workdir && !req.workdir.startsWith('/')) {
    throw new DaemonError(`the working directory '${req.workdir}' is invalid, it needs to be an absolute path`, 400);
  }
  let entrypoint = img.config.Entrypoint;
  let cmd = img.config.Cmd;
  if (req.entrypoint !== null) {
    entrypoint = req.entrypoint === '' ? null : [req.entrypoint];
    cmd = null;
  }
  if (req.cmd !== null && req.cmd.length > 0) cmd = req.cmd;
  const argv = [...(entrypoint ?? []), ...(cmd ?? [])];
  if (argv.length === 0) throw new DaemonError('No command specified', 400);
  const id = randomId(engine.host.random);
  const name = (req.name ?? generateName(engine.host.random, (n) => engine.names.has(`/${n}`))).replace(/^\//, '');
  const labels = { ...(img.config.Labels ?? {}), ...req.labels };
  const config: ContainerConfig = {
    // --uts host / --network host: the container sees the host's name.
    Hostname: req.hostname ?? (req.hostConfig.UTSMode === 'host' || req.hostConfig.NetworkMode === 'host' ? engine.host.rootNs.uts.hostname : id.slice(0, 12)),
    Domainname: req.domainname,
    User: req.user ?? img.config.User ?? '',
    AttachStdin: req.attach.stdin,
    AttachStdout: req.attach.stdout,
    AttachStderr: req.attach.stderr,
    ...(Object.keys({ ...img.config.ExposedPorts, ...req.exposedPorts }).length ? { ExposedPorts: sortKeys({ ...img.config.ExposedPorts, ...req.exposedPorts }) } : {}),
    Tty: req.tty,
    OpenStdin: req.openStdin,
    StdinOnce: req.openStdin && req.attach.stdin,
    Env: img.config.Env == null && req.env.length === 0 ? null : [...(img.config.Env ?? []), ...req.env],
    Cmd: cmd,
    ...(img.config.Healthcheck ? { Healthcheck: img.config.Healthcheck } : {}),
    Image: req.imageRef,
    Volumes: Object.keys({ ...img.config.Volumes, ...req.volumes }).length ? sortKeys({ ...img.config.Volumes, ...req.volumes }) : null,
    WorkingDir: req.workdir ?? img.config.WorkingDir,
    Entrypoint: entrypoint,
    OnBuild: img.config.OnBuild ?? null,
    Labels: sortKeys(labels),
    ...(req.stopSignal ?? img.config.StopSignal ? { StopSignal: req.stopSignal ?? img.config.StopSignal } : {}),
    ...(req.stopTimeout !== null ? { StopTimeout: req.stopTimeout } : {}),
  };
  const mountPoints = prepareMounts(engine, req.hostConfig, req.mounts ?? [], config);
  const host = engine.host;
  const fs = containerRootfs(host, img);
  const c = new Container(id, name, engine.now(), host.clock.now, argv[0]!, argv.slice(1), config, req.hostConfig, img, fs.upper, fs.init, fs.rootfs, host.random.hex(64), () => host.clock.now);
  c.seq = ++seq;
  setMountPoints(c, mountPoints);
  setApiMounts(c, req.mounts ?? []);
  engine.register(c);
  attachPlanned(engine, c, userNetwork, networking);
  engine.events.add('container', 'create', c);
  return c;
}

/** Go maps print and marshal with sorted keys. */
export function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
