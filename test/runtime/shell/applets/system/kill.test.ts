import { describe } from 'vitest';
import { type Case, check } from './system-cases.ts';

// procps-ng 4.0.2 /usr/bin/kill (messages carry argv[0] as typed).
const cases: Case[] = [
  ['/usr/bin/kill -l', 'HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT\nCHLD CONT STOP TSTP TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH POLL PWR SYS\n', '', 0],
  ['/usr/bin/kill -L | tail -1', '29 POLL    30 PWR     31 SYS     \n', '', 0],
  ['/usr/bin/kill -l 9', 'KILL\n', '', 0],
  ['/usr/bin/kill -l sigkill', '9\n', '', 0],
  ['/usr/bin/kill -l 015', 'TERM\n', '', 0],
  ['/usr/bin/kill -l9', 'KILL\n', '', 0],
  ['/usr/bin/kill --list=9', 'KILL\n', '', 0],
  ['/usr/bin/kill -l 137', '', '/usr/bin/kill: unknown signal name 137\n', 0],
  ['/usr/bin/kill -l IOT', '', '/usr/bin/kill: unknown signal name IOT\n', 0],
  ['/usr/bin/kill 99999', '', '/usr/bin/kill: (99999): No such process\n', 1],
  ['/usr/bin/kill -9 99999 88888', '', '/usr/bin/kill: (99999): No such process\n/usr/bin/kill: (88888): No such process\n', 1],
  ['/usr/bin/kill -s KILL -- 99999', '', '/usr/bin/kill: (99999): No such process\n', 1],
  ['/usr/bin/kill -s FOO 1', '', '/usr/bin/kill: (1): Invalid argument\n', 1],
  ['/usr/bin/kill abc', '', "/usr/bin/kill: failed to parse argument: 'abc'\n", 1],
  ['/usr/bin/kill 5x', '', "/usr/bin/kill: failed to parse argument: '5x'\n", 1],
  ['/usr/bin/kill -q x 1', '', "/usr/bin/kill: must be an integer value to be passed with the signal.: 'x'\n", 1],
  ['/usr/bin/kill -x 2>&1 | head -3', '/usr/bin/kill: invalid argument x\n\nUsage:\n', '', 0],
  ['/usr/bin/kill -s 2>&1 | head -1', '/usr/bin/kill: invalid argument s\n', '', 0],
  ['/usr/bin/kill -V', 'kill from procps-ng 4.0.2\n', '', 0],
  ['/usr/bin/kill -0 1', '', '', 0],
  ['sleep 100 & /usr/bin/kill $!; wait $!; echo $?', '143\n', '', 0],
  ['sleep 100 & /usr/bin/kill -KILL $!; wait $!; echo $?', '137\n', '', 0],
];

describe('kill', () => check(cases));
