/**
 * Compares a replayed block with its golden block after normalization: stdout, stderr and
 * the exit status each have to match exactly (the streams are compared separately, since a
 * transcript does not record how they interleaved).
 */
import { normalizeBlock, type NormalizeOptions } from './normalize.ts';
import type { Block } from './transcript.ts';

export interface Difference {
  field: 'cmd' | 'stdout' | 'stderr' | 'exit';
  expected: string;
  actual: string;
}

export interface CompareOptions extends NormalizeOptions {
  /**
   * Compare the bytes as they are. A raw match implies a normalized one; the bash corpus
   * uses it because the padding rule would hide column-width bugs (wc, uniq -c, nl, printf).
   */
  raw?: boolean;
}

export function compareBlock(golden: Block, actual: Block, opts: CompareOptions = {}): Difference[] {
  const g = opts.raw ? golden : normalizeBlock(golden, opts);
  const a = opts.raw ? actual : normalizeBlock(actual, opts);
  const diffs: Difference[] = [];
  if (g.cmd !== a.cmd) diffs.push({ field: 'cmd', expected: g.cmd, actual: a.cmd });
  if (g.stdout !== a.stdout) diffs.push({ field: 'stdout', expected: g.stdout, actual: a.stdout });
  if (g.stderr !== a.stderr) diffs.push({ field: 'stderr', expected: g.stderr, actual: a.stderr });
  if (g.exit !== a.exit) diffs.push({ field: 'exit', expected: String(g.exit), actual: String(a.exit) });
  return diffs;
}

/** The first line where two texts differ, 1-based, or 0 when they are equal. */
export function firstDifferentLine(expected: string, actual: string): number {
  if (expected === actual) return 0;
  const e = expected.split('\n');
  const a = actual.split('\n');
  let i = 0;
  while (i < e.length && i < a.length && e[i] === a[i]) i++;
  return i + 1;
}

const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max) + `…(+${s.length - max})` : s);

/** A short human-readable account of the differences of one block. */
export function describeDifferences(cmd: string, diffs: Difference[], max = 400): string {
  const parts = diffs.map((d) => {
    const where = d.field === 'stdout' || d.field === 'stderr' ? ` (line ${firstDifferentLine(d.expected, d.actual)})` : '';
    return `  ${d.field}${where}:\n    expected ${clip(JSON.stringify(d.expected), max)}\n    actual   ${clip(JSON.stringify(d.actual), max)}`;
  });
  return `$ ${cmd}\n${parts.join('\n')}`;
}
