import { describe, expect, it } from 'vitest';
import { newSession, run1, runAll } from '../../../../helpers.ts';

const BB = "printf '\\177ELF\\002\\001\\001\\000\\000\\000\\000\\000\\000\\000\\000\\000LAB-PROGRAM:busybox\\n' > /usr/local/bin/busybox; chmod +x /usr/local/bin/busybox";

describe('awk: rand and srand (checked against mawk 1.3.4 and busybox 1.35.0)', () => {
  it('follows glibc random() after srand(n) and returns the previous seed', async () => {
    const r = await run1("awk 'BEGIN{srand(7); print rand(), rand(); print srand(3), srand()}'");
    expect(r.stdout.split('\n').slice(0, 1)).toEqual(['0.486904 0.867977']);
    expect(r.stdout.split('\n')[1]).toMatch(/^7 3$/);
  });

  it('seeds from the clock at start: srand() returns that time, and rand() repeats after srand(srand())', async () => {
    const r = await run1("awk 'BEGIN{a = rand(); s = srand(); srand(s); print (a == rand()), (s == srand())}'; date +%s");
    const [flags, now] = r.stdout.trim().split('\n');
    expect(flags).toBe('1 1');
    const s = await run1("awk 'BEGIN{print srand()}'");
    expect(Math.abs(Number(s.stdout) - Number(now))).toBeLessThan(5);
  });

  it('-W random=N starts from seed 1 and srand() then returns ""', async () => {
    expect((await run1("awk -W random=5 'BEGIN{print rand(); print \"[\" srand() \"]\"}'")).stdout).toBe('0.840188\n[]\n');
  });

  it('busybox starts from seed 1 and draws three random() values per rand()', async () => {
    const r = await runAll(newSession(), [BB, "busybox awk 'BEGIN{print rand(); print srand(9)}'", "busybox awk 'BEGIN{srand(9); print rand()}'"]);
    expect(r[1]!.stdout).toBe('0.783099\n1\n');
    expect(r[2]!.stdout).toBe('0.203431\n');
  });
});

describe('awk: long runs stay interruptible', () => {
  it('an endless loop ends under timeout', async () => {
    const r = await run1("timeout 1 awk 'BEGIN { while (1) x++ }'; echo $?");
    expect(r.stdout).toBe('124\n');
  });

  it('stops when the reader of its output is gone', async () => {
    const r = await run1("awk 'BEGIN { while (1) print \"y\" }' | head -2");
    expect(r).toMatchObject({ stdout: 'y\ny\n', exit: 0 });
  });

  it('exits early on an endless input', async () => {
    expect((await run1("yes | awk 'NR == 3 { print NR, $0; exit }'")).stdout).toBe('3 y\n');
  });
});

describe('awk: names', () => {
  it('awk, mawk and nawk are the same program and say their own name', async () => {
    const r = await run1("awk 'BEGIN{print ARGV[0]}'; mawk 'BEGIN{print ARGV[0]}'; nawk 'BEGIN { x = }' ");
    expect(r.stdout).toBe('awk\nmawk\n');
    expect(r.stderr).toBe('nawk: line 1: syntax error at or near }\n');
    expect(r.exit).toBe(2);
  });
});
