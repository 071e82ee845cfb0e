import type { CharDevice } from '../../kernel/fs/devices.ts';
import type { Errno } from '../../kernel/fs/errors.ts';
import type { Vfs } from '../../kernel/fs/vfs.ts';
import type { Process } from '../../kernel/proc/process.ts';
import { ProcessAbort } from '../../kernel/stream.ts';

/** How the kernel would exec a file: a program to run, a script for the shell, or an errno. */
export type ProgramLoad =
  | { kind: 'program'; run: (proc: Process, argv: string[]) => Promise<number> }
  | { kind: 'script'; interpreter: string[]; path: string }
  | { kind: 'error'; errno: Errno };

/** Steps allowed per top-level command line; past it the line is stopped like Ctrl-C. */
export class StepBudget {
  steps = 0;
  tripped = false;
  /** Tripped by Ctrl-C rather than by running out of steps. */
  interrupted = false;
  constructor(public limit: number) {}
  reset(limit = this.limit): void {
    this.steps = 0;
    this.tripped = false;
    this.interrupted = false;
    this.limit = limit;
  }
}

/** What the shell needs from the host: devices, binfmt, budgets. */
export interface ShellSystem {
  readonly devices: Map<number, CharDevice>;
  loadProgram(vfs: Vfs, path: string): ProgramLoad;
  readonly budget: StepBudget;
  /** Builds the shell that runs a script or `bash -c` in a new process. */
  readonly shellMain: (proc: Process, argv: string[]) => Promise<number>;
}

/** The line ran out of steps: it ends as if interrupted (SIGINT, status 130). */
export class BudgetExceeded extends ProcessAbort {
  constructor() {
    super(2, 'step budget exceeded');
  }
}
