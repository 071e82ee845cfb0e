import { describe, expect, it } from 'vitest';
import { compareBlock, describeDifferences, firstDifferentLine } from './compare.ts';
import { formatKnownFailures, guessReason } from './known-failures.ts';

const block = (stdout: string, stderr = '', exit = 0) => ({ cmd: 'c', stdout, stderr, exit });

describe('compareBlock', () => {
  it('finds no difference for equal blocks', () => {
    expect(compareBlock(block('a\n', 'e\n', 1), block('a\n', 'e\n', 1))).toEqual([]);
  });

  it('reports each differing field', () => {
    expect(compareBlock(block('a\n', '', 0), block('b\n', 'x\n', 2)).map((d) => d.field)).toEqual(['stdout', 'stderr', 'exit']);
    expect(compareBlock({ ...block(''), cmd: 'x' }, block('')).map((d) => d.field)).toEqual(['cmd']);
  });

  it('compares after normalization by default', () => {
    expect(compareBlock(block('c08aa471a2c2  Up 3 seconds\n'), block('4f1e2d3c4b5a    Up About a minute\n'))).toEqual([]);
  });

  it('compares bytes as they are with raw', () => {
    expect(compareBlock(block('a  b\n'), block('a    b\n'), { raw: true })).toHaveLength(1);
    expect(compareBlock(block('a  b\n'), block('a    b\n'))).toEqual([]);
  });

  it('keeps a missing final newline significant', () => {
    expect(compareBlock(block('a'), block('a\n'))).toHaveLength(1);
  });
});

describe('describeDifferences', () => {
  it('names the field and the first differing line', () => {
    expect(firstDifferentLine('a\nb\nc\n', 'a\nb\nx\n')).toBe(3);
    expect(firstDifferentLine('same', 'same')).toBe(0);
    const text = describeDifferences('ls', compareBlock(block('a\nb\n'), block('a\nc\n', '', 2)));
    expect(text).toBe('$ ls\n  stdout (line 2):\n    expected "a\\nb\\n"\n    actual   "a\\nc\\n"\n  exit:\n    expected "0"\n    actual   "2"');
  });
});

describe('known failures', () => {
  it('guesses missing programs from "command not found" and lab messages', () => {
    const diffs = compareBlock(block('', ''), block('', "bash: line 1: sort: command not found\nlab: program '[' is not implemented in the lab yet\n"));
    expect(guessReason('x | sort', diffs)).toBe('missing: sort, [');
  });

  it('does not count an expected "command not found" as missing', () => {
    const diffs = compareBlock(block('127\n', 'bash: line 1: nosuch: command not found\n'), block('0\n', 'bash: line 1: nosuch: command not found\n'));
    expect(guessReason('nosuch; echo $?', diffs)).toBe('TODO: stdout differ for `nosuch; echo $?`');
  });

  it('keeps hand-written reasons, drops fixed cases and re-guesses missing programs', () => {
    const old = { header: ['# head'], reasons: new Map([['a', 'shell: x'], ['b', 'missing: wc'], ['c', 'shell: fixed']]) };
    const text = formatKnownFailures(old, new Set(['a', 'b', 'dd']), new Map([['a', 'missing: q'], ['b', 'missing: sort'], ['dd', 'missing: tr']]));
    expect(text).toBe('# head\na   shell: x\nb   missing: sort\ndd  missing: tr\n');
  });
});
