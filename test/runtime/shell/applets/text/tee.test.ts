import { describe } from 'vitest';
import { type Case, runCases } from './cases.ts';

const S = "mkdir d";

// Recorded from the real tools on Debian 12 (LANG=C, fresh directory per case, stdin /dev/null).
const CASES: Case[] = [
  [S, "echo hi | tee a b; cat a b", "hi\nhi\nhi\n", "", 0],
  [S, "echo hi | tee nodir/x a; echo $?; cat a", "hi\n1\nhi\n", "tee: nodir/x: No such file or directory\n", 0],
  [S, "echo hi | tee d", "hi\n", "tee: d: Is a directory\n", 1],
  [S, "echo hi | tee /dev/full", "hi\n", "tee: /dev/full: No space left on device\n", 1],
  [S, "echo x > a; echo hi | tee -a a; cat a", "hi\nx\nhi\n", "", 0],
  [S, "echo x > a; echo hi | tee a; cat a", "hi\nhi\n", "", 0],
  [S, "echo hi | tee", "hi\n", "", 0],
  [S, "echo hi | tee -; cat ./-", "hi\nhi\n", "", 0],
  [S, "printf 'a\\nb' | tee a > /dev/null; cat a", "a\nb", "", 0],
  [S, "head -c 300000 /dev/zero | tee f | head -c 1 | wc -c; echo ${PIPESTATUS[@]}", "1\n141 141 0 0\n", "", 0],
  [S, "head -c 300000 /dev/zero | tee -p f | head -c 1 | wc -c; echo ${PIPESTATUS[@]}; wc -c < f", "1\n0 0 0 0\n300000\n", "", 0],
  [S, "head -c 300000 /dev/zero | tee --output-error=warn f | head -c 1 | wc -c; echo ${PIPESTATUS[@]}; wc -c < f", "1\n0 1 0 0\n300000\n", "tee: 'standard output': Broken pipe\n", 0],
  [S, "head -c 300000 /dev/zero | tee --output-error f | head -c 1 | wc -c; echo ${PIPESTATUS[@]}; wc -c < f", "1\n0 0 0 0\n300000\n", "", 0],
  [S, "head -c 300000 /dev/zero | tee --output-error=exit-nopipe f | head -c 1 | wc -c; echo ${PIPESTATUS[@]}; wc -c < f", "1\n0 0 0 0\n300000\n", "", 0],
  [S, "tee --output-error=bad", "", "tee: invalid argument 'bad' for '--output-error'\nValid arguments are:\n  - 'warn'\n  - 'warn-nopipe'\n  - 'exit'\n  - 'exit-nopipe'\nTry 'tee --help' for more information.\n", 1],
  [S, "tee --output-error=w", "", "tee: ambiguous argument 'w' for '--output-error'\nValid arguments are:\n  - 'warn'\n  - 'warn-nopipe'\n  - 'exit'\n  - 'exit-nopipe'\nTry 'tee --help' for more information.\n", 1],
  [S, "tee -x", "", "tee: invalid option -- 'x'\nTry 'tee --help' for more information.\n", 1],
  [S, "tee --foo", "", "tee: unrecognized option '--foo'\nTry 'tee --help' for more information.\n", 1],
  [S, "echo hi | tee -i a; cat a", "hi\nhi\n", "", 0],
  [S, "echo hi | busybox tee nodir/x a", "hi\n", "tee: nodir/x: No such file or directory\n", 1],
  [S, "echo hi | busybox tee d", "hi\n", "tee: d: Is a directory\n", 1],
  [S, "head -c 300000 /dev/zero | busybox tee f | head -c 1 | wc -c; echo ${PIPESTATUS[@]}", "1\n141 141 0 0\n", "", 0],
  [S, "busybox tee -x", "", "tee: invalid option -- 'x'\nBusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: tee [-ai] [FILE]...\n\nCopy stdin to each FILE, and also to stdout\n\n\t-a\tAppend to the given FILEs, don't overwrite\n\t-i\tIgnore interrupt signals (SIGINT)\n", 1],
  [S, "echo hi | busybox tee -", "hi\nhi\n", "", 0],
  [S, "echo hi | busybox tee /dev/full", "hi\n", "tee: /dev/full: I/O error\n", 1],
  [S, "echo hi | busybox tee -a a; echo ho | busybox tee -a a; cat a", "hi\nho\nhi\nho\n", "", 0],
];

describe('tee', () => runCases(CASES));
