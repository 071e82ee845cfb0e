import type { AppletLoader } from './types.ts';

const def = (m: Promise<{ default: import('./types.ts').Applet }>) => m.then((x) => x.default);

/** libcgroup's tools (cgroup-tools 2.0, all in /usr/bin); they work on the kernel's cgroup model. */
export const CGTOOLS_APPLETS: Record<string, AppletLoader> = {
  cgcreate: () => def(import('./cgtools/cgcreate.ts')),
  cgset: () => def(import('./cgtools/cgset.ts')),
  cgget: () => def(import('./cgtools/cgget.ts')),
  cgexec: () => def(import('./cgtools/cgexec.ts')),
  cgdelete: () => def(import('./cgtools/cgdelete.ts')),
  cgclassify: () => def(import('./cgtools/cgclassify.ts')),
  lscgroup: () => def(import('./cgtools/lscgroup.ts')),
  lssubsys: () => def(import('./cgtools/lssubsys.ts')),
};
