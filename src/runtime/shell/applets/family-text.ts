import type { AppletLoader } from './types.ts';

const def = (m: Promise<{ default: import('./types.ts').Applet }>) => m.then((x) => x.default);

/** Programs that transform text streams (coreutils text tools, grep, sed, awk). */
export const TEXT_APPLETS: Record<string, AppletLoader> = {
  echo: () => def(import('./text/echo.ts')),
  head: () => def(import('./text/head.ts')),
  tail: () => def(import('./text/tail.ts')),
};
