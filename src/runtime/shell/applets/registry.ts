import type { Applet, AppletLoader } from './types.ts';
import { trackLoad } from '../../loading.ts';

/**
 * name → lazy loader, one file per applet. Busybox runs the same implementations with
 * `flavor: 'busybox'`, so each applet keeps both tools' texts in one place.
 * Families are split so each table stays small; see family-*.ts.
 */
import { FILE_APPLETS } from './family-files.ts';
import { TEXT_APPLETS } from './family-text.ts';
import { SYSTEM_APPLETS } from './family-system.ts';
import { REGEX_APPLETS } from './family-regex.ts';
import { AWK_APPLETS } from './family-awk.ts';
import { FILEOPS_APPLETS } from './family-fileops.ts';
import { TEXTUTILS_APPLETS } from './family-textutils.ts';
import { DIFF_APPLETS } from './family-diff.ts';
import { NS_APPLETS } from './family-nsutils.ts';
import { USER_APPLETS } from './family-users.ts';
import { MISC_APPLETS } from './family-misc.ts';
import { PKG_APPLETS } from './family-pkg.ts';
import { DOCKER_APPLETS } from './family-docker.ts';
import { SERVICE_APPLETS } from './family-services.ts';
import { IPC_APPLETS } from './family-ipc.ts';
import { CGTOOLS_APPLETS } from './family-cgtools.ts';

const LOADERS: Record<string, AppletLoader> = { ...FILE_APPLETS, ...TEXT_APPLETS, ...SYSTEM_APPLETS, ...REGEX_APPLETS, ...AWK_APPLETS, ...FILEOPS_APPLETS, ...TEXTUTILS_APPLETS, ...DIFF_APPLETS, ...NS_APPLETS, ...USER_APPLETS, ...MISC_APPLETS, ...PKG_APPLETS, ...DOCKER_APPLETS, ...SERVICE_APPLETS, ...CGTOOLS_APPLETS, ...IPC_APPLETS };

const cache = new Map<string, Applet>();

export function hasApplet(name: string): boolean {
  return Object.hasOwn(LOADERS, name);
}

export function appletNames(): string[] {
  return Object.keys(LOADERS).sort();
}

export async function loadApplet(name: string): Promise<Applet | undefined> {
  const hit = cache.get(name);
  if (hit) return hit;
  if (!Object.hasOwn(LOADERS, name)) return undefined;
  const a = await trackLoad(LOADERS[name]!());
  cache.set(name, a);
  return a;
}
