import type { AppletLoader } from './types.ts';

const def = (m: Promise<{ default: import('./types.ts').Applet }>) => m.then((x) => x.default);

/** Small coreutils text and number programs (seq, nl, paste, base64, checksums, expr...); one file per program under ./textutils/. */
export const TEXTUTILS_APPLETS: Record<string, AppletLoader> = {
  seq: () => def(import('./textutils/seq.ts')),
  yes: () => def(import('./textutils/yes.ts')),
  rev: () => def(import('./textutils/rev.ts')),
  basename: () => def(import('./textutils/basename.ts')),
  dirname: () => def(import('./textutils/dirname.ts')),
  nl: () => def(import('./textutils/nl.ts')),
  paste: () => def(import('./textutils/paste.ts')),
  base64: () => def(import('./textutils/base64.ts')),
  md5sum: () => def(import('./textutils/md5sum.ts')),
  sha1sum: () => def(import('./textutils/md5sum.ts')),
  sha256sum: () => def(import('./textutils/md5sum.ts')),
  sha512sum: () => def(import('./textutils/md5sum.ts')),
  expr: () => def(import('./textutils/expr.ts')),
  printf: () => def(import('./textutils/printf.ts')),
  factor: () => def(import('./textutils/factor.ts')),
  numfmt: () => def(import('./textutils/numfmt.ts')),
  sha224sum: () => def(import('./textutils/md5sum.ts')),
  sha384sum: () => def(import('./textutils/md5sum.ts')),
  b2sum: () => def(import('./textutils/md5sum.ts')),
  base32: () => def(import('./textutils/base64.ts')),
};
