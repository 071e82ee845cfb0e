import { describe, expect, it } from 'vitest';
import { selectMenu } from '../../../src/runtime/shell/interpreter/select.ts';
import { run1 } from '../../helpers.ts';

// Texts recorded from bash 5.2 (`select ... </dev/null`, stderr).
describe('select menu layout', () => {
  it('lists few items one per line', () => {
    expect(selectMenu(['alpha', 'beta', 'gamma'], 80)).toBe('1) alpha\n2) beta\n3) gamma\n');
  });

  it('fills columns down first, padding with spaces to each column', () => {
    expect(selectMenu('abcdefghijkl'.split(''), 80)).toBe('1) a    3) c   5) e   7) g   9) i  11) k\n2) b    4) d   6) f   8) h  10) j  12) l\n');
  });

  it('runs the loop: menu and PS3 on stderr, a newline on stdout at end of input', async () => {
    const r = await run1('select x in a b; do echo $x; done; echo "status $?"');
    expect(r).toMatchObject({ stdout: '\nstatus 1\n', stderr: '1) a\n2) b\n#? ', exit: 0 });
  });
});
