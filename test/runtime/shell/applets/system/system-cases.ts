import { expect, it } from 'vitest';
import { newSession } from '../../../../helpers.ts';

/** The lab installs busybox as a program image; the Ubuntu rootfs does not ship one. */
const BUSYBOX = "printf '\\177ELF\\002\\001\\001\\000\\000\\000\\000\\000\\000\\000\\000\\000LAB-PROGRAM:busybox\\n' > /usr/local/bin/busybox; chmod +x /usr/local/bin/busybox";

/** Runs one line in a fresh session (with busybox installed when the line uses it). */
export async function run1(line: string) {
  const s = newSession();
  if (line.includes('busybox')) await s.run(BUSYBOX);
  return s.run(line);
}

/** [command, stdout, stderr, exit] recorded from the real tools on the oracle machine. */
export type Case = [string, string, string, number];

export function check(cases: Case[]): void {
  for (const [cmd, stdout, stderr, exit] of cases) {
    it(cmd, async () => {
      const r = await run1(cmd);
      expect({ stdout: r.stdout, stderr: r.stderr, exit: r.exit }).toEqual({ stdout, stderr, exit });
    });
  }
}
