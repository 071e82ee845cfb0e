/**
 * Replays the Docker goldens (test/golden/docker, recorded from Docker CLI 28.2 + Engine 20.10)
 * on the embedded engine, one fresh host and workspace per case as `lab exec --fresh` runs them,
 * and compares each block after normalization (normalize.ts).
 *
 * docker-pending.txt is strict, like the bash corpus's known failures.
 *   DOCKER_GOLDEN_REPORT=FILE  writes every failing case's differences to FILE;
 *   DOCKER_GOLDEN_UPDATE=1     rewrites docker-pending.txt from this run.
 */
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Host } from '../../src/runtime/host.ts';
import { ShellSession } from '../../src/runtime/session.ts';
import { compareBlock, describeDifferences } from './compare.ts';
import { formatKnownFailures, guessReason, readKnownFailures, writeKnownFailures } from './known-failures.ts';
import { parseTranscript } from './transcript.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIR = join(HERE, 'docker');
const PENDING = join(HERE, 'docker-pending.txt');
const names = readdirSync(DIR).filter((f) => f.endsWith('.golden')).map((f) => f.slice(0, -'.golden'.length)).sort();
const known = readKnownFailures(PENDING);
const report = process.env.DOCKER_GOLDEN_REPORT;
const update = process.env.DOCKER_GOLDEN_UPDATE === '1';
if (report) writeFileSync(report, '');
const failing = new Set<string>();
const guessed = new Map<string, string>();
let ran = 0;

async function replay(name: string): Promise<{ text: string; reason: string } | null> {
  const golden = parseTranscript(readFileSync(join(DIR, `${name}.golden`), 'latin1'));
  const workspace = mkdtempSync(join(tmpdir(), 'lab-golden-'));
  try {
    const host = new Host({ workspace, seed: 1 });
    const session = new ShellSession(host, { interactive: false, tty: false });
    for (const block of golden.blocks) {
      let actual;
      try {
        actual = await session.run(block.cmd);
      } catch (e) {
        return { text: `$ ${block.cmd}\n  threw: ${(e as Error).stack}`, reason: guessReason(block.cmd, [], String(e)) };
      }
      const diffs = compareBlock(block, actual, { workdirs: ['/root'] });
      if (diffs.length > 0) return { text: describeDifferences(block.cmd, diffs), reason: guessReason(block.cmd, diffs) };
    }
    return null;
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

describe('docker goldens on the embedded engine', () => {
  it('docker-pending.txt names only existing cases, each with a reason', () => {
    for (const [name, reason] of known.reasons) {
      expect(names.includes(name), `${name} in docker-pending.txt is not a case`).toBe(true);
      expect(reason).not.toBe('');
    }
  });

  for (const name of names) {
    it(name, async () => {
      const failure = await replay(name);
      ran++;
      if (failure) {
        failing.add(name);
        guessed.set(name, failure.reason);
        if (report) appendFileSync(report, `=== ${name}${known.reasons.has(name) ? '  (pending)' : ''}\n${failure.text}\n\n`);
      }
      if (update) return;
      if (known.reasons.has(name)) expect(failure, `${name} now matches real Docker: remove it from test/golden/docker-pending.txt`).not.toBeNull();
      else if (failure) expect.fail(`${name} differs from real Docker (not in docker-pending.txt):\n${failure.text}`);
    });
  }

  afterAll(() => {
    const byIssue = new Map<string, number>();
    for (const r of known.reasons.values()) {
      const k = /^issue \d+/.exec(r)?.[0] ?? 'other';
      byIssue.set(k, (byIssue.get(k) ?? 0) + 1);
    }
    const pending = [...byIssue].map(([k, n]) => `${n} ${k}`).join(', ');
    console.log(`docker goldens: ${ran - failing.size}/${ran} cases match; pending: ${known.reasons.size}${pending ? ` (${pending})` : ''}`);
    if (update && ran === names.length) writeKnownFailures(PENDING, formatKnownFailures(known, failing, guessed));
  });
});
