import { describe } from 'vitest';
import { type Case, runCases } from './cases.ts';

// Recorded from the real tools (LANG=C, fresh directory per case).
const CASES: Case[] = [
  ["echo hi>a", "dd if=a status=noxfer", "hi\n", "0+1 records in\n0+1 records out\n", 0],
  ["echo hi>a", "dd if=a of=b status=noxfer; cat b", "hi\n", "0+1 records in\n0+1 records out\n", 0],
  ["echo hi>a", "dd if=/dev/zero of=b bs=1024 count=1 status=noxfer", "", "1+0 records in\n1+0 records out\n", 0],
  ["echo hi>a", "dd if=/dev/zero of=b bs=512 count=3 status=none; echo $?", "0\n", "", 0],
  ["echo hi>a", "dd if=nofile", "", "dd: failed to open 'nofile': No such file or directory\n", 1],
  ["echo hi>a", "dd bogus", "", "dd: unrecognized operand 'bogus'\nTry 'dd --help' for more information.\n", 1],
  ["echo hi>a", "dd bs=x", "", "dd: invalid number: 'x'\n", 1],
  ["echo hi>a", "dd conv=bogus", "", "dd: invalid conversion: 'bogus'\nTry 'dd --help' for more information.\n", 1],
  ["echo hi>a", "dd status=bogus", "", "dd: invalid status level: 'bogus'\nTry 'dd --help' for more information.\n", 1],
  ["echo hi>a", "dd if=a conv=ucase status=none", "HI\n", "", 0],
  ["echo hi>a", "dd if=a of=nod/x", "", "dd: failed to open 'nod/x': No such file or directory\n", 1],
  ["echo hi>a", "echo abcdefgh > c; dd if=a of=c conv=notrunc status=none; cat c", "hi\ndefgh\n", "", 0],
  ["echo hi>a", "echo abcdefgh > c; dd if=a of=c seek=1 bs=2 status=none; cat c", "abhi\n", "", 0],
  ["echo hi>a", "dd if=a bs=1 skip=1 status=none", "i\n", "", 0],
  ["echo hi>a", "dd if=a bs=1 count=2 status=none; echo", "hi\n", "", 0],
  ["echo hi>a", "dd if=a ibs=1 obs=2 status=noxfer", "hi\n", "3+0 records in\n1+1 records out\n", 0],
  ["echo hi>a", "dd if=a cbs=1 conv=lcase,ucase", "", "dd: cannot combine lcase and ucase\n", 1],
  ["echo hi>a", "dd if=a bs=1 iflag=bogus", "", "dd: invalid input flag: 'bogus'\nTry 'dd --help' for more information.\n", 1],
  ["echo hi>a", "dd if=a count=x", "", "dd: invalid number: 'x'\n", 1],
  ["echo hi>a", "dd if=a bs=2x2 status=none", "hi\n", "", 0],
  ["echo hi>a", "dd if=a bs=0", "", "dd: invalid number: '0'\n", 1],
  ["echo hi>a", "echo hello | dd status=noxfer", "hello\n", "0+1 records in\n0+1 records out\n", 0],
  ["echo hi>a", "printf 'abcdef' | dd bs=4 status=noxfer", "abcdef", "1+1 records in\n1+1 records out\n", 0],
  ["echo hi>a", "echo HeLLo | dd conv=lcase status=none", "hello\n", "", 0],
  ["echo hi>a", "dd if=a of=b oflag=append status=none; dd if=a of=b oflag=append conv=notrunc status=none; cat b", "hi\nhi\n", "dd: you probably want conv=notrunc with oflag=append\n", 0],
  ["echo hi>a", "dd if=a skip=1 status=noxfer", "", "dd: a: cannot skip to specified offset\n0+0 records in\n0+0 records out\n", 0],
  ["echo hi>a", "dd if=a of=/dev/null status=noxfer", "", "0+1 records in\n0+1 records out\n", 0],
  ["echo hi>a", "dd if=a bs=1 count=0 status=noxfer", "", "0+0 records in\n0+0 records out\n", 0],
  ["echo hi>a", "dd if=a of=c conv=excl status=none; dd if=a of=c conv=excl status=none", "", "dd: failed to open 'c': File exists\n", 1],
  ["echo hi>a", "dd if=a of=c conv=nocreat status=none", "", "dd: failed to open 'c': No such file or directory\n", 1],
];

describe('dd', () => runCases(CASES));
