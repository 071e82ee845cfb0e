import { describe } from 'vitest';
import { type Case, runCases } from './cases.ts';

// Recorded from the real tools on Debian 12 (coreutils 9.1, busybox 1.35.0), LANG=C.
const CASES: Case[] = [
  ["", "basename /usr/bin/sort", "sort\n", "", 0],
  ["", "basename include/stdio.h .h", "stdio\n", "", 0],
  ["", "basename /a/b/", "b\n", "", 0],
  ["", "basename //", "/\n", "", 0],
  ["", "basename /", "/\n", "", 0],
  ["", "basename ''", "\n", "", 0],
  ["", "basename a.h .h", "a\n", "", 0],
  ["", "basename .h .h", ".h\n", "", 0],
  ["", "basename -s .h a.h b.h", "a\nb\n", "", 0],
  ["", "basename -a a/b c/d/", "b\nd\n", "", 0],
  ["", "basename -a", "", "basename: missing operand\nTry 'basename --help' for more information.\n", 1],
  ["", "basename", "", "basename: missing operand\nTry 'basename --help' for more information.\n", 1],
  ["", "basename a b c", "", "basename: extra operand 'c'\nTry 'basename --help' for more information.\n", 1],
  ["", "basename -z a/b | cat -v", "b^@", "", 0],
  ["", "basename --suffix=.c x.c", "x\n", "", 0],
  ["", "basename -q a", "", "basename: invalid option -- 'q'\nTry 'basename --help' for more information.\n", 1],
  ["", "basename --foo a", "", "basename: unrecognized option '--foo'\nTry 'basename --help' for more information.\n", 1],
  ["", "basename -- -a", "-a\n", "", 0],
  ["", "basename -a -s .x a.x b.y", "a\nb.y\n", "", 0],
  ["", "basename 'a/b c/d'", "d\n", "", 0],
  ["", "basename a/b// ", "b\n", "", 0],
  ["", "basename --multiple x/y z", "y\nz\n", "", 0],
  ["", "basename ///a///", "a\n", "", 0],
  ["", "busybox basename /usr/bin/sort", "sort\n", "", 0],
  ["", "busybox basename include/stdio.h .h", "stdio\n", "", 0],
  ["", "busybox basename /a/b/", "b\n", "", 0],
  ["", "busybox basename", "", "BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: basename FILE [SUFFIX] | -a FILE... | -s SUFFIX FILE...\n\nStrip directory path and SUFFIX from FILE\n\n\t-a\t\tAll arguments are FILEs\n\t-s SUFFIX\tRemove SUFFIX (implies -a)\n", 1],
  ["", "busybox basename a b c", "", "BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: basename FILE [SUFFIX] | -a FILE... | -s SUFFIX FILE...\n\nStrip directory path and SUFFIX from FILE\n\n\t-a\t\tAll arguments are FILEs\n\t-s SUFFIX\tRemove SUFFIX (implies -a)\n", 1],
  ["", "busybox basename -s .h a.h b.h", "a\nb\n", "", 0],
  ["", "busybox basename -a a/b c/d/", "b\nd\n", "", 0],
  ["", "busybox basename -q a", "", "basename: invalid option -- 'q'\nBusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: basename FILE [SUFFIX] | -a FILE... | -s SUFFIX FILE...\n\nStrip directory path and SUFFIX from FILE\n\n\t-a\t\tAll arguments are FILEs\n\t-s SUFFIX\tRemove SUFFIX (implies -a)\n", 1],
  ["", "busybox basename .h .h", ".h\n", "", 0],
  ["", "busybox basename --suffix=.c x.c", "", "basename: unrecognized option '--suffix=.c'\nBusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: basename FILE [SUFFIX] | -a FILE... | -s SUFFIX FILE...\n\nStrip directory path and SUFFIX from FILE\n\n\t-a\t\tAll arguments are FILEs\n\t-s SUFFIX\tRemove SUFFIX (implies -a)\n", 1],
];

describe('basename', () => runCases(CASES));
