/**
 * Lazy module loads in flight. Loading code is real I/O outside the model, so while one is
 * pending the scheduler must neither advance virtual time nor declare a deadlock.
 * (Process-wide on purpose: it counts Node's module loading, not any host's state.)
 */
let pending = 0;

export function loadsPending(): boolean {
  return pending > 0;
}

export async function trackLoad<T>(load: Promise<T>): Promise<T> {
  pending++;
  try {
    return await load;
  } finally {
    pending--;
  }
}
