import type { Target } from './switch-user.ts';

/** env_keep and env_check of sudo 1.9.9's defaults: what env_reset lets through from the caller. */
const KEEP = new Set(['COLORS', 'DISPLAY', 'HOSTNAME', 'KRB5CCNAME', 'LS_COLORS', 'PATH', 'PS1', 'PS2', 'TZ', 'XAUTHORITY', 'XAUTHORIZATION', 'XDG_CURRENT_DESKTOP']);
const CHECK = new Set(['COLORTERM', 'LANG', 'LANGUAGE', 'LINGUAS', 'TERM', 'TZ']);
// env_check variables survive only with values free of '/' and '%'.
const keep = (name: string, value: string) => KEEP.has(name) || ((CHECK.has(name) || name.startsWith('LC_')) && !/[%/]/.test(value));

export interface EnvPlan {
  caller: { name: string; uid: number; gid: number; shell: string };
  target: Target;
  login: boolean;
  preserve: boolean;
  securePath: string | null;
  command: string;
}

/** rebuild_env: kept variables in the caller's order, then MAIL, LOGNAME, USER, HOME, SHELL, … SUDO_*. */
export function sudoEnv(callerEnv: Map<string, string>, p: EnvPlan): Map<string, string> {
  const env = new Map<string, string>();
  if (p.preserve && !p.login) for (const [k, v] of callerEnv) env.set(k, v);
  else for (const [k, v] of callerEnv) if (keep(k, v)) env.set(k, v);
  const setNew = (k: string, v: string) => {
    env.delete(k);
    env.set(k, v);
  };
  if (p.login) {
    setNew('SHELL', p.target.shell);
    setNew('LOGNAME', p.target.name);
    setNew('USER', p.target.name);
  }
  if (!p.preserve || p.login) setNew('MAIL', `/var/mail/${p.target.name}`);
  if (!p.login) {
    env.set('LOGNAME', p.target.name);
    env.set('USER', p.target.name);
  }
  setNew('HOME', p.target.home);
  if (!env.has('SHELL')) env.set('SHELL', p.caller.shell);
  if (!env.has('TERM')) env.set('TERM', 'unknown');
  if (!env.has('PATH')) env.set('PATH', '/usr/bin:/bin:/usr/sbin:/sbin');
  if (p.securePath !== null) env.set('PATH', p.securePath);
  env.set('SUDO_COMMAND', p.command);
  env.set('SUDO_USER', p.caller.name);
  env.set('SUDO_UID', String(p.caller.uid));
  env.set('SUDO_GID', String(p.caller.gid));
  return env;
}

/** How sudo -i / -s pass a command to the shell: every non-alphanumeric byte except _ - $ escaped. */
export function shellEscape(args: string[]): string {
  return args.map((a) => a.replace(/[^A-Za-z0-9_\-$]/g, '\\$&')).join(' ');
}
