import type { AppletLoader } from './types.ts';

const def = (m: Promise<{ default: import('./types.ts').Applet }>) => m.then((x) => x.default);

/** Accounts and identity switching (shadow-utils, util-linux su, sudo); one file per program under ./users/. */
export const USER_APPLETS: Record<string, AppletLoader> = {
  useradd: () => def(import('./users/useradd.ts')),
  usermod: () => def(import('./users/usermod.ts')),
  userdel: () => def(import('./users/userdel.ts')),
  groupadd: () => def(import('./users/groupadd.ts')),
  groupdel: () => def(import('./users/groupdel.ts')),
  gpasswd: () => def(import('./users/gpasswd.ts')),
  passwd: () => def(import('./users/passwd.ts')),
  chpasswd: () => def(import('./users/chpasswd.ts')),
  su: () => def(import('./users/su.ts')),
  sudo: () => def(import('./users/sudo.ts')),
  newgrp: () => def(import('./users/newgrp.ts')),
  sg: () => def(import('./users/newgrp.ts')),
  getent: () => def(import('./users/getent.ts')),
};
