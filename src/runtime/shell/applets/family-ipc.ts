import type { AppletLoader } from './types.ts';

const def = (m: Promise<{ default: import('./types.ts').Applet }>) => m.then((x) => x.default);

/** util-linux's System V IPC tools; the objects live in src/runtime/kernel/ipc, per IPC namespace. */
export const IPC_APPLETS: Record<string, AppletLoader> = {
  ipcmk: () => def(import('./ipc/ipcmk.ts')),
  ipcs: () => def(import('./ipc/ipcs.ts')),
  ipcrm: () => def(import('./ipc/ipcrm.ts')),
};
