import { expect } from 'vitest';
import { FsError } from '../../../../src/runtime/kernel/fs/errors.ts';
import { type CgroupSystem, cgroupsOf } from '../../../../src/runtime/kernel/cgroup/system.ts';
import type { Vfs } from '../../../../src/runtime/kernel/fs/vfs.ts';
import type { ShellSession } from '../../../../src/runtime/session.ts';
import { newSession } from '../../../helpers.ts';

/** A fresh host with its terminal, the host's cgroups and a VFS acting as the login shell. */
export interface CgroupLab {
  s: ShellSession;
  sys: CgroupSystem;
  vfs: Vfs;
}

export function cgroupLab(): CgroupLab {
  const s = newSession();
  return { s, sys: cgroupsOf(s.host.kernel), vfs: s.host.vfs(s.proc) };
}

/** One write(2) of `data` to a file, as `echo` does: returns the errno, or '' on success. */
export function writeErrno(vfs: Vfs, path: string, data: string): string {
  try {
    vfs.writeFile(path, data);
    return '';
  } catch (e) {
    if (e instanceof FsError) return e.code;
    throw e;
  }
}

/** Runs lines in one session and returns their results, stdout/stderr/exit only. */
export async function runLines(s: ShellSession, lines: string[]): Promise<{ stdout: string; stderr: string; exit: number }[]> {
  const out = [];
  for (const l of lines) {
    const r = await s.run(l);
    out.push({ stdout: r.stdout, stderr: r.stderr, exit: r.exit });
  }
  return out;
}

/** What bash prints when echo's write(2) fails, as recorded from real bash -c. */
export const echoWriteError = (text: string) => `bash: line 1: echo: write error: ${text}\n`;

export function expectOut(r: { stdout: string; stderr: string; exit: number }, stdout: string, stderr = '', exit = 0): void {
  expect({ stdout: r.stdout, stderr: r.stderr, exit: r.exit }).toEqual({ stdout, stderr, exit });
}
