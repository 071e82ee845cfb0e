import type { AppletLoader } from './types.ts';

const def = (m: Promise<{ default: import('./types.ts').Applet }>) => m.then((x) => x.default);
void def;

/** Small coreutils text and number programs (seq, nl, paste, base64, checksums, expr...); one file per program under ./textutils/. */
export const TEXTUTILS_APPLETS: Record<string, AppletLoader> = {};
