import type { Shell } from '../interpreter/shell.ts';

/** The directory stack as `dirs` shows it: current directory first, $HOME as ~. */
export function stackLine(sh: Shell): string {
  const home = sh.vars.get('HOME');
  const show = (d: string) => (home && (d === home || d.startsWith(`${home}/`)) ? `~${d.slice(home.length)}` : d);
  return [sh.vars.get('PWD') ?? sh.cwd, ...sh.dirStack].map(show).join(' ');
}
