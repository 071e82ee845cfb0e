import type { AppletContext } from '../../shell/applets/types.ts';
import type { Host } from '../../host.ts';
import type { Engine } from '../engine.ts';
import { DaemonError } from '../errors.ts';

/** Parsed flags of one command (the front end's result). */
export interface Opts {
  bool(n: string): boolean;
  str(n: string): string;
  list(n: string): string[];
  int(n: string): number;
  changed(n: string): boolean;
  /** bytes flags (-m 64m) in bytes; -1 for an explicit --memory-swap -1 */
  bytes(n: string): number;
  /** decimal flags (--cpus) in nano-CPUs */
  nanoCpus(n: string): number;
}

/** What a command implementation gets: the parsed command line, the engine and the program's streams. */
export interface Call {
  ctx: AppletContext;
  engine: Engine;
  host: Host;
  opts: Opts;
  args: string[];
  /** `docker run` or `docker container run`, as typed (error texts repeat it). */
  usedName: string;
  out(text: string): Promise<void>;
  err(text: string): Promise<void>;
}

export type Command = (call: Call) => Promise<number>;

/** `Error response from daemon: …` for commands that report engine errors plainly (exit 1). */
export async function daemonFailure(call: Call, e: unknown): Promise<number> {
  if (e instanceof DaemonError) {
    await call.err(`Error response from daemon: ${e.message}\n`);
    return 1;
  }
  throw e;
}

/**
 * Runs `each` on every argument like the CLI's multi-target commands (rm, stop, kill...): the name
 * on stdout for each success, the error on stderr for each failure, exit 1 if any failed.
 */
export async function forEachTarget(call: Call, targets: string[], each: (ref: string) => Promise<string | void>): Promise<string[]> {
  const failed: string[] = [];
  for (const ref of targets) {
    try {
      const shown = await each(ref);
      await call.out(`${shown ?? ref}\n`);
    } catch (e) {
      if (!(e instanceof DaemonError)) throw e;
      await call.err(`Error response from daemon: ${e.message}\n`);
      failed.push(ref);
    }
  }
  return failed;
}
