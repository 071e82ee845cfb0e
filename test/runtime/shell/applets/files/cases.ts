import { expect, it } from 'vitest';
import { newSession } from '../../../../helpers.ts';

/** [setup, command, stdout, stderr, exit] recorded from the real tools in a fresh directory. */
export type Case = [string, string, string, string, number];

/** Runs `setup` then `cmd` in a fresh empty directory (/tmp/w) of a new host. */
export async function inFreshDir(setup: string, cmd: string): Promise<{ stdout: string; stderr: string; exit: number }> {
  const s = newSession();
  await s.run('cd /tmp && mkdir w && cd w');
  if (setup) await s.run(setup);
  const r = await s.run(cmd);
  return { stdout: r.stdout, stderr: r.stderr, exit: r.exit };
}

export function runCases(cases: Case[]): void {
  for (const [setup, cmd, stdout, stderr, exit] of cases) {
    it(cmd, async () => {
      expect(await inFreshDir(setup, cmd)).toEqual({ stdout, stderr, exit });
    });
  }
}
