import type { Vfs } from '../kernel/fs/vfs.ts';
import { FsError } from '../kernel/fs/errors.ts';
import type { Process } from '../kernel/proc/process.ts';
import type { ProgramLoad } from '../shell/interpreter/system.ts';

/**
 * Model executables are ELF-looking files whose body names the program they are
 * (`\x7fELF…LAB:ls`), so copying /usr/bin/ls elsewhere still runs ls.
 */
export const ELF_MAGIC = '\x7fELF\x02\x01\x01\x00';
export const MARKER = 'LAB-PROGRAM:';

export function programImage(name: string): string {
  return `${ELF_MAGIC}${'\0'.repeat(8)}${MARKER}${name}\n`;
}

export type ProgramRunner = (name: string, proc: Process, argv: string[]) => Promise<number>;

/** What execve does with a file: a model program, a #! script, or an error. */
export function loadProgram(vfs: Vfs, path: string, run: ProgramRunner, knows: (name: string) => boolean): ProgramLoad {
  const probe = vfs.probeExec(path);
  if ('errno' in probe) return { kind: 'error', errno: probe.errno.code };
  let head: string;
  try {
    head = vfs.readLoc(probe.loc).slice(0, 256);
  } catch (e) {
    if (e instanceof FsError) return { kind: 'error', errno: e.code };
    throw e;
  }
  if (head.startsWith(ELF_MAGIC)) {
    const at = head.indexOf(MARKER);
    if (at < 0) return { kind: 'error', errno: 'ENOEXEC' };
    const name = head.slice(at + MARKER.length).split('\n')[0]!;
    if (!knows(name)) return { kind: 'error', errno: 'ENOEXEC' };
    return { kind: 'program', run: (proc, argv) => run(name, proc, argv) };
  }
  if (head.startsWith('#!')) {
    const line = head.slice(2).split('\n')[0]!.trim();
    if (line === '') return { kind: 'script', interpreter: [], path };
    const sp = line.search(/\s/);
    const interp = sp < 0 ? [line] : [line.slice(0, sp), line.slice(sp).trim()];
    return { kind: 'script', interpreter: interp, path };
  }
  if (head.slice(0, 80).includes('\0')) return { kind: 'error', errno: 'ENOEXEC' };
  return { kind: 'script', interpreter: [], path };
}
