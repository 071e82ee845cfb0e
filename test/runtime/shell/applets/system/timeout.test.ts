import { describe } from 'vitest';
import { type Case, check } from './system-cases.ts';

// coreutils 9.1 timeout and nohup (LANG=C, stdout not a terminal).
const cases: Case[] = [
  ['timeout 1 sleep 5; echo $?', '124\n', '', 0],
  ['timeout 5 echo hi', 'hi\n', '', 0],
  ['timeout 2 sh -c "exit 3"', '', '', 3],
  ['timeout', '', "Try 'timeout --help' for more information.\n", 125],
  ['timeout 1', '', "Try 'timeout --help' for more information.\n", 125],
  ['timeout x sleep 1', '', "timeout: invalid time interval 'x'\nTry 'timeout --help' for more information.\n", 125],
  ['timeout 1 nosuch', '', "timeout: failed to run command 'nosuch': No such file or directory\n", 127],
  ['timeout -s FOO 1 sleep 3', '', "timeout: 'FOO': invalid signal\nTry 'timeout --help' for more information.\n", 125],
  ['timeout -v 0.1 sleep 1; echo $?', '124\n', "timeout: sending signal TERM to command 'sleep'\n", 0],
  ['timeout -s INT 0.1 sleep 1; echo $?', '124\n', '', 0],
  ['timeout --preserve-status 0.2 sleep 3; echo $?', '143\n', '', 0],
  ['timeout --foreground -s KILL 0.1 sleep 1; echo $?', '137\n', '', 0],
  ['timeout -v -k 0.1 0.1 sh -c "trap \\"\\" TERM; sleep 3"; echo $?', '137\n', "timeout: sending signal TERM to command 'sh'\ntimeout: sending signal KILL to command 'sh'\n", 0],
  ['timeout 0 echo x; timeout 1d echo y', 'x\ny\n', '', 0],
  ['timeout -1 sleep 1', '', "timeout: invalid option -- '1'\nTry 'timeout --help' for more information.\n", 125],
  ['timeout --foo', '', "timeout: unrecognized option '--foo'\nTry 'timeout --help' for more information.\n", 125],
  ['nohup echo hi; ls nohup.out', 'hi\n', "ls: cannot access 'nohup.out': No such file or directory\n", 2],
  ['nohup', '', "nohup: missing operand\nTry 'nohup --help' for more information.\n", 125],
  ['nohup nosuch', '', "nohup: failed to run command 'nosuch': No such file or directory\n", 127],
  ['nohup -x', '', "nohup: invalid option -- 'x'\nTry 'nohup --help' for more information.\n", 125],
  ['nohup --help | head -1', 'Usage: nohup COMMAND [ARG]...\n', '', 0],
];

describe('timeout and nohup', () => check(cases));
