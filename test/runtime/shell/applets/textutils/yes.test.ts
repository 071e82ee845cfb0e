import { describe } from 'vitest';
import { type Case, runCases } from './cases.ts';

// Recorded from the real tools on Debian 12 (coreutils 9.1, busybox 1.35.0), LANG=C.
const CASES: Case[] = [
  ["", "yes | head -3", "y\ny\ny\n", "", 0],
  ["", "yes a b | head -2", "a b\na b\n", "", 0],
  ["", "yes '' | head -2", "\n\n", "", 0],
  ["", "yes -- -x | head -2", "-x\n-x\n", "", 0],
  ["", "yes -x | head -2", "", "yes: invalid option -- 'x'\nTry 'yes --help' for more information.\n", 0],
  ["", "yes --foo", "", "yes: unrecognized option '--foo'\nTry 'yes --help' for more information.\n", 1],
  ["", "yes --v | head -1", "yes (GNU coreutils) 9.1\n", "", 0],
  ["", "yes --help | head -1", "Usage: yes [STRING]...\n", "", 0],
  ["", "yes abc | head -c 10", "abc\nabc\nab", "", 0],
  ["", "busybox yes | head -2", "y\ny\n", "", 0],
  ["", "busybox yes a b | head -2", "a b\na b\n", "", 0],
  ["", "busybox yes -x | head -2", "-x\n-x\n", "", 0],
  ["", "busybox yes -- x | head -1", "-- x\n", "", 0],
];

describe('yes', () => runCases(CASES));
