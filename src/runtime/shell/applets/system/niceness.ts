import type { Process } from '../../../kernel/proc/process.ts';

/**
 * Scheduling niceness per task. The kernel model has no nice value yet, so `nice` records it
 * here and children inherit it through their ancestry, as fork copies it.
 */
const values = new WeakMap<Process, number>();

export function niceOf(p: Process): number {
  for (let q: Process | null = p; q; q = q.parent) {
    const v = values.get(q);
    if (v !== undefined) return v;
  }
  return 0;
}

export function setNice(p: Process, value: number): void {
  values.set(p, Math.max(-20, Math.min(19, value)));
}
