import type { Process } from '../../kernel/proc/process.ts';
import { SIGNALS } from '../../kernel/proc/signals.ts';
import { Interrupted } from '../../kernel/stream.ts';

/** The server installs handlers for these signals (sigaction), so they are queued, not fatal. */
export function handleSignals(proc: Process, names: readonly string[]): void {
  for (const n of names) proc.dispositions.set(SIGNALS[n]!, 'handle');
}

/**
 * sigsuspend(2): blocks until handled signals arrive and returns them in arrival order. A fatal
 * signal (SIGKILL, or one left at its default) ends the program as it would the real one.
 */
export async function awaitSignals(proc: Process): Promise<number[]> {
  for (;;) {
    if (proc.pendingSignals.length > 0) return proc.pendingSignals.splice(0);
    try {
      await proc.wait<void>(() => () => {});
    } catch (e) {
      if (!(e instanceof Interrupted) || e.fatal) throw e;
    }
  }
}

/**
 * Who sent a signal, when the model knows it: `nginx -s` and `kill` inside the container record
 * it here so the receiver can log "received from PID" as nginx does. The engine's signals come
 * from outside the container's pid namespace, where the sender's pid reads as 0 (not logged).
 */
const senders = new WeakMap<Process, Map<number, number>>();

export function noteSender(target: Process, sig: number, senderPid: number): void {
  let m = senders.get(target);
  if (!m) senders.set(target, (m = new Map()));
  m.set(sig, senderPid);
}

export function takeSender(target: Process, sig: number): number {
  const m = senders.get(target);
  const pid = m?.get(sig) ?? 0;
  m?.delete(sig);
  return pid;
}
