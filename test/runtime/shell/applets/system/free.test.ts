import { describe } from 'vitest';
import { type Case, check } from './system-cases.ts';

// Layout and errors from procps-ng 4.0.2 free; numbers are the model's /proc/meminfo
// (used = MemTotal - MemAvailable, buff/cache = Buffers + Cached + SReclaimable).
const H = '               total        used        free      shared  buff/cache   available\n';
const cases: Case[] = [
  ['free', `${H}Mem:         4015556      180000     2935556        1200      900000     3835556\nSwap:              0           0           0\n`, '', 0],
  ['free -h', `${H}Mem:           3.8Gi       175Mi       2.8Gi       1.2Mi       878Mi       3.7Gi\nSwap:             0B          0B          0B\n`, '', 0],
  ['free -m -t', `${H}Mem:            3921         175        2866           1         878        3745\nSwap:              0           0           0\nTotal:          3921         175        2866\n`, '', 0],
  ['free -w', '               total        used        free      shared     buffers       cache   available\nMem:         4015556      180000     2935556        1200       60000      840000     3835556\nSwap:              0           0           0\n', '', 0],
  ['free -k -m', '', "free: Multiple unit options don't make sense.\n", 1],
  ['free -c 0', '', "free: failed to parse count argument: '0': Numerical result out of range\n", 1],
  ['free -s 0', '', "free: seconds argument `0' is not positive number\n", 1],
  ['free -s abc', '', "free: seconds argument failed: 'abc': Invalid argument\n", 1],
  ['free -c abc', '', "free: failed to parse count argument: 'abc'\n", 1],
  ['free -V', 'free from procps-ng 4.0.2\n', '', 0],
  ['free -c 2 | grep -c Mem', '2\n', '', 0],
  ['free -x 2>&1 | head -1', "free: invalid option -- 'x'\n", '', 0],
];

describe('free', () => check(cases));
