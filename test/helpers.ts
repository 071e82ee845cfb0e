import { createHost, type HostOptions } from '../src/runtime/host.ts';
import { type CommandResult, ShellSession } from '../src/runtime/session.ts';

/** A fresh host with a terminal session, as `lab exec --fresh` would have. */
export function newSession(options: HostOptions = {}): ShellSession {
  return new ShellSession(createHost({ seed: 1, ...options }));
}

/** Runs lines in order in one session. */
export async function runAll(session: ShellSession, lines: string[]): Promise<CommandResult[]> {
  const out: CommandResult[] = [];
  for (const l of lines) out.push(await session.run(l));
  return out;
}

export async function run1(line: string): Promise<CommandResult> {
  return newSession().run(line);
}
