import { expect, it } from 'vitest';
import type { ShellSession } from '../../../../src/runtime/session.ts';
import { newSession } from '../../../helpers.ts';

/** One command line and what the real tool printed for it (LC_ALL=C, TZ=UTC, empty stdin). */
export interface RecordedCase {
  cmd: string;
  stdout: string;
  stderr: string;
  exit: number;
}

/**
 * Declares one test per recorded case. They share one session in a scratch directory, like the
 * recording did, so a case may use files an earlier one made.
 */
export function replay(setup: string[], labSetup: string[], cases: RecordedCase[]): void {
  let session: ShellSession | undefined;
  const ready = async (): Promise<ShellSession> => {
    if (session) return session;
    const s = newSession();
    for (const line of ['mkdir -p /tmp/w && cd /tmp/w', ...labSetup, ...setup]) {
      const r = await s.run(line);
      if (r.exit !== 0) throw new Error(`setup failed: ${line}: ${r.stderr}`);
    }
    session = s;
    return s;
  };
  for (const c of cases) {
    it(c.cmd, async () => {
      const s = await ready();
      const r = await s.run(`(${c.cmd})`);
      expect({ stdout: r.stdout, stderr: r.stderr, exit: r.exit }).toEqual({ stdout: c.stdout, stderr: c.stderr, exit: c.exit });
    });
  }
}

/** The lab's busybox binary at /usr/local/bin (the real machine has it installed). */
export const BUSYBOX_LAB_SETUP = ["printf '\\177ELF\\002\\001\\001\\000\\000\\000\\000\\000\\000\\000\\000\\000LAB-PROGRAM:busybox\\n' > /usr/local/bin/busybox; chmod +x /usr/local/bin/busybox"];

/** Like replay, but each case runs in a fresh session and directory (for cases that create files). */
export function replayIsolated(setup: string[], labSetup: string[], cases: RecordedCase[]): void {
  for (const c of cases) {
    it(c.cmd, async () => {
      const s = newSession();
      for (const line of ['mkdir -p /tmp/w && cd /tmp/w', ...labSetup, ...setup]) {
        const r = await s.run(line);
        if (r.exit !== 0) throw new Error(`setup failed: ${line}: ${r.stderr}`);
      }
      const r = await s.run(`(${c.cmd})`);
      expect({ stdout: r.stdout, stderr: r.stderr, exit: r.exit }).toEqual({ stdout: c.stdout, stderr: c.stderr, exit: c.exit });
    });
  }
}
