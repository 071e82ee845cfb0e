import type { AppletLoader } from './types.ts';

const def = (m: Promise<{ default: import('./types.ts').Applet }>) => m.then((x) => x.default);
void def;

/** Programs of the regex family; one file per program under ./regex/. */
export const REGEX_APPLETS: Record<string, AppletLoader> = {};
