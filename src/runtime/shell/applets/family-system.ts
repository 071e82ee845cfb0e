import type { AppletLoader } from './types.ts';

const def = (m: Promise<{ default: import('./types.ts').Applet }>) => m.then((x) => x.default);

/** Programs about processes, users, time and the machine (procps, util-linux, coreutils). */
export const SYSTEM_APPLETS: Record<string, AppletLoader> = {
  true: () => def(import('./system/true.ts')),
  false: () => def(import('./system/false.ts')),
  sleep: () => def(import('./system/sleep.ts')),
};
