import type { Host } from '../runtime/host.ts';

/** Replays (validate, grading) assume a student pauses this long between two commands. */
export const REPLAY_THINK_MS = 2000;
/** In the TUI the real pause counts, up to this: a student back from lunch should not find hours of logs. */
export const MAX_THINK_MS = 60_000;

/**
 * Lets virtual time pass on the host with every background process running, as if the student
 * had been thinking: a container printing `hello` every 2 s has logged again meanwhile.
 */
export async function letTimePass(host: Host, ms: number): Promise<void> {
  if (ms <= 0) return;
  let cancel: () => void = () => {};
  const due = new Promise<void>((resolve) => (cancel = host.clock.setTimer(ms, resolve)));
  const r = await host.kernel.runUntil(due);
  cancel();
  if (typeof r === 'object' && 'error' in r) throw r.error;
}
