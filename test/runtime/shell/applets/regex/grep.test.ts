import { describe, expect, it } from 'vitest';
import { newSession, runAll } from '../../../../helpers.ts';
import { GREP_CASES, GREP_LAB_SETUP, GREP_SETUP } from './grep-cases.ts';
import { replay } from '../recorded-case.ts';

describe('grep, egrep, fgrep: recorded from GNU grep 3.8', () => {
  replay(GREP_SETUP, GREP_LAB_SETUP, GREP_CASES);
});

describe('grep -r', () => {
  // GNU grep walks directories in readdir order, which on a real disk is the filesystem's hash
  // order; the model's order is creation order. These were checked against GNU grep up to order.
  const tree = ['mkdir -p /tmp/r/d && cd /tmp/r', "printf 'hello\\n' > d/x.c", "mkdir d/sub; printf 'hello world\\n' > d/sub/y.h", "printf 'nope\\n' > d/z.txt"];

  it('prefixes names found below a directory operand and searches . without operands', async () => {
    const r = await runAll(newSession(), [...tree, 'grep -r hello d', 'cd d && grep -r hello', 'grep -r hello .', 'grep -rh hello /tmp/r/d/x.c']);
    expect(r[4]!.stdout).toBe('d/x.c:hello\nd/sub/y.h:hello world\n');
    expect(r[5]!.stdout).toBe('x.c:hello\nsub/y.h:hello world\n');
    expect(r[6]!.stdout).toBe('./x.c:hello\n./sub/y.h:hello world\n');
    expect(r[7]!.stdout).toBe('hello\n');
  });

  it('applies --include, --exclude and --exclude-dir, and -l/-c per file', async () => {
    const r = await runAll(newSession(), [...tree, "grep -r --include='*.h' hello d", "grep -r --exclude='*.c' hello d", 'grep -r --exclude-dir=sub hello d', 'grep -rl hello d', 'grep -rc hello d', 'grep --exclude-dir=d -r hello d']);
    expect(r[4]!.stdout).toBe('d/sub/y.h:hello world\n');
    expect(r[5]!.stdout).toBe('d/sub/y.h:hello world\n');
    expect(r[6]!.stdout).toBe('d/x.c:hello\n');
    expect(r[7]!.stdout).toBe('d/x.c\nd/sub/y.h\n');
    expect(r[8]!.stdout).toBe('d/x.c:1\nd/sub/y.h:1\nd/z.txt:0\n');
    expect(r[9]).toMatchObject({ stdout: '', exit: 1 });
  });

  it('skips symbolic links met while recursing unless -R', async () => {
    const r = await runAll(newSession(), [...tree, 'ln -s sub d/link', 'grep -r world d', 'grep -R world d']);
    expect(r[5]!.stdout).toBe('d/sub/y.h:hello world\n');
    expect(r[6]!.stdout).toBe('d/sub/y.h:hello world\nd/link/y.h:hello world\n');
  });
});

describe('grep details', () => {
  it('says a directory is a directory without -r, and skips it with -d skip', async () => {
    const r = await runAll(newSession(), ['mkdir -p /tmp/q/d && cd /tmp/q', 'grep x d', 'grep -d skip x d']);
    expect(r[1]).toMatchObject({ stderr: 'grep: d: Is a directory\n', exit: 2 });
    expect(r[2]).toMatchObject({ stderr: '', exit: 1 });
  });

  it('colors with --color=auto only on a terminal', async () => {
    const s = newSession();
    const r = await s.run("echo abc | grep --color=auto b");
    expect(r.stdout).toBe('abc\n');
  });

  it('handles long inputs line by line', async () => {
    const s = newSession();
    const r = await s.run('i=0; while [ $i -lt 300 ]; do echo "line $i"; i=$((i+1)); done | grep -c "line 1"');
    expect(r.stdout).toBe('111\n');
  });
});
