import { describe } from 'vitest';
import { type Case, runCases } from './cases.ts';

// Recorded from the real tools (LANG=C, fresh directory per case).
const CASES: Case[] = [
  ["echo hi>a; mkdir d; echo x>d/f", "ln", "", "ln: missing file operand\nTry 'ln --help' for more information.\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "ln a", "", "ln: failed to create hard link './a': File exists\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -s a", "", "ln: failed to create symbolic link './a': File exists\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "ln a b; cat b", "hi\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -v a b", "'b' => 'a'\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -sv a b", "'b' -> 'a'\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -s a d/f", "", "ln: failed to create symbolic link 'd/f': File exists\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "ln a d/f", "", "ln: failed to create hard link 'd/f': File exists\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -sfv a d/f", "'d/f' -> 'a'\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -fv a d/f", "'d/f' => 'a'\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "ln nofile b", "", "ln: failed to access 'nofile': No such file or directory\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "ln d e", "", "ln: d: hard link not allowed for directory\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -s nofile b; echo $?", "0\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "ln a /dev/shm/a", "", "ln: failed to create hard link '/dev/shm/a' => 'a': Invalid cross-device link\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -sv a d", "'d/a' -> 'a'\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -sv a b d", "'d/a' -> 'a'\n'd/b' -> 'b'\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -sv a b c", "", "ln: target 'c': No such file or directory\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -s d l; ln -sv a l", "'l/a' -> 'a'\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -s d l; ln -snv a l", "", "ln: failed to create symbolic link 'l': File exists\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -s d l; ln -snfv a l", "'l' -> 'a'\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -sTv a d", "", "ln: failed to create symbolic link 'd': File exists\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -srv d/f x/y", "", "ln: failed to create symbolic link 'x/y': No such file or directory\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -r a b", "", "ln: cannot do --relative without --symbolic\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -tv d a", "", "ln: failed to access 'v': No such file or directory\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "ln a a", "", "ln: failed to create hard link 'a': File exists\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -f a a", "", "ln: 'a' and 'a' are the same file\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -sf a a", "", "ln: 'a' and 'a' are the same file\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -bv a d/f", "'d/f~' ~ 'd/f' => 'a'\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -i a d/f", "", "ln: replace 'd/f'? ", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -s a b; ln -L b c; test -L c || echo notlink", "notlink\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -s a b; ln b c; test -L c && echo link", "link\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -s a b; ln -P b c; test -L c && echo link", "link\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -vt d a", "'d/a' => 'a'\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -sv ../a d/", "'d/a' -> '../a'\n", "", 0],
  ["echo hi>a; mkdir d; echo x>d/f", "ln --bogus", "", "ln: unrecognized option '--bogus'\nTry 'ln --help' for more information.\n", 1],
  ["echo hi>a; mkdir d; echo x>d/f", "ln -T a b c", "", "ln: extra operand 'c'\nTry 'ln --help' for more information.\n", 1],
];

describe('ln', () => runCases(CASES));
