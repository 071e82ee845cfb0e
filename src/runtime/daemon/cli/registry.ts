import type { Command } from './command.ts';
import { FILES_COMMANDS } from './registry-files.ts';
import { IMAGE_COMMANDS } from './registry-image.ts';
import { VOLUME_COMMANDS } from './registry-volume.ts';
import { NETWORK_COMMANDS } from './registry-network.ts';

type Loader = () => Promise<Command>;
const def = (m: Promise<{ default: Command }>) => m.then((x) => x.default);

/** Canonical command path (as the front end names it) → implementation, one file per command. */
export const COMMANDS: Record<string, Loader> = {
  'container run': () => def(import('./container/run.ts')),
  'container create': () => def(import('./container/create.ts')),
  'container start': () => def(import('./container/start.ts')),
  'container stop': () => def(import('./container/stop.ts')),
  'container restart': () => def(import('./container/restart.ts')),
  'container kill': () => def(import('./container/kill.ts')),
  'container wait': () => def(import('./container/wait.ts')),
  'container rm': () => def(import('./container/rm.ts')),
  'container rename': () => def(import('./container/rename.ts')),
  'container pause': () => import('./container/pause.ts').then((m) => m.pause),
  'container unpause': () => import('./container/pause.ts').then((m) => m.unpause),
  'container logs': () => def(import('./container/logs.ts')),
  'container exec': () => def(import('./container/exec.ts')),
  'container ls': () => def(import('./ps/ps.ts')),
  'container inspect': () => import('./inspect/inspect.ts').then((m) => m.containerInspect),
  'image inspect': () => import('./inspect/inspect.ts').then((m) => m.imageInspect),
  version: () => def(import('./system/version.ts')),
  'system info': () => def(import('./system/info.ts')),
  'system events': () => def(import('./system/events.ts')),
  inspect: () => import('./inspect/inspect.ts').then((m) => m.inspect),
  ...IMAGE_COMMANDS,
  ...FILES_COMMANDS,
  ...VOLUME_COMMANDS,
  ...NETWORK_COMMANDS,
};
