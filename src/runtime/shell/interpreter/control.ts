/** Loop and function control are thrown through the interpreter and caught where they apply. */
export class BreakSignal {
  /** `status`: what the loop returns (1 after `break 0`, which leaves every loop). */
  constructor(public levels: number, readonly status = 0) {}
}
export class ContinueSignal {
  constructor(public levels: number) {}
}
export class ReturnSignal {
  constructor(readonly status: number) {}
}

/**
 * A shell error that aborts the current command list the way bash does for the non-interactive
 * shell (bad substitution, unbound variable under set -u, readonly assignment...). The message is
 * already printed; `status` is the resulting $?.
 */
export class ShellAbort {
  constructor(
    readonly status: number,
    /** When true the whole (non-interactive) shell exits, e.g. `set -u` failures. */
    readonly exitShell = false,
  ) {}
}

/**
 * bash -c exits 127 after an expansion error (set -u, ${x:?}), but a forked subshell running a
 * compound command, `( )` or `$( )`, exits 1 from the same error.
 */
export async function subshellAbortStatus(body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof ShellAbort && e.exitShell && e.status === 127) throw new ShellAbort(1, true);
    throw e;
  }
}
