import type { Command } from './command.ts';

/** Image commands (images, tag, rmi, history, save, load, import, pull, search, prune...). */
export const IMAGE_COMMANDS: Record<string, () => Promise<Command>> = {};
