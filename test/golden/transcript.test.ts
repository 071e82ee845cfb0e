import { describe, expect, it } from 'vitest';
import { formatBlock, formatTranscript, parseCase, parseTranscript, TranscriptError } from './transcript.ts';

describe('parseTranscript', () => {
  it('reads comments and blocks with stdout, stderr and exit', () => {
    const t = parseTranscript('# what it shows\n$ echo hi\nhi\n[exit 0]\n$ ls nope\n! ls: cannot access \'nope\': No such file or directory\n[exit 2]\n');
    expect(t.comments).toEqual(['# what it shows']);
    expect(t.blocks).toEqual([
      { cmd: 'echo hi', stdout: 'hi\n', stderr: '', exit: 0 },
      { cmd: 'ls nope', stdout: '', stderr: "ls: cannot access 'nope': No such file or directory\n", exit: 2 },
    ]);
  });

  it('reads a block without any output', () => {
    expect(parseTranscript('$ true\n[exit 0]\n').blocks).toEqual([{ cmd: 'true', stdout: '', stderr: '', exit: 0 }]);
  });

  it('honours the no-newline markers of both streams', () => {
    const t = parseTranscript('$ x\na\nb\n\\ No newline at end of stdout\n! e\n\\ No newline at end of stderr\n[exit 1]\n');
    expect(t.blocks[0]).toEqual({ cmd: 'x', stdout: 'a\nb', stderr: 'e', exit: 1 });
  });

  it('keeps empty lines of stdout and empty stderr lines ("! ")', () => {
    const t = parseTranscript('$ x\n\na\n\n! \n! err\n! \n[exit 0]\n');
    expect(t.blocks[0]!.stdout).toBe('\na\n\n');
    expect(t.blocks[0]!.stderr).toBe('\nerr\n\n');
  });

  it('takes only the trailing run of "! " lines as stderr', () => {
    const t = parseTranscript('$ x\n! not stderr\nout\n! err\n[exit 0]\n');
    expect(t.blocks[0]!.stdout).toBe('! not stderr\nout\n');
    expect(t.blocks[0]!.stderr).toBe('err\n');
  });

  it('does not take "!" without a space, nor lines like "$ x" inside a block, as markers', () => {
    const t = parseTranscript('$ x\n$ y\n!\n[exit 0]\n');
    expect(t.blocks).toEqual([{ cmd: 'x', stdout: '$ y\n!\n', stderr: '', exit: 0 }]);
  });

  it('ends a block at the first [exit N] line and reads multi-digit statuses', () => {
    const t = parseTranscript('$ a\n[exit 127]\n$ b\n[exit 0]\n');
    expect(t.blocks.map((b) => b.exit)).toEqual([127, 0]);
  });

  it('treats "[exit N]" with extra text as output', () => {
    const t = parseTranscript('$ a\n[exit 1] no\n[exit 2]\n');
    expect(t.blocks[0]).toEqual({ cmd: 'a', stdout: '[exit 1] no\n', stderr: '', exit: 2 });
  });

  it('keeps bytes as they are (latin1 strings) and carriage returns inside lines', () => {
    const t = parseTranscript('$ x\n\xe2\x80\xa6\r\n[exit 0]\n');
    expect(t.blocks[0]!.stdout).toBe('\xe2\x80\xa6\r\n');
  });

  it('accepts a file without a final newline', () => {
    expect(parseTranscript('$ a\n[exit 3]').blocks[0]!.exit).toBe(3);
  });

  it('rejects malformed transcripts with the line number', () => {
    expect(() => parseTranscript('$ a\nout\n')).toThrow(TranscriptError);
    expect(() => parseTranscript('$ a\nout\n')).toThrow(/line 1: block "a" has no \[exit N\]/);
    expect(() => parseTranscript('$ a\n[exit 0]\nstray\n')).toThrow(/line 3: expected/);
    expect(() => parseTranscript('$ a\n[exit 0]\n\n')).toThrow(/line 3/);
    expect(() => parseTranscript('$ a\n\\ No newline at end of stdout\n[exit 0]\n')).toThrow(/empty stdout/);
    expect(() => parseTranscript('$ a\n\\ No newline at end of stderr\n[exit 0]\n')).toThrow(/empty stderr/);
  });

  it('round-trips through formatTranscript', () => {
    const text = '# c1\n# c2\n$ a b\nx\n\ny\n\\ No newline at end of stdout\n! \n! e\n\\ No newline at end of stderr\n[exit 4]\n$ c\n[exit 0]\n';
    const t = parseTranscript(text);
    expect(t.blocks[0]).toEqual({ cmd: 'a b', stdout: 'x\n\ny', stderr: '\ne', exit: 4 });
    expect(formatTranscript(t)).toBe(text);
  });
});

describe('formatBlock', () => {
  it('writes stdout, then stderr with "! ", the markers and the exit line', () => {
    expect(formatBlock({ cmd: 'c', stdout: 'o', stderr: 'e1\n\ne2\n', exit: 1 })).toBe(
      '$ c\no\n\\ No newline at end of stdout\n! e1\n! \n! e2\n[exit 1]\n',
    );
    expect(formatBlock({ cmd: 'c', stdout: '', stderr: '', exit: 0 })).toBe('$ c\n[exit 0]\n');
    expect(formatBlock({ cmd: 'c', stdout: '\n', stderr: 'x', exit: 0 })).toBe('$ c\n\n! x\n\\ No newline at end of stderr\n[exit 0]\n');
  });
});

describe('parseCase', () => {
  it('skips blank and whitespace-only lines and separates comments from commands', () => {
    expect(parseCase('# what\n\necho a\n  \t\n#x\n echo  b \n')).toEqual({ comments: ['# what', '#x'], commands: ['echo a', ' echo  b '] });
  });

  it('takes only lines starting with "#" as comments', () => {
    expect(parseCase(' # not a comment\necho # trailing\n').commands).toEqual([' # not a comment', 'echo # trailing']);
  });

  it('reads a last line without newline', () => {
    expect(parseCase('# c\necho a').commands).toEqual(['echo a']);
  });
});
