import type { AppletLoader } from './types.ts';

const def = (m: Promise<{ default: import('./types.ts').Applet }>) => m.then((x) => x.default);

/** systemd's tools and the kernel-module tools of the host; the service model is src/runtime/services. */
export const SERVICE_APPLETS: Record<string, AppletLoader> = {
  systemctl: () => def(import('./services/systemctl.ts')),
  service: () => def(import('./services/service.ts')),
  journalctl: () => def(import('./services/journalctl.ts')),
  lsmod: () => def(import('./services/lsmod.ts')),
  modprobe: () => def(import('./services/modprobe.ts')),
};
