import type { Command } from './command.ts';

type Loader = () => Promise<Command>;
const def = (m: Promise<{ default: Command }>) => m.then((x) => x.default);

/** Commands on a container's filesystem and processes (diff, commit, cp, export, top, port, stats, attach...). */
export const FILES_COMMANDS: Record<string, Loader> = {
  'container diff': () => def(import('./files/diff.ts')),
  'container commit': () => def(import('./files/commit.ts')),
  'container export': () => def(import('./files/export.ts')),
  'container cp': () => def(import('./files/cp.ts')),
  'container top': () => def(import('./files/top.ts')),
  'container port': () => def(import('./files/port.ts')),
  'container stats': () => def(import('./files/stats.ts')),
  'container update': () => def(import('./files/update.ts')),
  'container attach': () => def(import('./files/attach.ts')),
  'container prune': () => def(import('./files/prune.ts')),
};
