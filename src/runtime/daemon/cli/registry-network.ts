import type { Command } from './command.ts';

const def = (m: Promise<{ default: Command }>) => m.then((x) => x.default);

/** `docker network …`, one file per subcommand, and `system prune` (whose new part is the networks). */
export const NETWORK_COMMANDS: Record<string, () => Promise<Command>> = {
  'network create': () => def(import('./network/create.ts')),
  'network ls': () => def(import('./network/ls.ts')),
  'network inspect': () => def(import('./network/inspect.ts')),
  'network rm': () => def(import('./network/rm.ts')),
  'network prune': () => def(import('./network/prune.ts')),
  'network connect': () => def(import('./network/connect.ts')),
  'network disconnect': () => def(import('./network/disconnect.ts')),
  'system prune': () => def(import('./system/prune.ts')),
};
