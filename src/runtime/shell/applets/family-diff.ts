import type { AppletLoader } from './types.ts';

const def = (m: Promise<{ default: import('./types.ts').Applet }>) => m.then((x) => x.default);
void def;

/** diffutils (diff, cmp) on the diff package; one file per program under ./diff/. */
export const DIFF_APPLETS: Record<string, AppletLoader> = {};
