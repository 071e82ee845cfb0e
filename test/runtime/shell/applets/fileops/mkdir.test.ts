import { describe } from 'vitest';
import { type Case, runCases } from './cases.ts';

// Recorded from the real tools (LANG=C, fresh directory per case).
const CASES: Case[] = [
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir", "", "mkdir: missing operand\nTry 'mkdir --help' for more information.\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir d", "", "mkdir: cannot create directory 'd': File exists\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir a", "", "mkdir: cannot create directory 'a': File exists\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir -p a", "", "mkdir: cannot create directory 'a': File exists\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir -p a/b", "", "mkdir: cannot create directory 'a': Not a directory\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir x/y", "", "mkdir: cannot create directory 'x/y': No such file or directory\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir -pv x/y/z", "mkdir: created directory 'x'\nmkdir: created directory 'x/y'\nmkdir: created directory 'x/y/z'\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir -v x y", "mkdir: created directory 'x'\nmkdir: created directory 'y'\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir -m bogus m", "", "mkdir: invalid mode 'bogus'\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir -p d/f/g", "", "mkdir: cannot create directory 'd/f': Not a directory\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir ''", "", "mkdir: cannot create directory '': No such file or directory\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir -p ''", "", "mkdir: cannot create directory '': No such file or directory\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir nd/; test -d nd && echo ok", "ok\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir -p d/", "", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir -pv d/g/", "mkdir: created directory 'd/g/'\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir -Z x", "", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir --mode=700 -v x", "mkdir: created directory 'x'\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "rmdir", "", "rmdir: missing operand\nTry 'rmdir --help' for more information.\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "rmdir d", "", "rmdir: failed to remove 'd': Directory not empty\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "rmdir a", "", "rmdir: failed to remove 'a': Not a directory\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "rmdir nofile", "", "rmdir: failed to remove 'nofile': No such file or directory\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "rmdir --ignore-fail-on-non-empty d; echo $?", "0\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir -p x/y/z; rmdir -pv x/y/z", "rmdir: removing directory, 'x/y/z'\nrmdir: removing directory, 'x/y'\nrmdir: removing directory, 'x'\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir -p d/y/z; rmdir -pv d/y/z", "rmdir: removing directory, 'd/y/z'\nrmdir: removing directory, 'd/y'\nrmdir: removing directory, 'd'\n", "rmdir: failed to remove directory 'd': Directory not empty\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir -p d/y/z; rmdir -p --ignore-fail-on-non-empty d/y/z; echo $?", "0\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "rmdir .", "", "rmdir: failed to remove '.': Invalid argument\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "rmdir ..", "", "rmdir: failed to remove '..': Directory not empty\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir e; rmdir e/", "", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir e; rmdir e/.", "", "rmdir: failed to remove 'e/.': Invalid argument\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir -p x/y; rmdir -pv x/y/", "rmdir: removing directory, 'x/y/'\nrmdir: removing directory, 'x'\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "rmdir -p /tmp/nonexist/x", "", "rmdir: failed to remove '/tmp/nonexist/x': No such file or directory\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -s d l; rmdir l", "", "rmdir: failed to remove 'l': Not a directory\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -s d l; rmdir l/", "", "rmdir: failed to remove 'l/': Symbolic link not followed\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "rmdir /", "", "rmdir: failed to remove '/': Device or resource busy\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "rmdir -v d a nofile", "rmdir: removing directory, 'd'\nrmdir: removing directory, 'a'\nrmdir: removing directory, 'nofile'\n", "rmdir: failed to remove 'd': Directory not empty\nrmdir: failed to remove 'a': Not a directory\nrmdir: failed to remove 'nofile': No such file or directory\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "mkdir -p x/y; rmdir -p x/y/../y", "", "rmdir: failed to remove directory 'x/y/..': No such file or directory\n", 1],
];

describe('mkdir and rmdir', () => runCases(CASES));
