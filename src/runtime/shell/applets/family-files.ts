import type { AppletLoader } from './types.ts';

import { trackLoad } from '../../loading.ts';
import { withInfoOptions } from './files/info-options.ts';

// trackLoad: a module load is real I/O the scheduler must wait for (see loading.ts).
const texts = () => trackLoad(import('./files/info-texts.ts')).then((m) => m.INFO_TEXTS);
const def = (m: Promise<{ default: import('./types.ts').Applet }>) => m.then((x) => withInfoOptions(x.default, texts));

/** Programs that work on files and directories (coreutils, findutils, tar, gzip). */
export const FILE_APPLETS: Record<string, AppletLoader> = {
  cat: () => def(import('./files/cat.ts')),
  ls: () => def(import('./files/ls.ts')),
  stat: () => def(import('./files/stat.ts')),
  find: () => def(import('./files/find.ts')),
  du: () => def(import('./files/du.ts')),
  df: () => def(import('./files/df.ts')),
  readlink: () => def(import('./files/readlink.ts')),
  realpath: () => def(import('./files/realpath.ts')),
  mktemp: () => def(import('./files/mktemp.ts')),
  pwd: () => def(import('./files/pwd.ts')),
};
