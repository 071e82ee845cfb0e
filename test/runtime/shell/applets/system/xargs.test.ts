import { describe } from 'vitest';
import { type Case, check } from './system-cases.ts';

// Expected texts recorded from findutils 4.9.0 xargs on the oracle machine.
const cases: Case[] = [
  ['echo a b c | xargs', 'a b c\n', '', 0],
  ['echo a b c | xargs -n 2', 'a b\nc\n', '', 0],
  ['printf "a b\\nc\\nd e f\\n" | xargs -L 2 echo', 'a b c\nd e f\n', '', 0],
  ['printf "a\\nb\\n" | xargs -I {} echo x{}y', 'xay\nxby\n', '', 0],
  ['printf "a\\0b c\\0" | xargs -0 -n1 echo', 'a\nb c\n', '', 0],
  ['echo "a,b,c" | xargs -d , -n1', 'a\nb\nc\n\n', '', 0],
  ['echo -n | xargs echo hi', 'hi\n', '', 0],
  ['echo -n | xargs -r echo hi', '', '', 0],
  ['echo a b | xargs -t echo', 'a b\n', 'echo a b\n', 0],
  ['echo "a b" | xargs -I{} -t echo {}', 'a b\n', "echo 'a b'\n", 0],
  ['echo a | xargs nosuchcmd', '', 'xargs: nosuchcmd: No such file or directory\n', 127],
  ['echo a | xargs false', '', '', 123],
  ['echo a | xargs sh -c "exit 255"', '', 'xargs: sh: exited with status 255; aborting\n', 124],
  ['echo a | xargs sh -c "exit 127"', '', '', 123],
  ["echo \"a 'b\" | xargs", 'a\n', 'xargs: unmatched single quote; by default quotes are special to xargs unless you use the -0 option\n', 1],
  ["echo \"a 'b c' \\\"d e\\\" f\\\\ g\" | xargs -n1", 'a\nb c\nd e\nf g\n', '', 0],
  ['echo a | xargs -n 0', '', "xargs: value 0 for -n option should be >= 1\nTry 'xargs --help' for more information.\n", 1],
  ['echo a | xargs -n x', '', 'xargs: invalid number "x" for -n option\nTry \'xargs --help\' for more information.\n', 1],
  ['echo a | xargs -s 5 echo', '', 'xargs: argument line too long\n', 1],
  ['echo a | xargs -s 4 echo', '', 'xargs: cannot fit single argument within argument list size limit\n', 1],
  ['echo a b c d | xargs -x -n 3 -s 9 echo', '', 'xargs: argument list too long\n', 1],
  ['echo a | xargs -q', '', "xargs: invalid option -- 'q'\nTry 'xargs --help' for more information.\n", 1],
  ['echo a b | xargs -L 1 -n 1', 'a\nb\n', 'xargs: warning: options --max-lines and --max-args/-n are mutually exclusive, ignoring previous --max-lines value\n', 0],
  ['printf "a b  \\n\\n  c\\n" | xargs -L1', 'a b c\n', '', 0],
  ['printf "  a b\\n\\n c \\n" | xargs -I@ echo "<@>"', '<a b>\n<c >\n', '', 0],
  ['echo a b STOP c | xargs -E STOP echo', 'a b\n', '', 0],
  ['echo "a\\\\" | xargs echo', 'a\n\n', '', 0],
  ['echo a | xargs -d ab', '', 'xargs: Invalid input delimiter specification ab: the delimiter must be either a single character or an escape sequence starting with \\.\n', 1],
  ['xargs -a nofile echo', '', "xargs: Cannot open input file 'nofile': No such file or directory\n", 1],
  ['echo a | xargs -n1 -- -x', '', 'xargs: -x: No such file or directory\n', 127],
  ['echo a | busybox xargs -n 0', '', 'xargs: number 0 is not in 1..2147483647 range\n', 1],
  ["echo \"a 'b\" | busybox xargs", '', 'xargs: unmatched single quote\n', 1],
];

describe('xargs', () => check(cases));
