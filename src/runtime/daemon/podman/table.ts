import type { PodmanCommand } from './call.ts';
import { RUN_HELP } from './help/run.ts';
import { CREATE_HELP } from './help/create.ts';
import { BUILD_HELP } from './help/build.ts';
import { IMAGE_HELP } from './help/image.ts';
import { PS_HELP, IMAGES_HELP, RMI_HELP, TAG_HELP, PULL_HELP, COMMIT_HELP, INSPECT_HELP, VERSION_HELP, INFO_HELP } from './help/images.ts';
import { EXEC_HELP, STOP_HELP, START_HELP, RM_HELP, LOGS_HELP } from './help/containers.ts';

type Load = () => Promise<PodmanCommand>;
const def = (m: Promise<{ default: PodmanCommand }>) => m.then((x) => x.default);

/** How many arguments a command takes, with podman's own message when the count is wrong. */
export type ArgCheck = (n: number) => string | null;
const min = (k: number): ArgCheck => (n) => (n < k ? `requires at least ${k} arg(s), only received ${n}` : null);
const atLeastOne = (msg: string): ArgCheck => (n) => (n < 1 ? msg : null);
const none = (name: string): ArgCheck => (n) => (n > 0 ? `\`podman ${name}\` takes no arguments` : null);

export interface Entry {
  help: string;
  load: Load;
  args?: ArgCheck;
  /** run/create/exec: flags after the first argument belong to the container's command */
  stopAtArg?: boolean;
}

export const COMMANDS: Record<string, Entry> = {
  run: { help: RUN_HELP, load: () => def(import('./commands/run.ts')), args: min(1), stopAtArg: true },
  create: { help: CREATE_HELP, load: () => import('./commands/run.ts').then((m) => m.create), args: min(1), stopAtArg: true },
  ps: { help: PS_HELP, load: () => def(import('./commands/ps.ts')), args: none('ps') },
  images: { help: IMAGES_HELP, load: () => def(import('./commands/images.ts')), args: (n) => (n > 1 ? `accepts at most 1 arg(s), received ${n}` : null) },
  exec: { help: EXEC_HELP, load: () => def(import('./commands/exec.ts')), stopAtArg: true },
  stop: { help: STOP_HELP, load: () => import('./commands/lifecycle.ts').then((m) => m.stop), args: atLeastOne('you must provide at least one name or id') },
  start: { help: START_HELP, load: () => import('./commands/lifecycle.ts').then((m) => m.start), args: atLeastOne('start requires at least one argument') },
  rm: { help: RM_HELP, load: () => import('./commands/lifecycle.ts').then((m) => m.rm), args: atLeastOne('you must provide at least one name or id') },
  rmi: { help: RMI_HELP, load: () => def(import('./commands/rmi.ts')), args: atLeastOne('image name or ID must be specified') },
  pull: { help: PULL_HELP, load: () => def(import('./commands/pull.ts')), args: min(1) },
  inspect: { help: INSPECT_HELP, load: () => def(import('./commands/inspect.ts')), args: atLeastOne('no names or ids specified') },
  logs: { help: LOGS_HELP, load: () => def(import('./commands/logs.ts')), args: atLeastOne('specify at least one container name or ID to log') },
  commit: { help: COMMIT_HELP, load: () => def(import('./commands/commit.ts')), args: (n) => (n < 1 || n > 2 ? `accepts between 1 and 2 arg(s), received ${n}` : null) },
  tag: { help: TAG_HELP, load: () => def(import('./commands/tag.ts')), args: min(2) },
  version: { help: VERSION_HELP, load: () => import('./commands/version.ts').then((m) => m.version), args: none('version') },
  info: { help: INFO_HELP, load: () => import('./commands/version.ts').then((m) => m.info), args: none('info') },
  build: { help: BUILD_HELP, load: () => def(import('./commands/build.ts')), args: (n) => (n > 1 ? `accepts at most 1 arg(s), received ${n}` : null) },
  image: { help: IMAGE_HELP, load: () => def(import('./commands/image.ts')), stopAtArg: true },
};
