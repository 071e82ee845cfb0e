import { expect, it } from 'vitest';
import { newSession } from '../../../../helpers.ts';

/** [setup, command, stdout, stderr, exit] recorded from GNU coreutils 9.1 / busybox 1.35.0 (LANG=C, fresh directory). */
export type Case = [string, string, string, string, number];

/** The lab installs busybox as a program image; the Ubuntu rootfs does not ship one. */
const BUSYBOX = "printf '\\177ELF\\002\\001\\001\\000\\000\\000\\000\\000\\000\\000\\000\\000LAB-PROGRAM:busybox\\n' > /usr/local/bin/busybox; chmod +x /usr/local/bin/busybox";

export function runCases(cases: Case[]): void {
  for (const [setup, cmd, stdout, stderr, exit] of cases) {
    it(cmd, async () => {
      const s = newSession();
      if (cmd.includes('busybox')) await s.run(BUSYBOX);
      await s.run('cd /tmp && mkdir w && cd w');
      if (setup) await s.run(setup);
      const r = await s.run(`{ ${cmd}\n} </dev/null`);
      expect({ stdout: r.stdout, stderr: r.stderr, exit: r.exit }).toEqual({ stdout, stderr, exit });
    });
  }
}
