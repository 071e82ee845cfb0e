import { describe } from 'vitest';
import { type Case, runCases } from './cases.ts';

const S = "printf 'hello world foo bar\\nshort\\n\\nabcdefghijklmno\\n' > l; printf 'a\\tb\\tc\\n\\t\\tx\\n' > t; mkdir d";

// Recorded from the real tools on Debian 12 (LANG=C, fresh directory per case, stdin /dev/null).
const CASES: Case[] = [
  [S, "fold -w 5 l", "hello\n worl\nd foo\n bar\nshort\n\nabcde\nfghij\nklmno\n", "", 0],
  [S, "fold -w5 -s l", "hello\n \nworld\n foo \nbar\nshort\n\nabcde\nfghij\nklmno\n", "", 0],
  [S, "fold -s -w 7 l", "hello \nworld \nfoo bar\nshort\n\nabcdefg\nhijklmn\no\n", "", 0],
  [S, "fold -b -w 4 t", "a\tb\t\nc\n\t\tx\n", "", 0],
  [S, "fold -w 4 t", "a\n\t\nb\n\t\nc\n\t\n\t\nx\n", "", 0],
  [S, "fold -w 10 t", "a\tb\n\tc\n\t\n\tx\n", "", 0],
  [S, "fold -3 l", "hel\nlo \nwor\nld \nfoo\n ba\nr\nsho\nrt\n\nabc\ndef\nghi\njkl\nmno\n", "", 0],
  [S, "fold -w 3 -s l", "hel\nlo \nwor\nld \nfoo\n \nbar\nsho\nrt\n\nabc\ndef\nghi\njkl\nmno\n", "", 0],
  [S, "echo abcdef | fold -3 -w2", "ab\ncd\nef\n", "", 0],
  [S, "echo abcdef | fold -w2 -3", "abc\ndef\n", "", 0],
  [S, "printf 'ab\\bcdef\\n' | fold -w 3 | cat -A", "ab^Hcd$\nef$\n", "", 0],
  [S, "printf 'abc\\rdefgh\\n' | fold -w 3 | cat -A", "abc^Mdef$\ngh$\n", "", 0],
  [S, "printf 'abcdefg' | fold -w 3", "abc\ndef\ng", "", 0],
  [S, "fold -w x", "", "fold: invalid number of columns: 'x'\n", 1],
  [S, "fold -w 0", "", "fold: invalid number of columns: '0': Numerical result out of range\n", 1],
  [S, "fold -w -1", "", "fold: invalid number of columns: '-1'\n", 1],
  [S, "fold -0", "", "fold: invalid number of columns: '0': Numerical result out of range\n", 1],
  [S, "fold -w 99999999999999999999999", "", "fold: invalid number of columns: '99999999999999999999999': Value too large for defined data type\n", 1],
  [S, "fold nofile l", "hello world foo bar\nshort\n\nabcdefghijklmno\n", "fold: nofile: No such file or directory\n", 1],
  [S, "fold d", "", "fold: d: Is a directory\n", 1],
  [S, "fold -x", "", "fold: invalid option -- 'x'\nTry 'fold --help' for more information.\n", 1],
  [S, "fold --width=4 l", "hell\no wo\nrld \nfoo \nbar\nshor\nt\n\nabcd\nefgh\nijkl\nmno\n", "", 0],
  [S, "busybox fold -w x", "", "fold: invalid number 'x'\n", 1],
  [S, "busybox fold -w 0 l", "", "fold: number 0 is not in 1..10000 range\n", 1],
  [S, "busybox fold nofile", "", "fold: nofile: No such file or directory\n", 1],
  [S, "busybox fold -3 l", "hel\nlo \nwor\nld \nfoo\n ba\nr\nsho\nrt\n\nabc\ndef\nghi\njkl\nmno\n", "", 0],
  [S, "busybox fold d", "", "fold: d: Input/output error\n", 1],
  [S, "busybox fold -s -w 5 l", "hello\n \nworld\n foo \nbar\nshort\n\nabcde\nfghij\nklmno\n", "", 0],
];

describe('fold', () => runCases(CASES));
