/**
 * Replays the bash corpus (test/fixtures/bash: one-line cases recorded from real bash 5.2 +
 * GNU coreutils by record.sh) on fresh hosts and compares stdout, stderr and exit status
 * byte for byte with the goldens (stricter than the normalizer: its padding rule would hide
 * column-width bugs in wc, uniq -c, nl or printf).
 *
 * known-failures.txt is strict: a listed case that now passes fails the test (remove it from
 * the list), and an unlisted case that fails fails the test.
 *   BASH_CORPUS_REPORT=FILE  writes every failing case's differences to FILE;
 *   BASH_CORPUS_UPDATE=1     rewrites known-failures.txt from this run (fixed cases dropped,
 *                            new failures added with a guessed reason to edit by hand).
 */
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compareBlock, describeDifferences } from '../../golden/compare.ts';
import { formatKnownFailures, guessReason, readKnownFailures, writeKnownFailures } from '../../golden/known-failures.ts';
import { parseCase, parseTranscript, type Block } from '../../golden/transcript.ts';
import { newSession } from '../../helpers.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/bash');
const KNOWN_FILE = join(DIR, 'known-failures.txt');
const LINE_TIMEOUT_MS = 10_000;

const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.case'))
  .map((f) => f.slice(0, -'.case'.length))
  .sort();
const known = readKnownFailures(KNOWN_FILE);
const report = process.env.BASH_CORPUS_REPORT;
const update = process.env.BASH_CORPUS_UPDATE === '1';
if (report) writeFileSync(report, '');

const failing = new Set<string>();
const guessed = new Map<string, string>();
let ran = 0;

async function runLine(run: () => Promise<Block>): Promise<Block | Error> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Error>((resolve) => {
    timer = setTimeout(() => resolve(new Error(`no result after ${LINE_TIMEOUT_MS} ms`)), LINE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([run(), timeout]);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  } finally {
    clearTimeout(timer);
  }
}

const shortStack = (e: Error) => (e.stack ?? e.message).split('\n').slice(0, 4).join('\n    ');

/** Runs the case's lines in one fresh session; the first mismatching block, described. */
async function replay(name: string): Promise<{ text: string; reason: string } | null> {
  const golden = parseTranscript(readFileSync(join(DIR, `${name}.golden`), 'latin1'));
  const session = newSession();
  for (const block of golden.blocks) {
    const actual = await runLine(() => session.run(block.cmd));
    if (actual instanceof Error) {
      return { text: `$ ${block.cmd}\n  threw: ${shortStack(actual)}`, reason: guessReason(block.cmd, [], actual.message) };
    }
    const diffs = compareBlock(block, actual, { raw: true });
    if (diffs.length > 0) return { text: describeDifferences(block.cmd, diffs), reason: guessReason(block.cmd, diffs) };
  }
  return null;
}

describe('bash corpus', () => {
  it('has a golden for every case, with one block per command', () => {
    expect(names.length).toBeGreaterThanOrEqual(260);
    for (const name of names) {
      const kase = parseCase(readFileSync(join(DIR, `${name}.case`), 'latin1'));
      const golden = parseTranscript(readFileSync(join(DIR, `${name}.golden`), 'latin1'));
      expect(golden.blocks.map((b) => b.cmd), name).toEqual(kase.commands);
      expect(golden.comments, name).toEqual(kase.comments);
      expect(kase.comments[0], `${name}: first line "# what it shows"`).toMatch(/^# \S/);
    }
  });

  it('known-failures.txt names only existing cases, each with a reason', () => {
    const all = new Set(names);
    for (const [name, reason] of known.reasons) {
      expect(all.has(name), `${name} in known-failures.txt is not a case`).toBe(true);
      expect(reason, `${name} in known-failures.txt needs a reason`).not.toBe('');
    }
  });

  for (const name of names) {
    it(name, async () => {
      const failure = await replay(name);
      ran++;
      if (failure) {
        failing.add(name);
        guessed.set(name, failure.reason);
        if (report) appendFileSync(report, `=== ${name}${known.reasons.has(name) ? '  (known)' : ''}\n${failure.text}\n\n`);
      }
      if (update) return;
      if (known.reasons.has(name)) {
        expect(failure, `${name} now matches bash: remove it from test/fixtures/bash/known-failures.txt`).not.toBeNull();
      } else if (failure) {
        expect.fail(`${name} differs from bash (not in known-failures.txt):\n${failure.text}`);
      }
    });
  }

  afterAll(() => {
    console.log(`bash corpus: ${ran - failing.size}/${ran} cases match (${known.reasons.size} known failures listed)`);
    if (update && ran === names.length) writeKnownFailures(KNOWN_FILE, formatKnownFailures(known, failing, guessed));
  });
});
