import { describe } from 'vitest';
import { type Case, runCases } from './cases.ts';

// Recorded from the real tools (LANG=C, fresh directory per case).
const CASES: Case[] = [
  ["echo hi>a; mkdir d", "gzip a; test -e a || echo gone; gzip -l a.gz", "gone\n         compressed        uncompressed  ratio uncompressed_name\n                 25                   3 -66.7% a\n", "", 0],
  ["echo hi>a; mkdir d", "gzip -v a", "", "a:\t-66.7% -- replaced with a.gz\n", 0],
  ["echo hi>a; mkdir d", "gzip -c a | gzip -dc", "hi\n", "", 0],
  ["echo hi>a; mkdir d", "gzip nofile", "", "gzip: nofile: No such file or directory\n", 1],
  ["echo hi>a; mkdir d", "gzip a; gzip -d nofile.gz", "", "gzip: nofile.gz: No such file or directory\n", 1],
  ["echo hi>a; mkdir d", "gzip -k a; gzip a", "", "gzip: a.gz already exists;\tnot overwritten\n", 2],
  ["echo hi>a; mkdir d", "gzip -k a; gzip -f a; echo $?", "0\n", "", 0],
  ["echo hi>a; mkdir d", "gzip d", "", "gzip: d is a directory -- ignored\n", 2],
  ["echo hi>a; mkdir d", "gzip -d a", "", "gzip: a: unknown suffix -- ignored\n", 2],
  ["echo hi>a; mkdir d", "cp a a.gz; gzip -d a.gz", "", "\ngzip: a.gz: not in gzip format\n", 1],
  ["echo hi>a; mkdir d", "gzip a; gzip a.gz", "", "gzip: a.gz already has .gz suffix -- unchanged\n", 0],
  ["echo hi>a; mkdir d", "gzip a; gunzip -v a.gz; cat a", "hi\n", "a.gz:\t-66.7% -- replaced with a\n", 0],
  ["echo hi>a; mkdir d", "gzip a; zcat a.gz", "hi\n", "", 0],
  ["echo hi>a; mkdir d", "gzip a; gzip -t a.gz; echo $?", "0\n", "", 0],
  ["echo hi>a; mkdir d", "echo x | gzip | gzip -d", "x\n", "", 0],
  ["echo hi>a; mkdir d", "gzip -x", "", "gzip: invalid option -- 'x'\nTry `gzip --help' for more information.\n", 1],
  ["echo hi>a; mkdir d", "zcat nofile", "", "gzip: nofile.gz: No such file or directory\n", 1],
  ["echo hi>a; mkdir d", "gzip -l a", "", "\ngzip: a: not in gzip format\n", 1],
  ["echo hi>a; mkdir d", "gzip -k a; gunzip a.gz", "", "gzip: a already exists;\tnot overwritten\n", 2],
  ["echo hi>a; mkdir d", "gzip -dc a", "", "\ngzip: a: not in gzip format\n", 1],
  ["echo hi>a; mkdir d", "gzip -S .z a; test -f a.z && echo z", "z\n", "", 0],
  ["echo hi>a; mkdir d", "echo x | gzip -l", "", "\ngzip: stdin: not in gzip format\n", 1],
  ["echo hi>a; mkdir d", "gzip -9 a; zcat a", "hi\n", "", 0],
  ["echo hi>a; mkdir d", "gzip -1c a | gunzip", "hi\n", "", 0],
  ["echo hi>a; mkdir d", "gzip -kv a", "", "a:\t-66.7% -- created a.gz\n", 0],
  ["echo hi>a; mkdir d", "gzip a; gunzip a; cat a", "hi\n", "", 0],
  ["echo hi>a; mkdir d", "gzip -c a > b.gz; gunzip -c b.gz", "hi\n", "", 0],
  ["echo hi>a; mkdir d", "gzip -q d; echo $?", "2\n", "", 0],
  ["echo hi>a; mkdir d", "printf 'hello world hello world hello world\\n' > h; gzip -l < /dev/null; gzip h; gzip -l h.gz", "         compressed        uncompressed  ratio uncompressed_name\n                 38                  36  50.0% h\n", "\ngzip: stdin: unexpected end of file\n", 0],
  ["echo hi>a; mkdir d", "gzip -c a a | zcat", "hi\nhi\n", "", 0],
];

describe('gzip, gunzip, zcat', () => runCases(CASES));
