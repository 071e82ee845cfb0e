import type { AppletLoader } from './types.ts';

const def = (m: Promise<{ default: import('./types.ts').Applet }>) => m.then((x) => x.default);

/** util-linux programs around namespaces and mounts (unshare, nsenter, mount, umount, hostname...); one file per program under ./nsutils/. */
export const NS_APPLETS: Record<string, AppletLoader> = {
  unshare: () => def(import('./nsutils/unshare.ts')),
  hostname: () => def(import('./nsutils/hostname.ts')),
  mount: () => def(import('./nsutils/mount.ts')),
  umount: () => def(import('./nsutils/umount.ts')),
  nsenter: () => def(import('./nsutils/nsenter.ts')),
  lsns: () => def(import('./nsutils/lsns.ts')),
  ip: () => def(import('./nsutils/ip.ts')),
};
