import type { AppletLoader } from './types.ts';

const def = (m: Promise<{ default: import('./types.ts').Applet }>) => m.then((x) => x.default);

/** Package managers over an offline catalog: apt/dpkg (ubuntu, debian), apk (alpine), yum/rpm (centos). */
export const PKG_APPLETS: Record<string, AppletLoader> = {
  'apt-get': () => def(import('./pkg/apt-get.ts')),
  apt: () => def(import('./pkg/apt-get.ts')),
  dpkg: () => def(import('./pkg/dpkg.ts')),
  'dpkg-query': () => def(import('./pkg/dpkg.ts')),
  apk: () => def(import('./pkg/apk.ts')),
  yum: () => def(import('./pkg/yum.ts')),
  rpm: () => def(import('./pkg/rpm.ts')),
};
