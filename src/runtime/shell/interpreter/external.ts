import type { FdTable } from '../../kernel/proc/fd-table.ts';
import type { Process } from '../../kernel/proc/process.ts';
import { FsError } from '../../kernel/fs/errors.ts';
import { chargeFork, ForkFailed, runChild } from './exec.ts';
import { runScriptFile } from './script.ts';
import type { Shell } from './shell.ts';

export type PathLookup = { kind: 'found'; path: string } | { kind: 'missing'; message: string; status: number };

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** PATH search as bash does it; names with a slash are used as they are. */
export function findInPath(sh: Shell, name: string): PathLookup {
  if (name.includes('/')) {
    try {
      const st = sh.vfs.stat(name);
      if (st.type === 'dir') return { kind: 'missing', message: `${name}: Is a directory`, status: 126 };
      return { kind: 'found', path: name };
    } catch (e) {
      if (e instanceof FsError) {
        if (e.code === 'ENOENT') return { kind: 'missing', message: sh.words.notFound(name), status: 127 };
        return { kind: 'missing', message: `${name}: ${e.text}`, status: e.code === 'EACCES' ? 126 : 127 };
      }
      throw e;
    }
  }
  const hashed = sh.hashTable.get(name);
  if (hashed && isExecutableFile(sh, hashed)) return { kind: 'found', path: hashed };
  const path = sh.vars.get('PATH') ?? DEFAULT_PATH;
  let nonExec: string | undefined;
  for (const dir of path.split(':')) {
    const cand = `${dir === '' ? '.' : dir}/${name}`;
    const p = sh.vfs.probeExec(cand);
    if ('errno' in p) {
      if (p.errno.code === 'EACCES' && !nonExec) {
        try {
          if (sh.vfs.stat(cand).type === 'file') nonExec = cand;
        } catch {
          // vanished
        }
      }
      continue;
    }
    if (p.st.type !== 'file') continue;
    sh.hashTable.set(name, cand);
    return { kind: 'found', path: cand };
  }
  if (nonExec) return { kind: 'missing', message: `${nonExec}: Permission denied`, status: 126 };
  return { kind: 'missing', message: sh.words.notFound(name), status: 127 };
}

function isExecutableFile(sh: Shell, path: string): boolean {
  const p = sh.vfs.probeExec(path);
  return !('errno' in p) && p.st.type === 'file';
}

/**
 * fork + execve: starts the program in `path` as a child. Returns a status number instead when
 * execve fails (bash prints the reason; 126 for found-but-unrunnable files).
 */
export function execProgram(sh: Shell, path: string, argv: string[], env: Map<string, string>, fds: FdTable): Process | number {
  try {
    chargeFork(sh);
  } catch (e) {
    fds.closeAll();
    throw e;
  }
  const load = sh.sys.loadProgram(sh.vfs, path);
  let main: (p: Process) => Promise<number>;
  if (load.kind === 'error') {
    fds.closeAll();
    const msg = load.errno === 'ENOEXEC' ? 'cannot execute binary file: Exec format error' : new FsError(load.errno).text;
    void sh.diag(`${path}: ${msg}`);
    return 126;
  }
  if (load.kind === 'program') main = (p) => load.run(p, argv);
  else if (load.interpreter.length === 0) {
    // No #! line: bash runs the file itself in a forked copy of the shell.
    main = async (p) => {
      const child = sh.forkInto(p);
      child.positional = argv.slice(1);
      child.arg0 = path;
      child.functions = new Map();
      return runChild(child, (c) => runScriptFile(c, path));
    };
  } else {
    const interp = load.interpreter;
    const inner = sh.sys.loadProgram(sh.vfs, interp[0]!);
    if (inner.kind !== 'program') {
      fds.closeAll();
      void sh.diag(`${path}: ${interp[0]}: bad interpreter: No such file or directory`);
      return 126;
    }
    const newArgv = [...interp, path, ...argv.slice(1)];
    main = (p) => inner.run(p, newArgv);
  }
  try {
    return sh.kernel.spawn(sh.proc, { argv, env, fds, main });
  } catch (e) {
    fds.closeAll();
    if (e instanceof FsError && e.code === 'EAGAIN') throw new ForkFailed();
    throw e;
  }
}
