import type { Shell } from '../interpreter/shell.ts';

/** The whole stack as bash numbers it: the current directory is entry 0. */
export function fullStack(sh: Shell): string[] {
  return [sh.vars.get('PWD') ?? sh.cwd, ...sh.dirStack];
}

/** `~` for $HOME unless `dirs -l`. */
export function showDir(sh: Shell, d: string, long = false): string {
  const home = sh.vars.get('HOME');
  return !long && home && (d === home || d.startsWith(`${home}/`)) ? `~${d.slice(home.length)}` : d;
}

/** The directory stack as `dirs` shows it: current directory first, $HOME as ~. */
export function stackLine(sh: Shell): string {
  return fullStack(sh).map((d) => showDir(sh, d)).join(' ');
}

/** `+N` counts from the left, `-N` from the right; null when out of range. */
export function stackIndex(arg: string, size: number): number | null {
  const n = Number(arg.slice(1));
  const i = arg[0] === '+' ? n : size - 1 - n;
  return i >= 0 && i < size ? i : null;
}

export const isStackIndex = (a: string): boolean => /^[+-]\d+$/.test(a);
