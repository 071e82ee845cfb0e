import type { Shell } from './shell.ts';

/** Variables a new bash sets up: the environment (exported), then its own. */
export function initShellVars(sh: Shell, env: Map<string, string>, mode: 'bash' | 'sh'): void {
  for (const [k, v] of env) if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) sh.vars.set(k, v, { exported: true });
  const set = (k: string, v: string) => sh.vars.set(k, v);
  if (sh.vars.get('PATH') === undefined) set('PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
  set('IFS', ' \t\n');
  // Only an interactive bash has PS1/PS2 (bash.ts sets them when it becomes interactive).
  if (sh.interactive) set('PS2', '> ');
  set('PS4', '+ ');
  set('OPTIND', '1');
  set('OPTERR', '1');
  set('PPID', String(sh.proc.ppid));
  const shlvl = Number(env.get('SHLVL') ?? '0');
  sh.vars.set('SHLVL', String((Number.isFinite(shlvl) ? shlvl : 0) + 1), { exported: true });
  const pwd = env.get('PWD');
  sh.vars.set('PWD', pwd && pwd === sh.proc.cwd ? pwd : sh.proc.cwd, { exported: true });
  if (mode === 'bash') {
    set('BASH', '/usr/bin/bash');
    set('BASH_VERSION', '5.1.16(1)-release');
    sh.vars.setArray('BASH_VERSINFO', ['5', '1', '16', '1', 'release', 'x86_64-pc-linux-gnu']).readonly = true;
    set('HOSTNAME', sh.proc.ns.uts.hostname);
    set('HOSTTYPE', 'x86_64');
    set('MACHTYPE', 'x86_64-pc-linux-gnu');
    set('OSTYPE', 'linux-gnu');
    set('UID', String(sh.proc.creds.uid));
    set('EUID', String(sh.proc.creds.uid));
    set('SHELLOPTS', 'braceexpand:hashall:interactive-comments');
    set('BASHOPTS', 'checkwinsize:cmdhist:complete_fullquote:extquote:force_fignore:globasciiranges:hostcomplete:interactive_comments:progcomp:promptvars:sourcepath');
    sh.vars.lookup('UID')!.readonly = true;
    sh.vars.lookup('EUID')!.readonly = true;
    sh.vars.lookup('PPID')!.readonly = true;
  }
  if (mode === 'sh') sh.shopts.delete('extglob');
  else sh.shopts.delete('extglob');
}
