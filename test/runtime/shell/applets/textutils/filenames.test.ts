import { describe } from 'vitest';
import { type Case, runCases } from './cases.ts';

// Recorded from the real tools on Debian 12 (coreutils 9.1, busybox 1.35.0), LANG=C.
const CASES: Case[] = [
  ["", "md5sum 'no file'", "", "md5sum: 'no file': No such file or directory\n", 1],
  ["", "nl 'no file'", "", "nl: 'no file': No such file or directory\n", 1],
  ["", "paste 'no file'", "", "paste: 'no file': No such file or directory\n", 1],
  ["", "base64 'no file'", "", "base64: 'no file': No such file or directory\n", 1],
  ["", "rev 'no file'", "", "rev: cannot open no file: No such file or directory\n", 1],
  ["", "sha1sum -c 'no file'", "", "sha1sum: 'no file': No such file or directory\n", 1],
  ["", "md5sum \"it's\"", "", "md5sum: \"it's\": No such file or directory\n", 1],
  ["", "nl 'a\\b'", "", "nl: 'a\\b': No such file or directory\n", 1],
  ["", "busybox md5sum 'no file'", "", "md5sum: can't open 'no file': No such file or directory\n", 1],
  ["", "busybox nl 'no file'", "", "nl: no file: No such file or directory\n", 1],
  ["", "busybox paste 'no file'", "", "paste: no file: No such file or directory\n", 1],
  ["", "busybox base64 'no file'", "", "base64: no file: No such file or directory\n", 1],
  ["", "busybox rev 'no file'", "", "rev: no file: No such file or directory\n", 1],
];

describe('filenames', () => runCases(CASES));
