import type { AppletLoader } from './types.ts';

import { trackLoad } from '../../loading.ts';
import { withInfoOptions } from './files/info-options.ts';

// trackLoad: a module load is real I/O the scheduler must wait for (see loading.ts).
const texts = () => trackLoad(import('./fileops/info-texts.ts')).then((m) => m.INFO_TEXTS);
const def = (m: Promise<{ default: import('./types.ts').Applet }>) => m.then((x) => withInfoOptions(x.default, texts));

/** Programs that change files: coreutils' cp/mv/rm/mkdir/ln/chmod/chown/touch/dd…, tar and gzip. */
export const FILEOPS_APPLETS: Record<string, AppletLoader> = {
  cp: () => def(import('./fileops/cp.ts')),
  rm: () => def(import('./fileops/rm.ts')),
  mkdir: () => def(import('./fileops/mkdir.ts')),
  rmdir: () => def(import('./fileops/rmdir.ts')),
  mv: () => def(import('./fileops/mv.ts')),
  ln: () => def(import('./fileops/ln.ts')),
  touch: () => def(import('./fileops/touch.ts')),
  chmod: () => def(import('./fileops/chmod.ts')),
  chown: () => def(import('./fileops/chown.ts')),
  chgrp: () => def(import('./fileops/chown.ts')),
  install: () => def(import('./fileops/install.ts')),
  truncate: () => def(import('./fileops/truncate.ts')),
  unlink: () => def(import('./fileops/unlink.ts')),
  link: () => def(import('./fileops/unlink.ts')),
  sync: () => def(import('./fileops/sync.ts')),
  mkfifo: () => def(import('./fileops/mknod.ts')),
  mknod: () => def(import('./fileops/mknod.ts')),
  dd: () => def(import('./fileops/dd.ts')),
  gzip: () => def(import('./fileops/gzip.ts')),
  gunzip: () => def(import('./fileops/gzip.ts')),
  zcat: () => def(import('./fileops/gzip.ts')),
  tar: () => def(import('./fileops/tar.ts')),
};
