import type { Command } from './command.ts';

/** Commands on a container's filesystem and processes (diff, commit, cp, export, top, port, stats, attach...). */
export const FILES_COMMANDS: Record<string, () => Promise<Command>> = {};
