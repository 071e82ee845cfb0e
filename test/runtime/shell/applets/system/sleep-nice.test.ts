import { describe } from 'vitest';
import { type Case, check } from './system-cases.ts';

// Expected texts recorded from coreutils 9.1 / busybox 1.35.0 on the oracle machine.
const cases: Case[] = [
  ["sleep x 1 y; echo $?", "1\n", "sleep: invalid time interval 'x'\nsleep: invalid time interval 'y'\nTry 'sleep --help' for more information.\n", 0],
  ["sleep -1; echo $?", "1\n", "sleep: invalid option -- '1'\nTry 'sleep --help' for more information.\n", 0],
  ["sleep -- -1; echo $?", "1\n", "sleep: invalid time interval '-1'\nTry 'sleep --help' for more information.\n", 0],
  ["sleep 0 -- -1; echo $?", "1\n", "sleep: invalid time interval '-1'\nTry 'sleep --help' for more information.\n", 0],
  ["sleep 1S; echo $?", "1\n", "sleep: invalid time interval '1S'\nTry 'sleep --help' for more information.\n", 0],
  ["sleep 0.5e-3s 0x0 +0 ' 0'; echo $?", "0\n", "", 0],
  ["sleep --help | head -2", "Usage: sleep NUMBER[SUFFIX]...\n  or:  sleep OPTION\n", "", 0],
  ["sleep --bogus; echo $?", "1\n", "sleep: unrecognized option '--bogus'\nTry 'sleep --help' for more information.\n", 0],
  ["nice -n 5 nice; nice -5 nice; nice --5 nice; nice -n 2 -3 nice", "5\n5\n-5\n3\n", "", 0],
  ["nice -n 100 nice; nice -n -100 nice", "19\n-20\n", "", 0],
  ["nice -n x nice; echo $?", "125\n", "nice: invalid adjustment 'x'\n", 0],
  ["nice -n 1; echo $?", "125\n", "nice: a command must be given with an adjustment\nTry 'nice --help' for more information.\n", 0],
  ["nice nosuch; echo $?", "127\n", "nice: 'nosuch': No such file or directory\n", 0],
  ["nice -- nice", "10\n", "", 0],
  ["/bin/true --help | head -2; /bin/false --version | head -1", "Usage: /bin/true [ignored command line arguments]\n  or:  /bin/true OPTION\nfalse (GNU coreutils) 9.1\n", "", 0],
  ["/bin/false --help >/dev/null; echo $?", "1\n", "", 0],
  ["/bin/true --help x; echo $?", "0\n", "", 0],
  ["busybox sleep; echo $?", "1\n", "BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: sleep [N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays\n", 0],
  ["busybox sleep 1x; echo $?", "1\n", "sleep: invalid number '1x'\n", 0],
  ["busybox sleep 0 0.01 0s; echo $?", "0\n", "", 0],
  ["echo a | busybox xargs -I X X; echo $?", "127\n", "xargs: a: No such file or directory\n", 0],
  ["echo a | xargs --process-slot-var=SLOT sh -c 'echo $SLOT'", "0\n", "", 0],
];

describe("sleep, nice, true/false", () => check(cases));
