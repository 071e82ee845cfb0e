import type { Command } from './command.ts';

const def = (m: Promise<{ default: Command }>) => m.then((x) => x.default);

/** Image commands (images, tag, rmi, history, save, load, import, pull, search, prune...). */
export const IMAGE_COMMANDS: Record<string, () => Promise<Command>> = {
  'image build': () => def(import('./image/build.ts')),
  'image ls': () => def(import('./image/ls.ts')),
  'image tag': () => def(import('./image/tag.ts')),
  'image rm': () => def(import('./image/rm.ts')),
  'image history': () => def(import('./image/history.ts')),
  'image save': () => def(import('./image/save.ts')),
  'image load': () => def(import('./image/load.ts')),
  'image prune': () => def(import('./image/prune.ts')),
  'image import': () => def(import('./image/import.ts')),
  'image pull': () => def(import('./image/pull.ts')),
  'image push': () => def(import('./image/push.ts')),
  search: () => def(import('./image/search.ts')),
  login: () => def(import('./image/login.ts')),
  logout: () => def(import('./image/logout.ts')),
};
