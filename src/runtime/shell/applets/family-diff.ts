import type { AppletLoader } from './types.ts';

const def = (m: Promise<{ default: import('./types.ts').Applet }>) => m.then((x) => x.default);

/** diffutils (diff, cmp); one file per program under ./diff/. */
export const DIFF_APPLETS: Record<string, AppletLoader> = {
  diff: () => def(import('./diff/diff.ts')),
  cmp: () => def(import('./diff/cmp.ts')),
  patch: () => def(import('./diff/patch.ts')),
};
