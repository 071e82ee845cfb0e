/**
 * The Docker goldens are data for the (future) engine replay; until the engine exists this
 * only checks that every transcript parses and matches its case file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';
import { formatTranscript, parseCase, parseTranscript } from './transcript.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'docker');
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.case'))
  .map((f) => f.slice(0, -'.case'.length))
  .sort();
const read = (f: string) => readFileSync(join(DIR, f), 'latin1');

describe('docker golden corpus', () => {
  it('has a golden for every case and a case for every golden', () => {
    const goldens = readdirSync(DIR).filter((f) => f.endsWith('.golden')).map((f) => f.slice(0, -'.golden'.length)).sort();
    expect(goldens).toEqual(names);
    expect(names.length).toBeGreaterThanOrEqual(99);
  });

  it('parses every golden: one block per case command, same comments, exact round trip', () => {
    let blocks = 0;
    for (const name of names) {
      const kase = parseCase(read(`${name}.case`));
      const text = read(`${name}.golden`);
      const t = parseTranscript(text);
      expect(t.blocks.map((b) => b.cmd), name).toEqual(kase.commands);
      expect(t.comments, name).toEqual(kase.comments);
      expect(formatTranscript(t), name).toBe(text);
      blocks += t.blocks.length;
    }
    expect(blocks).toBeGreaterThan(500);
  });

  it('normalization is idempotent on every golden stream', () => {
    for (const name of names) {
      for (const b of parseTranscript(read(`${name}.golden`)).blocks) {
        for (const s of [b.stdout, b.stderr]) expect(normalize(normalize(s)), `${name}: ${b.cmd}`).toBe(normalize(s));
      }
    }
  });
});
