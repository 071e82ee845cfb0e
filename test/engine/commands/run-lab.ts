import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const LAB = join(HERE, '..', '..', '..', 'bin', 'lab.mjs');
export const FIXTURES = join(HERE, '..', 'fixtures');

export interface LabRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The built `lab` (bin/lab.mjs, `npm run build`) as a student runs it, with its own LAB_HOME. */
export function runLab(args: string[], o: { home?: string; cwd?: string; input?: string } = {}): LabRun {
  const r = spawnSync(process.execPath, [LAB, ...args], { cwd: o.cwd, input: o.input ?? '', env: { ...process.env, LAB_HOME: o.home ?? tempDir('lab-home-') }, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), prefix));
