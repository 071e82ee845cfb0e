import type { AppletLoader } from './types.ts';

const def = (m: Promise<{ default: import('./types.ts').Applet }>) => m.then((x) => x.default);

/** Programs of the regex family; one file per program under ./regex/ (egrep and fgrep are grep). */
export const REGEX_APPLETS: Record<string, AppletLoader> = {
  grep: () => def(import('./regex/grep.ts')),
  egrep: () => def(import('./regex/grep.ts')),
  fgrep: () => def(import('./regex/grep.ts')),
  sed: () => def(import('./regex/sed.ts')),
};
