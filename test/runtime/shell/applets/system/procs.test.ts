import { describe } from 'vitest';
import { type Case, check } from './system-cases.ts';

// pgrep/pkill (procps-ng 4.0.2), pidof (sysvinit), uptime, clear (ncurses 6.4), as on the oracle machine.
const cases: Case[] = [
  ['sleep 100 & p=$!; [ "$(pgrep -x sleep)" = "$p" ] && echo ok', 'ok\n', '', 0],
  ['sleep 100 & p=$!; [ "$(pgrep -l sleep)" = "$p sleep" ] && echo ok', 'ok\n', '', 0],
  ['sleep 100 & p=$!; [ "$(pgrep -a sleep)" = "$p sleep 100" ] && echo ok', 'ok\n', '', 0],
  ['sleep 100 & p=$!; [ "$(pgrep -f "sleep 100")" = "$p" ] && echo ok', 'ok\n', '', 0],
  ['sleep 100 & a=$!; sleep 200 & b=$!; [ "$(pgrep -d, -x sleep)" = "$a,$b" ] && [ "$(pgrep -n sleep)" = $b ] && [ "$(pgrep -o sleep)" = $a ] && pgrep -c sleep', '2\n', '', 0],
  ['pgrep nosuchproc', '', '', 1],
  ['pgrep', '', "pgrep: no matching criteria specified\nTry `pgrep --help' for more information.\n", 2],
  ['pgrep a b', '', "pgrep: only one pattern can be provided\nTry `pgrep --help' for more information.\n", 2],
  ['pgrep -u nosuchuser sleep', '', 'pgrep: invalid user name: nosuchuser\n', 2],
  ['pgrep "("', '', 'pgrep: regex error: Unmatched ( or \\(\n', 2],
  ['pgrep -q 2>&1 | head -1', "pgrep: invalid option -- 'q'\n", '', 0],
  ['sleep 100 & p=$!; [ "$(pkill -e sleep)" = "sleep killed (pid $p)" ] && wait $p; echo $?', '143\n', '', 0],
  ['sleep 100 & pkill -0 -c sleep', '1\n', '', 0],
  ['pkill nosuch', '', '', 1],
  ['sleep 100 & pkill --signal FOO sleep 2>&1 | sed "s/[0-9][0-9]*/N/"', 'pkill: killing pid N failed: Invalid argument\n', '', 0],
  ['sleep 100 & a=$!; sleep 200 & b=$!; [ "$(pidof sleep)" = "$b $a" ] && [ "$(pidof -s sleep)" = $b ] && [ "$(pidof -d: sleep)" = "$b:$a" ] && echo ok', 'ok\n', '', 0],
  ['pidof nosuch', '', '', 1],
  ['pidof', '', '', 1],
  ['uptime -V', 'uptime from procps-ng 4.0.2\n', '', 0],
  ['uptime -s', '2026-01-05 08:00:00\n', '', 0],
  ['uptime -x 2>&1 | head -1', "uptime: invalid option -- 'x'\n", '', 0],
  ['uptime foo 2>&1 | head -2', '\nUsage:\n', '', 0],
  ['TERM=foo clear', '', "'foo': unknown terminal type.\n", 1],
  ['TERM=dumb clear', '', '', 1],
  ['unset TERM; clear', '', 'TERM environment variable not set.\n', 1],
  ['TERM=xterm-256color clear', '\x1b[H\x1b[2J\x1b[3J', '', 0],
  ['TERM=xterm-256color clear -x', '\x1b[H\x1b[2J', '', 0],
  ['TERM=linux clear', '\x1b[H\x1b[J\x1b[3J', '', 0],
  ['TERM=foo clear -T vt100', '\x1b[H\x1b[J', '', 0],
  ['clear -V', 'ncurses 6.4.20221231\n', '', 0],
  ['clear foo', '', 'Usage: clear [options]\n\nOptions:\n  -T TERM     use this instead of $TERM\n  -V          print curses-version\n  -x          do not try to clear scrollback\n', 1],
];

describe('process tools', () => check(cases));
