import { describe } from 'vitest';
import { type Case, check } from './system-cases.ts';

// Expected texts recorded from coreutils 9.1 / findutils 4.9 / diffutils 3.8 / procps 4.0.2 on the oracle machine.
const cases: Case[] = [
  ["date -u -d '2024-01-01 10:00 +90 minutes'; echo $?", "1\n", "date: invalid date '2024-01-01 10:00 +90 minutes'\n", 0],
  ["date -u -d '2024-01-01 10:00 +123' '+%F %T'", "2024-01-01 08:37:00\n", "", 0],
  ["date -u -d 'TZ=\"America/New_York\" 2024-01-01 09:00' '+%F %T'", "2024-01-01 14:00:00\n", "", 0],
  ["TZ=America/Los_Angeles date -d '2024-03-10 02:30'; echo $?", "1\n", "date: invalid date '2024-03-10 02:30'\n", 0],
  ["TZ=America/Los_Angeles date -d '2024-11-03 01:30' '+%F %T %Z'", "2024-11-03 01:30:00 PDT\n", "", 0],
  ["TZ=Australia/Sydney date -d @1700000000 '+%F %T %Z %z'", "2023-11-15 09:13:20 AEDT +1100\n", "", 0],
  ["TZ=Pacific/Auckland date -d @1720000000 '+%F %T %Z'", "2024-07-03 21:46:40 NZST\n", "", 0],
  ["date -u -d '0099-01-01' '+%Y|%y|%F'; date -u -d '10000-01-01' +%F; date -u -d '99-01-01' +%F", "0099|99|0099-01-01\n+10000-01-01\n1999-01-01\n", "", 0],
  ["date --help | head -2; date --version | head -1", "Usage: date [OPTION]... [+FORMAT]\n  or:  date [-u|--utc|--universal] [MMDDhhmm[[CC]YY][.ss]]\ndate (GNU coreutils) 9.1\n", "", 0],
  ["echo a | xargs -I X X; echo $?", "127\n", "xargs: X: No such file or directory\n", 0],
  ["echo a | xargs -I echo; echo $?", "\n0\n", "", 0],
  ["echo a | xargs -I ec echo ec", "a\n", "", 0],
  ["printf 'a\\nb\\nz\\n' > 1; printf 'a\\nc\\nz\\n' > 2; diff --color=always 1 2; diff --color=always -c --label x --label y 1 2", "\u001b[36m2c2\u001b[0m\n\u001b[31m< b\u001b[0m\n---\n\u001b[32m> c\u001b[0m\n\u001b[1m*** x\u001b[0m\n\u001b[1m--- y\u001b[0m\n***************\n\u001b[36m*** 1,3 ****\u001b[0m\n\u001b[31m  a\u001b[0m\n\u001b[31m! b\u001b[0m\n\u001b[31m  z\u001b[0m\n\u001b[36m--- 1,3 ----\u001b[0m\n\u001b[32m  a\u001b[0m\n\u001b[32m! c\u001b[0m\n\u001b[32m  z\u001b[0m\n", "", 1],
  ["printf 'a\\nb\\n' > 3; printf 'a\\nb\\nc\\n' > 4; diff --palette='ad=33' --color=always 3 4; diff --color 3 4", "\u001b[36m2a3\u001b[0m\n\u001b[33m> c\u001b[0m\n2a3\n> c\n", "", 1],
  ["env -vS 'echo a b'", "a b\n", "split -S:  'echo a b'\n into:    'echo'\n     &    'a'\n     &    'b'\nexecuting: echo\n   arg[0]= 'echo'\n   arg[1]= 'a'\n   arg[2]= 'b'\n", 0],
  ["env -S 'printf %s\\n a\\ b'; echo $?", "125\n", "env: invalid sequence '\\ ' in -S\n", 0],
  ["env -S \"echo 'a\\\\b' 'c\\'d' \\\"e\\\\\\\"f\\\"\"", "a\\b c'd e\"f\n", "", 0],
  ["env -S 'echo a\\_b \"c\\_d\" #x'", "a b c d\n", "", 0],
  ["env -S 'echo \"a\\cb\"'; echo $?", "125\n", "env: '\\c' must not appear in double-quoted -S string\n", 0],
  ["env --ignore-signal=KILL true; echo $?", "125\n", "env: failed to set signal action for signal 9: Invalid argument\n", 0],
  ["env --ignore-signal=INT sh -c 'kill -INT $$; echo survived'", "survived\n", "", 0],
  ["pkill --help | tail -1", "For more details see pgrep(1).\n", "", 0],
  ["date -u -d '2024-01-10 12:00 UTC+0530' '+%F %T'; date -u -d '1/2/3' +%F", "2024-01-10 06:30:00\n0003-01-02\n", "", 0],
];

describe("date, xargs -I, diff --color, env -S", () => check(cases));
