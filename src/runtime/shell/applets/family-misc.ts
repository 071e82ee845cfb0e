import type { AppletLoader } from './types.ts';

const def = (m: Promise<{ default: import('./types.ts').Applet }>) => m.then((x) => x.default);

/** Assorted coreutils, debianutils, util-linux and vim programs; one file per program under ./misc/. */
export const MISC_APPLETS: Record<string, AppletLoader> = {
  test: () => def(import('./misc/test.ts')),
  '[': () => def(import('./misc/test.ts')),
  which: () => def(import('./misc/which.ts')),
  od: () => def(import('./misc/od.ts')),
  comm: () => def(import('./misc/comm.ts')),
  join: () => def(import('./misc/join.ts')),
  cksum: () => def(import('./misc/cksum.ts')),
  sum: () => def(import('./misc/sum.ts')),
  shuf: () => def(import('./misc/shuf.ts')),
  split: () => def(import('./misc/split.ts')),
  xxd: () => def(import('./misc/xxd.ts')),
  hexdump: () => def(import('./misc/hexdump.ts')),
  column: () => def(import('./misc/column.ts')),
  more: () => def(import('./misc/more.ts')),
};
