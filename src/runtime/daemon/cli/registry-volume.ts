import type { Command } from './command.ts';

const def = (m: Promise<{ default: Command }>) => m.then((x) => x.default);

/** Volume commands and `system df` (which counts volumes). */
export const VOLUME_COMMANDS: Record<string, () => Promise<Command>> = {
  'volume create': () => def(import('./volume/create.ts')),
  'volume ls': () => def(import('./volume/ls.ts')),
  'volume inspect': () => def(import('./volume/inspect.ts')),
  'volume rm': () => def(import('./volume/rm.ts')),
  'volume prune': () => def(import('./volume/prune.ts')),
  'system df': () => def(import('./system/df.ts')),
};
