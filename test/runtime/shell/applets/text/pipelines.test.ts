import { describe } from 'vitest';
import { type Case, runCases } from './cases.ts';

const S = "printf 'b x\\na y\\nb z\\nc w\\nb q\\n' > a";

// Recorded from the real tools on Debian 12 (LANG=C, fresh directory per case, stdin /dev/null).
const CASES: Case[] = [
  [S, "wc <<< hello", "      1       1       6\n", "", 0],
  [S, "sort <<< $'b\\na'", "a\nb\n", "", 0],
  [S, "cat a | tee /dev/stderr | wc -l", "5\n", "b x\na y\nb z\nc w\nb q\n", 0],
  [S, "sort a | uniq -c | sort -rn | head -3", "      1 c w\n      1 b z\n      1 b x\n", "", 0],
  [S, "cut -d' ' -f1 a | tr a-z A-Z | tac", "B\nC\nB\nA\nB\n", "", 0],
  [S, "printf \"x\\ny\\n\" | tee >(wc -l >&2) | cat", "x\ny\n", "2\n", 0],
];

describe('text tools in pipelines and redirections', () => runCases(CASES));
