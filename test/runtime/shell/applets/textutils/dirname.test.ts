import { describe } from 'vitest';
import { type Case, runCases } from './cases.ts';

// Recorded from the real tools on Debian 12 (coreutils 9.1, busybox 1.35.0), LANG=C.
const CASES: Case[] = [
  ["", "dirname /usr/bin/sort", "/usr/bin\n", "", 0],
  ["", "dirname stdio.h", ".\n", "", 0],
  ["", "dirname /a/b/", "/a\n", "", 0],
  ["", "dirname //", "/\n", "", 0],
  ["", "dirname /", "/\n", "", 0],
  ["", "dirname ''", ".\n", "", 0],
  ["", "dirname a/b c/d/e", "a\nc/d\n", "", 0],
  ["", "dirname", "", "dirname: missing operand\nTry 'dirname --help' for more information.\n", 1],
  ["", "dirname -z a/b | cat -v", "a^@", "", 0],
  ["", "dirname //a//b//", "//a\n", "", 0],
  ["", "dirname a//b", "a\n", "", 0],
  ["", "dirname -q a", "", "dirname: invalid option -- 'q'\nTry 'dirname --help' for more information.\n", 1],
  ["", "dirname --foo", "", "dirname: unrecognized option '--foo'\nTry 'dirname --help' for more information.\n", 1],
  ["", "dirname -- -a/b", "-a\n", "", 0],
  ["", "dirname ///", "/\n", "", 0],
  ["", "dirname a/", ".\n", "", 0],
  ["", "busybox dirname /usr/bin/sort", "/usr/bin\n", "", 0],
  ["", "busybox dirname a/b c/d", "", "BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: dirname FILENAME\n\nStrip non-directory suffix from FILENAME\n", 1],
  ["", "busybox dirname", "", "BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: dirname FILENAME\n\nStrip non-directory suffix from FILENAME\n", 1],
  ["", "busybox dirname -z a/b", "", "BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: dirname FILENAME\n\nStrip non-directory suffix from FILENAME\n", 1],
  ["", "busybox dirname //a//b//", "//a\n", "", 0],
  ["", "busybox dirname -q a", "", "BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: dirname FILENAME\n\nStrip non-directory suffix from FILENAME\n", 1],
];

describe('dirname', () => runCases(CASES));
