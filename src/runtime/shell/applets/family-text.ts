import type { AppletLoader } from './types.ts';

const def = (m: Promise<{ default: import('./types.ts').Applet }>) => m.then((x) => x.default);

/** Programs that transform text streams (coreutils text tools, grep, sed, awk). */
export const TEXT_APPLETS: Record<string, AppletLoader> = {
  echo: () => def(import('./text/echo.ts')),
  head: () => def(import('./text/head.ts')),
  tail: () => def(import('./text/tail.ts')),
  wc: () => def(import('./text/wc.ts')),
  sort: () => def(import('./text/sort.ts')),
  uniq: () => def(import('./text/uniq.ts')),
  cut: () => def(import('./text/cut.ts')),
  tr: () => def(import('./text/tr.ts')),
  tee: () => def(import('./text/tee.ts')),
  tac: () => def(import('./text/tac.ts')),
  fold: () => def(import('./text/fold.ts')),
  expand: () => def(import('./text/expand.ts')),
  unexpand: () => def(import('./text/unexpand.ts')),
};
