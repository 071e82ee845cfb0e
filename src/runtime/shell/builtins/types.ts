import type { Command } from 'unbash';
import type { Shell } from '../interpreter/shell.ts';

export interface Builtin {
  run(sh: Shell, argv: string[], cmd?: Command): Promise<number>;
  /** POSIX special builtin (errors may exit a non-interactive shell; assignments persist in posix mode). */
  special?: boolean;
}

/** `bash: line 1: NAME: MESSAGE` */
export async function builtinError(sh: Shell, name: string, message: string): Promise<void> {
  await sh.diag(`${name}: ${message}`);
}

/** `NAME: usage: ...` after an invalid option, as bash prints it (status 2). */
export async function invalidOption(sh: Shell, name: string, opt: string, usage: string): Promise<number> {
  await sh.diag(`${name}: ${opt}: invalid option`);
  await sh.err(`${name}: usage: ${usage}\n`);
  return 2;
}
