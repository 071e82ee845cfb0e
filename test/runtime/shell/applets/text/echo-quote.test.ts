import { describe } from 'vitest';
import { type Case, runCases } from './cases.ts';

const S = "";

// /bin/echo's own escapes and --help, head/tail --help, and gnulib quote() escaping in
// messages (locale.ts lquote). Recorded from coreutils 9.1 on Debian 12, LANG=C.
const CASES: Case[] = [
  [S, "/bin/echo -e '\\101|\\0101|\\x41|\\e|\\u41|\\08' | od -c", "0000000   A   |   A   |   A   | 033   |   \\   u   4   1   |  \\0   8  \\n\n0000020\n", "", 0],
  [S, "/bin/echo --help | head -3", "Usage: /bin/echo [SHORT-OPTION]... [STRING]...\n  or:  /bin/echo LONG-OPTION\nEcho the STRING(s) to standard output.\n", "", 0],
  [S, "/bin/echo --version | head -1", "echo (GNU coreutils) 9.1\n", "", 0],
  [S, "/bin/echo --help -n", "--help -n\n", "", 0],
  [S, "head --help | md5sum", "6d62267df468f5b14c2e12a53bc4079b  -\n", "", 0],
  [S, "tail --version | tail -2", "Written by Paul Rubin, David MacKenzie, Ian Lance Taylor,\nand Jim Meyering.\n", "", 0],
  [S, "head --version | head -1", "head (GNU coreutils) 9.1\n", "", 0],
  [S, "tr \"a'b\" < /dev/null", "", "tr: missing operand after 'a\\'b'\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n", 1],
  [S, "sort -t 'a\\b' /dev/null", "", "sort: multi-character tab 'a\\\\b'\n", 2],
  [S, "sort -S \"x'\" /dev/null", "", "sort: invalid -S argument 'x''\n", 2],
  [S, "uniq a b \"c'd\"", "", "uniq: extra operand 'c\\'d'\nTry 'uniq --help' for more information.\n", 1],
  [S, "head -n $'\\t\\x01' /dev/null", "", "head: invalid number of lines: '\\t\\001'\n", 1],
  [S, "tr a b \"c d\"", "", "tr: extra operand 'c d'\nTry 'tr --help' for more information.\n", 1],
];

describe('echo, head/tail info, quoted operands', () => runCases(CASES));
