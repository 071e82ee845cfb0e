import type { AppletLoader } from './types.ts';

const def = (m: Promise<{ default: import('./types.ts').Applet }>) => m.then((x) => x.default);

/** Programs about processes, users, time and the machine (procps, util-linux, coreutils). */
export const SYSTEM_APPLETS: Record<string, AppletLoader> = {
  true: () => def(import('./system/true.ts')),
  false: () => def(import('./system/false.ts')),
  sleep: () => def(import('./system/sleep.ts')),
  date: () => def(import('./system/date.ts')),
  ps: () => def(import('./system/ps.ts')),
  top: () => def(import('./system/top.ts')),
  uname: () => def(import('./system/uname.ts')),
  arch: () => def(import('./system/arch.ts')),
  nproc: () => def(import('./system/nproc.ts')),
  tty: () => def(import('./system/tty.ts')),
  id: () => def(import('./system/id.ts')),
  whoami: () => def(import('./system/whoami.ts')),
  groups: () => def(import('./system/groups.ts')),
  logname: () => def(import('./system/logname.ts')),
  users: () => def(import('./system/users.ts')),
  who: () => def(import('./system/who.ts')),
  env: () => def(import('./system/env.ts')),
  printenv: () => def(import('./system/printenv.ts')),
  free: () => def(import('./system/free.ts')),
  kill: () => def(import('./system/kill.ts')),
  xargs: () => def(import('./system/xargs.ts')),
  clear: () => def(import('./system/clear.ts')),
  uptime: () => def(import('./system/uptime.ts')),
  pgrep: () => def(import('./system/pgrep.ts')),
  pkill: () => def(import('./system/pgrep.ts')),
  pidof: () => def(import('./system/pidof.ts')),
  nohup: () => def(import('./system/nohup.ts')),
  nice: () => def(import('./system/nice.ts')),
  timeout: () => def(import('./system/timeout.ts')),
};
