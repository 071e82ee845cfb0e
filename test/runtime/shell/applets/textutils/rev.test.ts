import { describe } from 'vitest';
import { type Case, runCases } from './cases.ts';

// Recorded from the real tools on Debian 12 (coreutils 9.1, busybox 1.35.0), LANG=C.
const CASES: Case[] = [
  ["printf 'abc\\nhello world\\n\\nxy' > f", "rev f", "cba\ndlrow olleh\n\nyx", "", 0],
  ["printf 'abc\\n' > f", "rev f f", "cba\ncba\n", "", 0],
  ["", "printf 'abc\\n' | rev", "cba\n", "", 0],
  ["", "rev nofile", "", "rev: cannot open nofile: No such file or directory\n", 1],
  ["printf 'abc\\n' > f", "rev nofile f", "cba\n", "rev: cannot open nofile: No such file or directory\n", 1],
  ["mkdir d", "rev d", "", "rev: d: 0: Is a directory\n", 1],
  ["", "printf 'a\\tb\\n' | rev", "b\ta\n", "", 0],
  ["", "printf 'ab\\0cd\\n' | rev | cat -v", "ba", "", 0],
  ["printf 'abc\\n' > f", "rev -x f", "", "rev: invalid option -- 'x'\nTry 'rev --help' for more information.\n", 1],
  ["printf 'abc\\n' > f", "rev -- f", "cba\n", "", 0],
  ["printf 'abc\\n' > f", "rev - < f", "", "rev: cannot open -: No such file or directory\n", 1],
  ["printf 'abc\\n' > f", "rev --foo", "", "rev: unrecognized option '--foo'\nTry 'rev --help' for more information.\n", 1],
  ["", "printf 'ab\\na\\303b\\ncd\\n' | rev", "ba\n", "rev: stdin: 1: Invalid or incomplete multibyte or wide character\n", 1],
  ["printf 'ab\\na\\303b\\ncd\\n' > f", "rev f f", "ba\nba\n", "rev: f: 1: Invalid or incomplete multibyte or wide character\nrev: f: 1: Invalid or incomplete multibyte or wide character\n", 1],
  ["", "printf 'a\\303\\251b\\n' | LANG=C.UTF-8 rev | cat -v", "bM-CM-)a\n", "", 0],
  ["", "printf 'a\\303\\251b\\nx\\n' | LC_ALL=C.UTF-8 rev", "bÃ©a\nx\n", "", 0],
  ["printf 'abc\\nhello world\\n\\nxy' > f", "busybox rev f", "cba\ndlrow olleh\n\nyx", "", 0],
  ["", "busybox rev nofile", "", "rev: nofile: No such file or directory\n", 1],
  ["printf 'abc\\n' > f", "busybox rev -x f", "", "rev: invalid option -- 'x'\nBusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: rev [FILE]...\n\nReverse lines of FILE\n", 1],
  ["mkdir d", "busybox rev d", "", "", 0],
  ["", "printf 'a\\303\\251b\\n' | busybox rev | cat -v", "bM-)M-Ca\n", "", 0],
  ["", "printf 'a\\303\\251b\\n' | LANG=C.UTF-8 busybox rev | cat -v", "bM-CM-)a\n", "", 0],
  ["", "printf 'ab\\0cd\\n' | busybox rev | cat -v", "ba", "", 0],
  ["", "printf 'abc' | busybox rev", "cba", "", 0],
];

describe('rev', () => runCases(CASES));
