import { describe } from 'vitest';
import { type Case, runCases } from './cases.ts';

// Recorded from the real tools on Debian 12 (coreutils 9.1, busybox 1.35.0), LANG=C.
const CASES: Case[] = [
  ["", "factor 12", "12: 2 2 3\n", "", 0],
  ["", "factor 1 2 3 4 97 100", "1:\n2: 2\n3: 3\n4: 2 2\n97: 97\n100: 2 2 5 5\n", "", 0],
  ["", "factor 0", "0:\n", "", 0],
  ["", "factor 18446744073709551615", "18446744073709551615: 3 5 17 257 641 65537 6700417\n", "", 0],
  ["", "factor 18446744073709551617", "18446744073709551617: 274177 67280421310721\n", "", 0],
  ["", "factor 600851475143", "600851475143: 71 839 1471 6857\n", "", 0],
  ["", "factor x", "", "factor: 'x' is not a valid positive integer\n", 1],
  ["", "factor 12 x 15", "12: 2 2 3\n15: 3 5\n", "factor: 'x' is not a valid positive integer\n", 1],
  ["", "factor -- -1", "", "factor: '-1' is not a valid positive integer\n", 1],
  ["", "factor -1", "", "factor: invalid option -- '1'\nTry 'factor --help' for more information.\n", 1],
  ["", "factor +12", "12: 2 2 3\n", "", 0],
  ["", "factor ' 12'", "12: 2 2 3\n", "", 0],
  ["", "factor 1.5", "", "factor: '1.5' is not a valid positive integer\n", 1],
  ["", "echo '6 8' | factor", "6: 2 3\n8: 2 2 2\n", "", 0],
  ["", "printf '9\\n\\n 10 x\\n' | factor", "9: 3 3\n10: 2 5\n", "factor: 'x' is not a valid positive integer\n", 1],
  ["", "factor -h 12", "", "factor: invalid option -- 'h'\nTry 'factor --help' for more information.\n", 1],
  ["", "factor --exponents 360", "", "factor: unrecognized option '--exponents'\nTry 'factor --help' for more information.\n", 1],
  ["", "factor 4294967297", "4294967297: 641 6700417\n", "", 0],
  ["", "factor 1000000007", "1000000007: 1000000007\n", "", 0],
  ["", "factor 999999999989", "999999999989: 999999999989\n", "", 0],
  ["", "factor ''", "", "factor: '' is not a valid positive integer\n", 1],
  ["", "factor 0x10", "", "factor: '0x10' is not a valid positive integer\n", 1],
  ["", "factor 007", "7: 7\n", "", 0],
  ["", "busybox factor 12", "12: 2 2 3\n", "", 0],
  ["", "busybox factor 1 0", "1:\n0:\n", "", 0],
  ["", "busybox factor x", "", "BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: factor [NUMBER]...\n\nPrint prime factors\n", 1],
  ["", "busybox factor -- -1", "", "BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: factor [NUMBER]...\n\nPrint prime factors\n", 1],
  ["", "echo '6 8' | busybox factor", "6: 2 3\n8: 2 2 2\n", "", 0],
  ["", "busybox factor 18446744073709551615", "18446744073709551615: 3 5 17 257 641 65537 6700417\n", "", 0],
  ["", "busybox factor 18446744073709551617", "", "BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: factor [NUMBER]...\n\nPrint prime factors\n", 1],
];

describe('factor', () => runCases(CASES));
