import type { AppletLoader } from './types.ts';

const def = (m: Promise<{ default: import('./types.ts').Applet }>) => m.then((x) => x.default);
void def;

/** util-linux programs around namespaces and mounts (unshare, nsenter, mount, umount, hostname...); one file per program under ./nsutils/. */
export const NS_APPLETS: Record<string, AppletLoader> = {};
