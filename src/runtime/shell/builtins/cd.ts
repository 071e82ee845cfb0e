import { FsError } from '../../kernel/fs/errors.ts';
import type { Shell } from '../interpreter/shell.ts';
import type { Builtin } from './types.ts';

/** Normalises a logical path: removes `.`, resolves `..` textually (cd -L). */
export function logicalPath(base: string, p: string): string {
  const parts = (p.startsWith('/') ? p : `${base}/${p}`).split('/');
  const out: string[] = [];
  for (const c of parts) {
    if (c === '' || c === '.') continue;
    if (c === '..') out.pop();
    else out.push(c);
  }
  return `/${out.join('/')}`;
}

export async function changeDir(sh: Shell, name: string, dest: string, physical: boolean): Promise<number> {
  const logical = logicalPath(sh.vars.get('PWD') ?? sh.cwd, dest);
  try {
    const st = sh.vfs.stat(dest.startsWith('/') ? dest : logical);
    if (st.type !== 'dir') throw new FsError('ENOTDIR');
    sh.vfs.access(logical, 1);
  } catch (e) {
    if (e instanceof FsError) {
      await sh.diag(`${name}: ${dest}: ${e.text}`);
      return 1;
    }
    throw e;
  }
  const target = physical ? sh.vfs.realpath(logical) : logical;
  sh.vars.set('OLDPWD', sh.vars.get('PWD') ?? sh.cwd);
  // The kernel keeps the physical directory (getcwd, /proc/PID/cwd); PWD keeps the logical one.
  sh.proc.cwd = physical ? target : sh.vfs.realpath(logical);
  sh.vars.set('PWD', target);
  return 0;
}

/** CDPATH lookup for relative names not starting with `.`/`..`; an empty entry means `.` and is silent. */
function searchCdpath(sh: Shell, dest: string): string | null {
  const cdpath = sh.vars.get('CDPATH');
  if (!cdpath || dest.startsWith('/') || /^\.\.?(\/|$)/.test(dest)) return null;
  for (const dir of cdpath.split(':')) {
    if (dir === '') continue;
    const cand = `${dir.replace(/\/+$/, '')}/${dest}`;
    try {
      if (sh.vfs.stat(cand.startsWith('/') ? cand : logicalPath(sh.vars.get('PWD') ?? sh.cwd, cand)).type === 'dir') return cand;
    } catch {
      // not there
    }
  }
  return null;
}

const cd: Builtin = {
  async run(sh, argv) {
    let args = argv.slice(1);
    let physical = false;
    while (args[0]?.startsWith('-') && args[0] !== '-' && args[0] !== '--') {
      if (args[0] === '-P') physical = true;
      else if (args[0] !== '-L') {
        await sh.diag(`cd: ${args[0]}: invalid option`);
        await sh.err('cd: usage: cd [-L|[-P [-e]] [-@]] [dir]\n');
        return 2;
      }
      args = args.slice(1);
    }
    if (args[0] === '--') args = args.slice(1);
    if (args.length > 1) {
      await sh.diag('cd: too many arguments');
      return 1;
    }
    let dest: string | undefined = args[0];
    if (dest === undefined) {
      dest = sh.vars.get('HOME');
      if (dest === undefined) {
        await sh.diag('cd: HOME not set');
        return 1;
      }
    }
    if (dest === '') return 0;
    if (dest === '-') {
      const old = sh.vars.get('OLDPWD');
      if (old === undefined) {
        await sh.diag('cd: OLDPWD not set');
        return 1;
      }
      const st = await changeDir(sh, 'cd', old, physical);
      if (st === 0) await sh.out(`${sh.vars.get('PWD')}\n`);
      return st;
    }
    const viaCdpath = searchCdpath(sh, dest);
    if (viaCdpath !== null) {
      // A directory found through a CDPATH entry is announced, as with `cd -`.
      const st = await changeDir(sh, 'cd', viaCdpath, physical);
      if (st === 0) await sh.out(`${sh.vars.get('PWD')}\n`);
      return st;
    }
    return changeDir(sh, 'cd', dest, physical);
  },
};
export default cd;
