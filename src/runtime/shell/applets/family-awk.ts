import type { AppletLoader } from './types.ts';

const def = (m: Promise<{ default: import('./types.ts').Applet }>) => m.then((x) => x.default);
void def;

/** Programs of the awk family; one file per program under ./awk/. */
export const AWK_APPLETS: Record<string, AppletLoader> = {};
