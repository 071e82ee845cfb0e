import { describe } from 'vitest';
import { type Case, runCases } from './cases.ts';

// Recorded from the real tools (LANG=C, fresh directory per case).
const CASES: Case[] = [
  ["echo hi>a; mkdir d; echo x>d/f", "touch", "", "touch: missing file operand\nTry 'touch --help' for more information.\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "touch nod/x", "", "touch: cannot touch 'nod/x': No such file or directory\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "touch -c nofile; echo $?; test -e nofile || echo none", "0\nnone\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "touch -d bogus a", "", "touch: invalid date format 'bogus'\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "touch -t 1234 a", "", "touch: invalid date format '1234'\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "touch -t 202413020304 a", "", "touch: invalid date format '202413020304'\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "touch -r nofile a", "", "touch: failed to get attributes of 'nofile': No such file or directory\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "touch -d 2020-01-01 -r a b", "", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "touch -d '1 day ago' a; echo $?", "0\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "touch a/", "", "touch: setting times of 'a/': Not a directory\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "touch -h nol; echo $?", "1\n", "touch: setting times of 'nol': No such file or directory\n", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "touch -t 200001010000 -d 2000-01-01 a", "", "touch: cannot specify times from more than one source\nTry 'touch --help' for more information.\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "touch -d '2024-02-30' a", "", "touch: invalid date format '2024-02-30'\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "touch --time=bogus a", "", "touch: invalid argument 'bogus' for '--time'\nValid arguments are:\n  - 'atime', 'access', 'use'\n  - 'mtime', 'modify'\nTry 'touch --help' for more information.\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "touch --time=mtime a; echo $?", "0\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "touch -x a", "", "touch: invalid option -- 'x'\nTry 'touch --help' for more information.\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "touch b c; test -f b && test -f c && echo both", "both\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "touch d; echo $?", "0\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "touch -t 202401020304.5 a", "", "touch: invalid date format '202401020304.5'\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "touch -d '@x' a", "", "touch: invalid date format '@x'\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "touch -d '' a; echo $?", "0\n", "", 0],
];

describe('touch', () => runCases(CASES));
