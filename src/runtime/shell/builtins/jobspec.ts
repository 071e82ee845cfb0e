import type { Shell } from '../interpreter/shell.ts';
import type { Job } from '../interpreter/jobs.ts';

/** Resolves `%1`, `%%`, `%+`, `%-`, `%name`, `%?text`. */
export function findJob(sh: Shell, spec: string): Job | undefined {
  const s = spec.slice(1);
  if (s === '' || s === '%' || s === '+') return sh.jobs.current();
  if (s === '-') return sh.jobs.previous();
  if (/^\d+$/.test(s)) return sh.jobs.get(Number(s));
  if (s.startsWith('?')) return sh.jobs.all().find((j) => j.command.includes(s.slice(1)));
  return sh.jobs.all().find((j) => j.command.startsWith(s));
}
