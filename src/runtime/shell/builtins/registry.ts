import type { Builtin } from './types.ts';
import { trackLoad } from '../../loading.ts';

export type { Builtin };

/** name → lazy loader. One file per builtin; aliases share a file. */
const LOADERS: Record<string, () => Promise<{ default: Builtin }>> = {
  ':': () => import('./colon.ts'),
  true: () => import('./colon.ts'),
  false: () => import('./false.ts'),
  echo: () => import('./echo.ts'),
  printf: () => import('./printf.ts'),
  cd: () => import('./cd.ts'),
  pwd: () => import('./pwd.ts'),
  exit: () => import('./exit.ts'),
  logout: () => import('./exit.ts'),
  return: () => import('./return.ts'),
  break: () => import('./break.ts'),
  continue: () => import('./continue.ts'),
  export: () => import('./export.ts'),
  readonly: () => import('./readonly.ts'),
  unset: () => import('./unset.ts'),
  local: () => import('./local.ts'),
  declare: () => import('./declare.ts'),
  typeset: () => import('./declare.ts'),
  set: () => import('./set.ts'),
  shift: () => import('./shift.ts'),
  eval: () => import('./eval.ts'),
  source: () => import('./source.ts'),
  '.': () => import('./source.ts'),
  test: () => import('./test.ts'),
  '[': () => import('./test.ts'),
  read: () => import('./read.ts'),
  type: () => import('./type.ts'),
  command: () => import('./command.ts'),
  trap: () => import('./trap.ts'),
  wait: () => import('./wait.ts'),
  jobs: () => import('./jobs.ts'),
  kill: () => import('./kill.ts'),
  exec: () => import('./exec.ts'),
  alias: () => import('./alias.ts'),
  unalias: () => import('./unalias.ts'),
  let: () => import('./let.ts'),
  umask: () => import('./umask.ts'),
  shopt: () => import('./shopt.ts'),
  getopts: () => import('./getopts.ts'),
  hash: () => import('./hash.ts'),
  builtin: () => import('./builtin.ts'),
  mapfile: () => import('./mapfile.ts'),
  readarray: () => import('./mapfile.ts'),
  pushd: () => import('./pushd.ts'),
  popd: () => import('./popd.ts'),
  dirs: () => import('./dirs.ts'),
  times: () => import('./times.ts'),
  ulimit: () => import('./ulimit.ts'),
  fg: () => import('./fg.ts'),
  bg: () => import('./fg.ts'),
  disown: () => import('./disown.ts'),
  history: () => import('./history.ts'),
};

const loaded = new Map<string, Builtin>();

export const BUILTIN_NAMES: readonly string[] = Object.keys(LOADERS).sort();

export function isBuiltin(name: string): boolean {
  return Object.hasOwn(LOADERS, name);
}

export async function loadBuiltin(name: string): Promise<Builtin | undefined> {
  const hit = loaded.get(name);
  if (hit) return hit;
  const loader = Object.hasOwn(LOADERS, name) ? LOADERS[name] : undefined;
  if (!loader) return undefined;
  const b = (await trackLoad(loader())).default;
  loaded.set(name, b);
  return b;
}

/** Builtins whose `x=$y` arguments are assignments (no word splitting). */
export function isDeclarationBuiltin(name: string): boolean {
  return name === 'declare' || name === 'typeset' || name === 'local' || name === 'export' || name === 'readonly';
}

/** bash's reserved words, for `type` and `command -v`. */
export const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do', 'done', 'in', 'function', 'time', '{', '}', '!', '[[', ']]', 'coproc']);
