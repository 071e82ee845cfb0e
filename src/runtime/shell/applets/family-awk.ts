import type { AppletLoader } from './types.ts';

const def = (m: Promise<{ default: import('./types.ts').Applet }>) => m.then((x) => x.default);

/** Programs of the awk family; one file per program under ./awk/ (Ubuntu's awk and nawk are mawk). */
export const AWK_APPLETS: Record<string, AppletLoader> = {
  awk: () => def(import('./awk/awk.ts')),
  mawk: () => def(import('./awk/awk.ts')),
  nawk: () => def(import('./awk/awk.ts')),
};
