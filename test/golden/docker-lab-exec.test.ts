/**
 * The Docker goldens through the contract itself: `lab exec --json --fresh` (the built CLI) in a
 * fresh workspace, a few cases end to end (the replay test runs all of them in-process).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareBlock, describeDifferences } from './compare.ts';
import { parseTranscript } from './transcript.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const LAB = join(HERE, '..', '..', 'bin', 'lab.mjs');
const CASES = ['003-basics-busybox-echo', '014-lifecycle-stop-timeout', '050-ps-basic', '086-images-save-load', '101-volume-named-mount'];

describe('docker goldens through lab exec --json', () => {
  for (const name of CASES) {
    it(name, () => {
      const golden = parseTranscript(readFileSync(join(HERE, 'docker', `${name}.golden`), 'latin1'));
      const ws = mkdtempSync(join(tmpdir(), 'lab-golden-exec-'));
      const home = mkdtempSync(join(tmpdir(), 'lab-golden-home-'));
      const input = golden.blocks.map((b) => `${b.cmd}\n`).join('');
      const r = spawnSync(process.execPath, [LAB, 'exec', '--json', '--fresh', '--workdir', ws], { input, env: { ...process.env, LAB_HOME: home }, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const got = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { cmd: string; stdout: string; stderr: string; exit: number });
      expect(got.map((g) => g.cmd)).toEqual(golden.blocks.map((b) => b.cmd));
      golden.blocks.forEach((b, i) => {
        const a = got[i]!;
        const latin = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
        const diffs = compareBlock(b, { cmd: a.cmd, stdout: latin(a.stdout), stderr: latin(a.stderr), exit: a.exit }, { workdirs: [ws, '/root'] });
        expect(diffs, describeDifferences(b.cmd, diffs)).toEqual([]);
      });
    }, 30_000);
  }
});
