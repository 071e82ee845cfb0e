import type { FdTable } from '../../kernel/proc/fd-table.ts';
import type { Process } from '../../kernel/proc/process.ts';
import { FsError } from '../../kernel/fs/errors.ts';
import { ExitRequest } from '../../kernel/kernel.ts';
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
  const pathVar = sh.vars.get('PATH');
  // With PATH unset or empty bash looks only in the current directory and says so.
  const noPath = sh.dialect === 'bash' && (pathVar === undefined || pathVar === '');
  const path = noPath ? '' : (pathVar ?? DEFAULT_PATH);
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
  if (noPath) return { kind: 'missing', message: `${name}: No such file or directory`, status: 127 };
  return { kind: 'missing', message: sh.words.notFound(name), status: 127 };
}

function isExecutableFile(sh: Shell, path: string): boolean {
  const p = sh.vfs.probeExec(path);
  return !('errno' in p) && p.st.type === 'file';
}

/** execve's loading half: the entry point for `path`, or bash's status when it cannot run. */
function loadMain(sh: Shell, path: string, argv: string[]): ((p: Process) => Promise<number>) | number {
  const load = sh.sys.loadProgram(sh.vfs, path);
  if (load.kind === 'error') {
    const msg = load.errno === 'ENOEXEC' ? 'cannot execute binary file: Exec format error' : new FsError(load.errno).text;
    void sh.diag(`${path}: ${msg}`);
    return 126;
  }
  if (load.kind === 'program') return (p) => load.run(p, argv);
  if (load.interpreter.length === 0) {
    // No #! line: bash runs the file itself in a forked copy of the shell.
    return async (p) => {
      const child = sh.forkInto(p);
      child.positional = argv.slice(1);
      child.arg0 = path;
      child.functions = new Map();
      return runChild(child, (c) => runScriptFile(c, path));
    };
  }
  const interp = load.interpreter;
  const inner = sh.sys.loadProgram(sh.vfs, interp[0]!);
  if (inner.kind !== 'program') {
    void sh.diag(`${path}: ${interp[0]}: bad interpreter: No such file or directory`);
    return 126;
  }
  const newArgv = [...interp, path, ...argv.slice(1)];
  return (p) => inner.run(p, newArgv);
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
  const main = loadMain(sh, path, argv);
  if (typeof main === 'number') {
    fds.closeAll();
    return main;
  }
  try {
    return sh.kernel.spawn(sh.proc, { argv, env, fds, main });
  } catch (e) {
    fds.closeAll();
    if (e instanceof FsError && e.code === 'EAGAIN') throw new ForkFailed();
    throw e;
  }
}

/**
 * execve without fork, as bash does for the last simple command of a subshell (`cmd &`, pipeline
 * elements, `bash -c cmd`): this process becomes the program, so `$!` and `kill` reach it.
 * Returns a status only when execve fails; otherwise the process ends with the program.
 */
export async function execInPlace(sh: Shell, path: string, argv: string[], env: Map<string, string>, fds: FdTable): Promise<number> {
  const main = loadMain(sh, path, argv);
  if (typeof main === 'number') {
    fds.closeAll();
    return main;
  }
  const proc = sh.proc;
  const old = proc.fds;
  proc.fds = fds;
  old.closeAll();
  proc.argv = argv;
  proc.env = env;
  proc.exe = path;
  proc.comm = (argv[0] ?? path).split('/').pop()!.slice(0, 15);
  // Caught signals return to their default action across execve; ignored ones stay ignored.
  for (const [sig, d] of proc.dispositions) if (d !== 'ignore' && d !== 'default') proc.dispositions.delete(sig);
  // The shell is gone: its EXIT trap must not run when the program ends.
  sh.traps.clear();
  throw new ExitRequest(await main(proc));
}
