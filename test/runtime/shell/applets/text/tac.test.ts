import { describe } from 'vitest';
import { type Case, runCases } from './cases.ts';

const S = "printf 'a\\nb\\nc\\n' > f; printf 'a\\nb' > g; mkdir d";

// Recorded from the real tools on Debian 12 (LANG=C, fresh directory per case, stdin /dev/null).
const CASES: Case[] = [
  [S, "tac f", "c\nb\na\n", "", 0],
  [S, "tac g", "ba\n", "", 0],
  [S, "tac nofile f", "c\nb\na\n", "tac: failed to open 'nofile' for reading: No such file or directory\n", 1],
  [S, "tac d", "", "tac: d: read error: Invalid argument\n", 1],
  [S, "printf 'a\\0b\\0' | tac -s '' | cat -v", "b^@a^@", "", 0],
  [S, "echo 'a:b:c' | tac -s :", "c\nb:a:", "", 0],
  [S, "tac -b f | cat -A", "$\n$\nc$\nba", "", 0],
  [S, "echo 'a:b:c' | tac -b -s : | cat -A", ":c$\n:ba", "", 0],
  [S, "echo 'a1b2c3' | tac -r -s '[0-9]'", "\nc3b2a1", "", 0],
  [S, "printf 'aXXbXXc' | tac -s XX; echo", "cbXXaXX\n", "", 0],
  [S, "tac -x", "", "tac: invalid option -- 'x'\nTry 'tac --help' for more information.\n", 1],
  [S, "tac --foo", "", "tac: unrecognized option '--foo'\nTry 'tac --help' for more information.\n", 1],
  [S, "tac f g", "c\nb\na\nba\n", "", 0],
  [S, "tac - < f", "c\nb\na\n", "", 0],
  [S, "cat f | tac", "c\nb\na\n", "", 0],
  [S, "printf '' | tac", "", "", 0],
  [S, "busybox tac g", "ba\n", "", 0],
  [S, "busybox tac nofile f", "c\nb\na\n", "tac: nofile: No such file or directory\n", 1],
  [S, "busybox tac -s :", "", "tac: invalid option -- 's'\nBusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: tac [FILE]...\n\nConcatenate FILEs and print them in reverse\n", 1],
  [S, "busybox tac d", "", "tac: d: Is a directory\n", 1],
  [S, "printf 'a12b345c' | tac -r -s '[0-9]*'", "c54b32a1", "", 0],
  [S, "printf 'a12b345c' | tac -r -s '[0-9]+'", "c54b32a1", "", 0],
  [S, "printf 'axxbxc' | tac -r -s 'x+'", "cbxxax", "", 0],
  [S, "printf 'a(b)c' | tac -r -s '(b)'", "ca(b)", "", 0],
  [S, "printf 'abcabc' | tac -r -s '\\(b\\)c'", "abcabc", "", 0],
  [S, "printf 'a1b22c' | tac -r -s '1\\|22'", "cb22a1", "", 0],
  [S, "printf 'aXbxc' | tac -r -s 'x|X'", "aXbxc", "", 0],
  [S, "printf 'ab.cd' | tac -r -s '.'", "dc.ba", "", 0],
  [S, "printf 'a{2}b' | tac -r -s '{2}'", "ba{2}", "", 0],
  [S, "printf 'a1b22c' | tac -b -r -s '[0-9]'", "2c21ba", "", 0],
];

describe('tac', () => runCases(CASES));
